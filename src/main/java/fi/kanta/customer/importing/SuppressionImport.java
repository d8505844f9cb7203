package fi.kanta.customer.importing;

import fi.kanta.shop.ShopSettings;
import fi.kanta.customer.EmailAddress;
import fi.kanta.words.Words;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Suppressions, e.g. an email provider's bounce and complaint export: an address, a customer
 * or both, with a reason. They beat any consent. A row already known is not added again.
 */
@Component
final class SuppressionImport implements ImportDefinition<SuppressionImport.Suppression> {

    static final Column EMAIL = Column.optional("email", "e-mail", "email address", "address", "recipient", "sähköposti",
            "e-post");
    static final Column CUSTOMER_ID = Column.optional("customer_id", "customer id", "customer number", "customer",
            "asiakasnumero", "kundnummer");
    static final Column REASON = Column.required("reason", "type", "event", "status", "category", "syy", "orsak", "tyyppi",
            "tila", "typ");
    static final Column SUPPRESSED_AT = Column.optional("suppressed_at", "date", "time", "created", "timestamp",
            "bounced at", "aika", "päivämäärä", "pvm", "päiväys", "datum", "tid");
    static final Column SOURCE = Column.optional("source", "origin", "provider", "lähde", "källa");

    private final ShopSettings settings;

    SuppressionImport(ShopSettings settings) {
        this.settings = settings;
    }

    /** A suppression row as it will be stored. */
    record Suppression(String emailKey, String customerRef, String reason, LocalDateTime suppressedAt, String source) {
    }

    @Override
    public ImportKind kind() {
        return ImportKind.SUPPRESSIONS;
    }

    @Override
    public List<Column> columns() {
        return List.of(EMAIL, CUSTOMER_ID, REASON, SUPPRESSED_AT, SOURCE);
    }

    @Override
    public Suppression read(RowCheck row) {
        if (!row.has(EMAIL) && !row.has(CUSTOMER_ID)) {
            row.reject(EMAIL, "", row.words().text("import.suppression.whose"));
        }
        String email = row.parse(EMAIL, Values::email);
        LocalDateTime when = row.parse(SUPPRESSED_AT, text -> Values.timestamp(text, settings.timeZone()));
        String source = row.text(SOURCE, 100);
        return new Suppression(
                EmailAddress.key(email),
                row.text(CUSTOMER_ID, 64),
                reason(row),
                when == null ? row.fileTime() : when,
                source == null ? "import" : source);
    }

    /**
     * The row's reason. An erasure (the person asked to be forgotten: never contacted again, and no
     * later consent lifts it) is taken from a file only when the import was asked for erasures
     * ({@code --erase}): a provider's "deleted" often means a contact removed from a list. Without
     * it the row is kept as an unsubscribe, with a warning, so the person is not contacted either way.
     */
    private static String reason(RowCheck row) {
        String reason = row.parseRequired(REASON, SuppressionImport::reason);
        if ("ERASED".equals(reason) && !row.erasures()) {
            row.warn(REASON, row.text(REASON, Integer.MAX_VALUE), row.words().text("import.suppression.erasure-unsubscribed"));
            return "UNSUBSCRIBED";
        }
        return reason;
    }

    /** The suppression reasons, from the words providers and people use in three languages; a soft bounce is not one. */
    static String reason(String text) {
        return switch (Column.key(text)) {
            case "bounced", "bounce", "hardbounce", "hard", "cleaned", "invalid", "blocked", "dropped",
                 "palautunut", "palautui", "virheellinen", "virheellinenosoite", "studsad", "studsade", "ogiltig",
                 "ogiltigadress" -> "BOUNCED";
            case "complained", "complaint", "spam", "spamreport", "abuse", "valitus", "valittanut", "roskaposti",
                 "roskapostiilmoitus", "klagomål", "klagat", "skräppost" -> "COMPLAINED";
            case "unsubscribed", "unsubscribe", "optout", "globalunsubscribe", "unsub", "poistettu", "poistunut",
                 "peruttu", "peruutettu", "perunut", "tilausperuttu", "kielto", "kieltäytynyt", "markkinointikielto",
                 "avregistrerad", "avanmäld", "avbeställd", "avslutad", "utskriven" -> "UNSUBSCRIBED";
            case "erased", "erasure", "deleted", "forgotten", "gdpr", "poistopyyntö", "tietojenpoisto", "raderad",
                 "radering" -> "ERASED";
            case "softbounce", "soft", "tilapäinen", "tillfällig" ->
                    throw new ValueProblem("import.value.soft-bounce");
            default -> throw new ValueProblem("import.value.suppression-reason");
        };
    }

    @Override
    public String stageTable() {
        return "import_suppression_stage";
    }

    @Override
    public List<String> stageColumns() {
        return List.of("email_key", "customer_ref", "reason", "suppressed_at", "source");
    }

    @Override
    public Object[] stageValues(Suppression s) {
        return new Object[] {s.emailKey(), s.customerRef(), s.reason(), s.suppressedAt(), s.source()};
    }

    /** What makes a suppression already known (see apply); either of address and customer may be missing. */
    @Override
    public String keySql() {
        return "COALESCE(s.email_key, '') || '|' || COALESCE(s.customer_ref, '') || '|' || s.reason || '|'"
                + " || CAST(s.suppressed_at AS VARCHAR(40))";
    }

    @Override
    public Column keyColumn() {
        return EMAIL;
    }

    @Override
    public String keyValueSql() {
        return "COALESCE(s.email_key, s.customer_ref)";
    }

    @Override
    public String repeated(String key, long firstLine, Words words) {
        return words.text("import.repeated.suppression", key, String.valueOf(firstLine));
    }

    @Override
    public int apply(Stage stage) {
        int rejected = stage.rejectUnknownCustomers(CUSTOMER_ID);
        // Nullable key parts rule out a unique constraint, so "insert if absent" compares with IS NOT DISTINCT FROM.
        stage.execute("INSERT INTO suppression (email_key, customer_id, reason, suppressed_at, source)"
                + " SELECT s.email_key, c.id, s.reason, s.suppressed_at, s.source FROM " + stage.table() + " s"
                + " LEFT JOIN customer c ON c.external_id = s.customer_ref"
                + " WHERE (s.customer_ref IS NULL OR c.id IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM suppression x"
                + " WHERE x.email_key IS NOT DISTINCT FROM s.email_key AND x.customer_id IS NOT DISTINCT FROM c.id"
                + " AND x.reason = s.reason AND x.suppressed_at = s.suppressed_at)");
        return rejected;
    }
}
