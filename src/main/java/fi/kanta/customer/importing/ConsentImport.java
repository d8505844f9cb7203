package fi.kanta.customer.importing;

import fi.kanta.shop.ShopSettings;
import fi.kanta.customer.NewestConsents;
import fi.kanta.sql.Upsert;
import fi.kanta.words.Words;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Consents: history rows keyed by (customer, channel, time, source); the newest per customer and
 * channel decides (docs/architecture.md "Consent and suppression"). Importing a row again only updates its yes/no.
 */
@Component
final class ConsentImport implements ImportDefinition<ConsentImport.Consent> {

    static final Column CHANNEL = Column.required("channel", "type", "consent type", "kanava", "kanal", "tyyppi",
            "typ");
    static final Column GRANTED = Column.required("granted", "consent", "status", "opt in", "allowed", "subscribed",
            "lupa", "suostumus", "samtycke", "tila");
    static final Column GIVEN_AT = Column.required("given_at", "date", "time", "timestamp", "updated", "changed at",
            "consent date", "aika", "päivämäärä", "pvm", "datum", "tid");
    static final Column SOURCE = Column.optional("source", "origin", "lähde", "källa");

    private final ShopSettings settings;

    ConsentImport(ShopSettings settings) {
        this.settings = settings;
    }

    /** A consent row as it will be stored. */
    record Consent(String customerRef, String channel, Boolean granted, LocalDateTime givenAt, String source) {
    }

    @Override
    public ImportKind kind() {
        return ImportKind.CONSENTS;
    }

    @Override
    public List<Column> columns() {
        return List.of(CustomerImport.CUSTOMER_ID, CHANNEL, GRANTED, GIVEN_AT, SOURCE);
    }

    @Override
    public Consent read(RowCheck row) {
        String source = row.text(SOURCE, 100);
        return new Consent(
                row.customerRef(CustomerImport.CUSTOMER_ID),
                row.parseRequired(CHANNEL, ConsentImport::channel),
                row.parseRequired(GRANTED, Values::yesNo),
                row.parseRequired(GIVEN_AT, text -> Values.timestamp(text, settings.timeZone())),
                source == null ? "import" : source);
    }

    /** The channels consent is kept for: email (marketing), newsletter and letter. */
    static String channel(String text) {
        return switch (Column.key(text)) {
            case "email", "mail", "marketingemail", "sähköposti", "epost" -> "email";
            case "newsletter", "uutiskirje", "nyhetsbrev" -> "newsletter";
            case "letter", "post", "postal", "directmail", "kirje", "brev" -> "letter";
            default -> throw new ValueProblem("import.value.channel");
        };
    }

    @Override
    public String stageTable() {
        return "import_consent_stage";
    }

    @Override
    public List<String> stageColumns() {
        return List.of("customer_ref", "channel", "granted", "given_at", "source");
    }

    @Override
    public Object[] stageValues(Consent c) {
        return new Object[] {c.customerRef(), c.channel(), c.granted(), c.givenAt(), c.source()};
    }

    /** The consent history's unique key; '|' cannot be mistaken for a part, the channel and time hold none. */
    @Override
    public String keySql() {
        return "s.customer_ref || '|' || s.channel || '|' || CAST(s.given_at AS VARCHAR(40)) || '|' || s.source";
    }

    @Override
    public Column keyColumn() {
        return CustomerImport.CUSTOMER_ID;
    }

    @Override
    public String keyValueSql() {
        return "s.customer_ref";
    }

    @Override
    public String repeated(String key, long firstLine, Words words) {
        return words.text("import.repeated.consent", key, String.valueOf(firstLine));
    }

    @Override
    public int apply(Stage stage) {
        int rejected = stage.upsertWithCustomers(CustomerImport.CUSTOMER_ID, withCustomers -> new Upsert("consent",
                List.of("customer_id", "channel", "given_at", "source"), List.of("granted"), false,
                "SELECT customer_id, channel, given_at, source, granted FROM " + withCustomers + " r"));
        stage.execute(NewestConsents.refresh(stage.vendor(), "SELECT c.id FROM " + stage.table()
                + " s JOIN customer c ON c.external_id = s.customer_ref"));
        return rejected;
    }
}
