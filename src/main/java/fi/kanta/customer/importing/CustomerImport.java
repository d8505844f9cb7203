package fi.kanta.customer.importing;

import fi.kanta.shop.ShopSettings;
import fi.kanta.customer.EmailAddress;
import fi.kanta.customer.ErasedPeople;
import fi.kanta.customer.PersonKey;
import fi.kanta.customer.PostalAddress;
import fi.kanta.sql.Upsert;
import fi.kanta.words.Words;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Customers: upserted by their external id; the file is the truth for every column it has. A prospect
 * (a newsletter sign-up) with an imported customer's email key is merged into that customer.
 */
@Component
final class CustomerImport implements ImportDefinition<CustomerImport.Customer> {

    static final Column CUSTOMER_ID = Column.required("customer_id", "customer id", "customer number", "customer no",
            "customer", "id", "external id", "client id", "asiakasnumero", "asiakas", "asiakastunnus", "kundnummer",
            "kund id", "kund");
    static final Column FIRST_NAME = Column.optional("first_name", "first name", "firstname", "given name", "forename",
            "etunimi", "förnamn");
    static final Column LAST_NAME = Column.optional("last_name", "last name", "lastname", "surname", "family name",
            "sukunimi", "efternamn");
    static final Column EMAIL = Column.optional("email", "e-mail", "email address", "mail", "sähköposti",
            "sähköpostiosoite", "e-post", "e-postadress");
    static final Column PHONE = Column.optional("phone", "phone number", "telephone", "mobile", "tel", "puhelin",
            "puhelinnumero", "matkapuhelin", "gsm", "telefon", "mobil");
    static final Column STREET = Column.optional("street", "address", "street address", "address line 1", "address1",
            "katuosoite", "osoite", "lähiosoite", "gatuadress", "adress");
    static final Column POSTAL_CODE = Column.optional("postal_code", "postcode", "post code", "zip", "zip code",
            "postinumero", "postnummer");
    static final Column CITY = Column.optional("city", "town", "postitoimipaikka", "kaupunki", "paikkakunta", "ort",
            "postort", "stad");
    static final Column COUNTRY = Column.optional("country", "country code", "maa", "land");
    static final Column LANGUAGE = Column.optional("language", "lang", "locale", "preferred language", "kieli",
            "asiointikieli", "språk");
    static final Column CUSTOMER_SINCE = Column.optional("customer_since", "created", "created at", "signup date",
            "registered", "member since", "asiakkuus alkanut", "liittynyt", "kund sedan");
    static final Column BIRTHDAY = Column.optional("birthday", "date of birth", "birth date", "birthdate", "dob",
            "syntymäpäivä", "syntymäaika", "syntymäpvm", "födelsedag", "födelsedatum");

    private final ShopSettings settings;

    CustomerImport(ShopSettings settings) {
        this.settings = settings;
    }

    /** A customer row as it will be stored. */
    record Customer(String externalId, String firstName, String lastName, String email, String phone, String street,
                    String postalCode, String city, String country, String language, LocalDate customerSince,
                    MonthDay birthday) {
    }

    @Override
    public ImportKind kind() {
        return ImportKind.CUSTOMERS;
    }

    @Override
    public List<Column> columns() {
        return List.of(CUSTOMER_ID, FIRST_NAME, LAST_NAME, EMAIL, PHONE, STREET, POSTAL_CODE, CITY, COUNTRY, LANGUAGE,
                CUSTOMER_SINCE, BIRTHDAY);
    }

    /** A bad email, phone, postal code or language keeps the customer without it, with a warning (see {@link RowCheck#optional}). */
    @Override
    public Customer read(RowCheck row) {
        String country = row.has(COUNTRY) ? row.parse(COUNTRY, Values::country) : settings.defaultCountry();
        String language = row.optional(LANGUAGE, text -> Values.language(text, settings.languages()),
                "import.kept.language", settings.defaultLanguage());
        Customer customer = new Customer(
                row.required(CUSTOMER_ID, 64),
                row.text(FIRST_NAME, 200),
                row.text(LAST_NAME, 200),
                row.withoutErasedEmail(EMAIL, row.optional(EMAIL, Values::email, "import.kept.email")),
                row.optional(PHONE, Values::phone, "import.kept.phone"),
                row.text(STREET, 300),
                postalCode(row, country == null ? settings.defaultCountry() : country),
                row.text(CITY, 100),
                country,
                language == null ? settings.defaultLanguage() : language,
                row.parse(CUSTOMER_SINCE, text -> Values.date(text, settings.timeZone())),
                row.optional(BIRTHDAY, Birthdays::parse, "import.kept.birthday"));
        // an erased person does not come back with the shop's next export: not by their id or their
        // name at their address (their email address is left out of any row, above)
        row.notErased(CUSTOMER_ID, ErasedPeople.Kind.EXTERNAL_ID, customer.externalId());
        row.notErased(LAST_NAME, ErasedPeople.Kind.PERSON, PersonKey.of(customer.firstName(), customer.lastName(),
                customer.street(), customer.postalCode(), customer.country()));
        return customer;
    }

    private static String postalCode(RowCheck row, String country) {
        return row.optional(POSTAL_CODE, text -> PostalCodes.check(text, country, restored -> row.warn(POSTAL_CODE, text,
                row.words().text("import.postal-code.restored", restored))),
                "import.kept.postal-code");
    }

    @Override
    public String stageTable() {
        return "import_customer_stage";
    }

    @Override
    public List<String> stageColumns() {
        return List.of("external_id", "first_name", "last_name", "email", "email_key", "phone", "street", "postal_code",
                "city", "country", "address_key", "language", "customer_since",
                "birth_month", "birth_day");
    }

    @Override
    public Object[] stageValues(Customer c) {
        return new Object[] {c.externalId(), c.firstName(), c.lastName(), c.email(), EmailAddress.key(c.email()), c.phone(),
            c.street(), c.postalCode(), c.city(), c.country(), PostalAddress.key(c.street(), c.postalCode(), c.country()),
            c.language(), c.customerSince(), c.birthday() == null ? null : c.birthday().getMonthValue(),
            c.birthday() == null ? null : c.birthday().getDayOfMonth()};
    }

    @Override
    public String keySql() {
        return "s.external_id";
    }

    @Override
    public Column keyColumn() {
        return CUSTOMER_ID;
    }

    @Override
    public String keyValueSql() {
        return "s.external_id";
    }

    @Override
    public String repeated(String key, long firstLine, Words words) {
        return words.text("import.repeated.customer", key, String.valueOf(firstLine));
    }

    /**
     * A value left out because it was wrong (an email typo) keeps the one stored before: the file is
     * the truth for the values it has, and a typo is none.
     */
    @Override
    public int apply(Stage stage) {
        List<String> columns = new ArrayList<>(stageColumns().subList(1, stageColumns().size()));
        if (stage.header().position(BIRTHDAY) < 0) {
            // an export from a system without birthdays keeps the birthdays imported before
            columns.removeAll(List.of("birth_month", "birth_day"));
        }
        List<String> values = columns.stream().map(column -> switch (column) {
            case "email", "email_key" -> stored(stage, EMAIL, column);
            case "phone" -> stored(stage, PHONE, column);
            case "language" -> stored(stage, LANGUAGE, column);
            default -> "s." + column;
        }).toList();
        stage.upsert(new Upsert("customer", List.of("external_id"), columns, true,
                "SELECT s.external_id, " + String.join(", ", values) + " FROM " + stage.table() + " s"
                        + " LEFT JOIN customer k ON k.external_id = s.external_id"));
        // someone who signed up for the newsletter before the shop knew them becomes this customer
        stage.mergeProspects();
        return 0;
    }

    private static String stored(Stage stage, Column warned, String column) {
        return "CASE WHEN " + stage.warned(warned) + " AND k.id IS NOT NULL THEN k." + column + " ELSE s." + column + " END AS "
                + column;
    }
}
