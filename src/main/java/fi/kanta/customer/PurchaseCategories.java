package fi.kanta.customer;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The product categories the shop's purchases name, as the data writes them ("Kengät"). */
@Component
public class PurchaseCategories {

    private final JdbcTemplate jdbc;

    PurchaseCategories(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Each category once, in alphabetical order; none before purchases are imported. */
    public List<String> all() {
        return jdbc.queryForList("SELECT DISTINCT category FROM purchase WHERE category IS NOT NULL ORDER BY category",
                String.class).stream().filter(category -> !category.isBlank()).toList();
    }
}
