package fi.kanta.customer;

import fi.kanta.shop.ShopSettings;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a public page records for one customer runs here: in one transaction, behind a row lock on
 * the customer (an update that changes nothing), so two clicks on the same link take turns on
 * HSQLDB and PostgreSQL alike, and at the shop's local time, like imported consent times
 * ({@code kanta.shop.time-zone}), so "within last days" counts the shop's days.
 */
@Component
public class CustomerChanges {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ShopSettings shop;
    private final Clock clock;

    @Autowired
    public CustomerChanges(JdbcTemplate jdbc, PlatformTransactionManager transactions, ShopSettings shop) {
        this(jdbc, new TransactionTemplate(transactions), shop, Clock.systemUTC());
    }

    public CustomerChanges(JdbcTemplate jdbc, TransactionTemplate transaction, ShopSettings shop, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.shop = shop;
        this.clock = clock;
    }

    /** The change's result, given the shop's time now; empty when the customer no longer exists (erased). */
    public <T> Optional<T> apply(long customerId, Function<Timestamp, T> change) {
        return Optional.ofNullable(transaction.execute(status -> {
            if (jdbc.update("UPDATE customer SET external_id = external_id WHERE id = ?", customerId) == 0) {
                return null;
            }
            return change.apply(Timestamp.valueOf(LocalDateTime.now(clock.withZone(shop.timeZone()))));
        }));
    }
}
