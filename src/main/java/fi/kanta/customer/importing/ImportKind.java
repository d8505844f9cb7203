package fi.kanta.customer.importing;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a file holds; with the file's SHA-256 it identifies an import (docs/architecture.md "Job identity"). */
public enum ImportKind {
    CUSTOMERS, PURCHASES, CONSENTS, SUPPRESSIONS,
    /** the direct-marketing opt-out register: people, by name and address, who get no letters */
    ROBINSON,
    /** answers to the feedback question from another survey tool */
    FEEDBACK,
    /** the shop's products (optional): names, categories, prices, pages, stock */
    PRODUCTS,
    /** which products each order held (optional, beside the order-level purchases) */
    ORDER_LINES;

    /** The name on the command line and in folders: {@code customers}, {@code order-lines}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind a command line or file name gives: its label, in any case, with a dash or an underscore. */
    public static ImportKind of(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(k -> k.label().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a kind of import: " + text + " (one of "
                        + Arrays.stream(values()).map(ImportKind::label).collect(Collectors.joining(", ")) + ")"));
    }
}
