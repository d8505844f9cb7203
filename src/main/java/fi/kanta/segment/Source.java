package fi.kanta.segment;

/** Where a field's value comes from: tables joined to the customer row {@code c} only when used. */
public enum Source {
    /** the customer row itself, or a per-customer subquery (consent, feedback, contacts) */
    CUSTOMER,
    /** {@code s}: the customer's row in the newest score snapshot */
    SCORE,
    /** {@code p}: the customer's purchases summed up */
    PURCHASES,
    /** {@code cp}: the customer's own choices (language, "do not profile me", ...), by primary key */
    PREFERENCE
}
