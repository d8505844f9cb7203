package fi.kanta.export;

import java.util.Objects;

/**
 * What a list file says about itself: the title and subject in the workbook's document properties
 * (File → Properties) and the name of its sheet ("Recipients", then "Recipients (2)", …; the
 * caller names it in the marketer's words, see lists/ListExport). CSV
 * files have no place for them and ignore them.
 */
public record ListDocument(String title, String subject, String sheetName) {

    /** The sheet name when none is given. */
    public static final String RECIPIENTS = "Recipients";

    public ListDocument {
        Objects.requireNonNull(title, "title");
        subject = subject == null ? "" : subject;
        sheetName = sheetName == null || sheetName.isBlank() ? RECIPIENTS : sheetName;
    }

    /** A list with a title, no subject, on sheets called "Recipients". */
    public static ListDocument titled(String title) {
        return new ListDocument(title, "", RECIPIENTS);
    }
}
