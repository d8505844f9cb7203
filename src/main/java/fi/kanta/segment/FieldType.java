package fi.kanta.segment;

/** What kind of value a segment field holds, which decides the operators and how values are read. */
public enum FieldType {
    TEXT, NUMBER, DATE, BOOLEAN,
    /** a day of the year without a year (a birthday): only "within next days" and "is (not) set" */
    BIRTHDAY
}
