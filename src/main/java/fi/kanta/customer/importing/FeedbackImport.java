package fi.kanta.customer.importing;

import fi.kanta.customer.EmailAddress;
import fi.kanta.customer.ErasedPeople;
import fi.kanta.shop.ShopSettings;
import fi.kanta.sql.Upsert;
import fi.kanta.words.Words;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Answers to the feedback question (0 to 10) from another survey tool, into the table Kanta's own
 * feedback pages fill, so the NPS report and the feedback segment fields count them alike. An
 * answer is one per customer, question and time of answering: the question's name stands where a
 * page answer has its campaign, the time where it has its run key. Importing a row again only
 * updates its score and comment.
 */
@Component
final class FeedbackImport implements ImportDefinition<FeedbackImport.Answer> {

    /** The question's name when the file has none. */
    static final String DEFAULT_QUESTION = "survey";
    private static final DateTimeFormatter ANSWER_KEY = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    // no bare "id": a survey tool's "ID" is its own response number, not the shop's customer
    static final Column CUSTOMER_ID = Column.optional("customer_id", "customer id", "customer number", "customer no",
            "customer", "external id", "asiakasnumero", "asiakastunnus", "kundnummer", "kund id");
    static final Column EMAIL = Column.optional("email", "e-mail", "email address", "respondent email", "sähköposti",
            "sähköpostiosoite", "e-post", "e-postadress");
    static final Column SCORE = Column.required("score", "nps", "nps score", "rating", "likelihood to recommend",
            "recommend", "arvosana", "pisteet", "suositteluhalukkuus", "betyg", "poäng");
    static final Column COMMENT = Column.optional("comment", "comments", "feedback", "open answer", "why", "kommentti",
            "palaute", "perustelu", "kommentar", "motivering");
    static final Column ANSWERED_AT = Column.required("answered_at", "answered", "submitted", "submitted at", "completed",
            "response date", "date", "time", "timestamp", "vastattu", "vastausaika", "päivämäärä", "pvm", "aika", "besvarad",
            "datum", "tid");
    static final Column QUESTION = Column.optional("question", "survey", "survey name", "campaign", "kysely", "kysymys",
            "kampanja", "enkät", "fråga", "kampanj");

    private final ShopSettings settings;

    FeedbackImport(ShopSettings settings) {
        this.settings = settings;
    }

    /** An answer as it will be stored. */
    record Answer(String customerRef, String emailKey, String question, LocalDateTime answeredAt, Integer score, String comment) {
    }

    @Override
    public ImportKind kind() {
        return ImportKind.FEEDBACK;
    }

    @Override
    public List<Column> columns() {
        return List.of(CUSTOMER_ID, EMAIL, SCORE, COMMENT, ANSWERED_AT, QUESTION);
    }

    @Override
    public Answer read(RowCheck row) {
        if (!row.has(CUSTOMER_ID) && !row.has(EMAIL)) {
            row.reject(CUSTOMER_ID, "", row.words().text("import.feedback.whose"));
        }
        String customer = row.text(CUSTOMER_ID, 64);
        String email = customer == null ? row.parse(EMAIL, Values::email) : null; // the id decides when both are given
        String question = row.text(QUESTION, 63);
        String comment = row.text(COMMENT, 2000);
        row.notErased(CUSTOMER_ID, ErasedPeople.Kind.EXTERNAL_ID, customer);
        row.notErased(EMAIL, ErasedPeople.Kind.EMAIL, EmailAddress.key(email));
        return new Answer(customer, EmailAddress.key(email), question == null ? DEFAULT_QUESTION : question,
                row.parseRequired(ANSWERED_AT, text -> Values.timestamp(text, settings.timeZone()).withNano(0)),
                row.parseRequired(SCORE, FeedbackImport::score), comment);
    }

    /** A whole number 0 to 10: "9", "9.0" and "9,0" alike; "9.5" is no answer on this scale. */
    static int score(String text) {
        String s = text.strip().replace(',', '.');
        try {
            java.math.BigDecimal number = new java.math.BigDecimal(s);
            if (number.stripTrailingZeros().scale() <= 0 && number.compareTo(java.math.BigDecimal.ZERO) >= 0
                    && number.compareTo(java.math.BigDecimal.TEN) <= 0) {
                return number.intValueExact();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // falls through to the message below
        }
        throw new ValueProblem("import.value.score");
    }

    @Override
    public String stageTable() {
        return "import_feedback_stage";
    }

    @Override
    public List<String> stageColumns() {
        return List.of("customer_ref", "email_key", "question", "answer_key", "score", "comment", "answered_at");
    }

    @Override
    public Object[] stageValues(Answer a) {
        return new Object[] {a.customerRef(), a.emailKey(), a.question(), ANSWER_KEY.format(a.answeredAt()), a.score(),
            a.comment(), a.answeredAt()};
    }

    @Override
    public String keySql() {
        return "COALESCE(s.customer_ref, s.email_key) || '|' || s.question || '|' || s.answer_key";
    }

    @Override
    public Column keyColumn() {
        return CUSTOMER_ID;
    }

    @Override
    public String keyValueSql() {
        return "COALESCE(s.customer_ref, s.email_key)";
    }

    @Override
    public String repeated(String key, long firstLine, Words words) {
        return words.text("import.repeated.feedback", key, String.valueOf(firstLine));
    }

    @Override
    public int apply(Stage stage) {
        int rejected = stage.rejectUnknownCustomers(CUSTOMER_ID);
        String customersWithEmail = "(SELECT COUNT(*) FROM customer m WHERE m.email_key = s.email_key)";
        rejected += stage.reject(EMAIL, "s.email_key", stage.words().text("import.feedback.no-customer"),
                "s.customer_ref IS NULL AND " + customersWithEmail + " = 0");
        rejected += stage.reject(EMAIL, "s.email_key", stage.words().text("import.feedback.several-customers"),
                "s.customer_ref IS NULL AND " + customersWithEmail + " > 1");
        String answers = " s.question AS campaign, s.answer_key AS run_key, s.score, s.comment, s.answered_at FROM "
                + stage.table() + " s JOIN customer c ON ";
        stage.upsert(new Upsert("feedback", List.of("customer_id", "campaign", "run_key"), List.of("score", "comment", "answered_at"),
                false, "SELECT c.id AS customer_id," + answers + "c.external_id = s.customer_ref"
                        + " UNION ALL SELECT c.id AS customer_id," + answers + "c.email_key = s.email_key WHERE s.customer_ref IS NULL"
                        + " AND " + customersWithEmail + " = 1"));
        return rejected;
    }
}
