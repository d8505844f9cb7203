package fi.kanta.customer.importing;

import java.util.Locale;

/** What a file holds; with the file's SHA-256 it identifies an import (docs/architecture.md "Job identity"). */
public enum ImportKind {
    CUSTOMERS, PURCHASES, CONSENTS, SUPPRESSIONS;

    /** The name on the command line and in folders: {@code customers}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
