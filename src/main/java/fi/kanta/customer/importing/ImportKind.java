package fi.kanta.customer.importing;

import java.util.Locale;

/** What a file holds; with the file's SHA-256 it identifies an import (docs/architecture.md "Job identity"). */
public enum ImportKind {
    CUSTOMERS, PURCHASES, CONSENTS, SUPPRESSIONS,
    /** the direct-marketing opt-out register: people, by name and address, who get no letters */
    ROBINSON,
    /** answers to the feedback question from another survey tool */
    FEEDBACK;

    /** The name on the command line and in folders: {@code customers}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
