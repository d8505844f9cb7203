package fi.kanta.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Gives the pool of an embedded HSQLDB file database its password ({@link DatabasePassword})
 * before its first connection, when the settings name none. A password given in the settings, and
 * every other database (PostgreSQL keeps {@code KANTA_DB_PASSWORD}), are left as they are; so is a
 * connection through {@code kanta serve}'s server, which {@link SharedDatabase} already set.
 */
@Component
class PasswordedDataSource implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        // after the spring.datasource.hikari.* settings are bound; the pool starts on its first connection
        if (bean instanceof HikariDataSource pool && (pool.getPassword() == null || pool.getPassword().isEmpty())) {
            EmbeddedDatabase.path(pool.getJdbcUrl())
                    .ifPresent(database -> pool.setPassword(DatabasePassword.forOpening(database, pool.getJdbcUrl(), pool.getUsername())));
        }
        return bean;
    }
}
