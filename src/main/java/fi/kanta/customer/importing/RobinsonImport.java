package fi.kanta.customer.importing;

import fi.kanta.customer.ContactRules;
import fi.kanta.customer.PersonKey;
import fi.kanta.shop.ShopSettings;
import fi.kanta.words.Words;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The direct-marketing opt-out register (ASML's Robinson service): people who want no
 * direct-marketing letters, by name and postal address, not by the shop's customer id. Each row
 * becomes a suppression of reason ROBINSON that names the person ({@link PersonKey}) and stops
 * letters only, to whichever customer has that name at that address, now or imported later. It
 * never touches email. A person already on the list is not added again.
 */
@Component
final class RobinsonImport implements ImportDefinition<RobinsonImport.Person> {

    static final Column FIRST_NAME = Column.optional("first_name", with(CustomerImport.FIRST_NAME, "first names", "etunimet",
            "förnamnen"));
    static final Column LAST_NAME = Column.required("last_name", with(CustomerImport.LAST_NAME));
    static final Column STREET = Column.required("street", with(CustomerImport.STREET));
    static final Column POSTAL_CODE = Column.required("postal_code", with(CustomerImport.POSTAL_CODE));
    static final Column CITY = Column.optional("city", with(CustomerImport.CITY));
    static final Column COUNTRY = Column.optional("country", with(CustomerImport.COUNTRY));

    private final ShopSettings settings;

    RobinsonImport(ShopSettings settings) {
        this.settings = settings;
    }

    /** A person on the register as stored: the key, when the list was read, and from where. */
    record Person(String personKey, LocalDateTime listedAt) {
    }

    /** The header names a customer file knows the column by, and a few of the register's own. */
    private static String[] with(Column column, String... more) {
        return java.util.stream.Stream.concat(column.aliases().stream(), java.util.Arrays.stream(more)).toArray(String[]::new);
    }

    @Override
    public ImportKind kind() {
        return ImportKind.ROBINSON;
    }

    @Override
    public List<Column> columns() {
        return List.of(FIRST_NAME, LAST_NAME, STREET, POSTAL_CODE, CITY, COUNTRY);
    }

    @Override
    public Person read(RowCheck row) {
        String country = row.has(COUNTRY) ? row.parse(COUNTRY, Values::country) : settings.defaultCountry();
        String first = row.text(FIRST_NAME, 200);
        String last = row.required(LAST_NAME, 200);
        String street = row.required(STREET, 300);
        String postalCode = row.required(POSTAL_CODE, 20);
        row.text(CITY, 100); // read for its checks only: the household key is street, postal code and country
        return new Person(PersonKey.of(first, last, street, postalCode, country), row.fileTime());
    }

    @Override
    public String stageTable() {
        return "import_robinson_stage";
    }

    @Override
    public List<String> stageColumns() {
        return List.of("person_key", "suppressed_at", "source");
    }

    @Override
    public Object[] stageValues(Person p) {
        return new Object[] {p.personKey(), p.listedAt(), "robinson"};
    }

    @Override
    public String keySql() {
        return "s.person_key";
    }

    @Override
    public Column keyColumn() {
        return LAST_NAME;
    }

    @Override
    public String keyValueSql() {
        return "s.person_key";
    }

    @Override
    public String repeated(String key, long firstLine, Words words) {
        return words.text("import.repeated.robinson", String.valueOf(firstLine));
    }

    @Override
    public int apply(Stage stage) {
        stage.execute("INSERT INTO suppression (person_key, reason, suppressed_at, source) SELECT s.person_key, '"
                + ContactRules.ROBINSON + "', s.suppressed_at, s.source FROM " + stage.table() + " s WHERE NOT EXISTS"
                + " (SELECT 1 FROM suppression x WHERE x.person_key = s.person_key AND x.reason = '" + ContactRules.ROBINSON + "')");
        return 0;
    }
}
