package fi.kanta.console;

import fi.kanta.shop.ShopSettings;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * What console users did ({@code console_audit}), by internal ids only: who (the user's id), when
 * (shop time), what ({@code customer-view}, {@code run-launch}, ...) and to what ({@code customer:42},
 * {@code run:spring-sale/2026-12-01}). Never a name, an email address or what was searched for: the
 * audit outlives what it points at, and an erased customer must not live on in it. Pages call
 * {@link #record(String, String)} for each action worth answering for (views of a customer, launches,
 * exports, imports, suppressions, user changes); sign-ins are recorded by the sign-in itself.
 */
@Service
public class Audit {

    /** Lower-case words joined by hyphens: {@code sign-in}, {@code customer-view}. */
    private static final Pattern ACTION = Pattern.compile("[a-z]+(-[a-z]+)*");
    /** A kind and an id: {@code customer:42}, {@code run:spring-sale/2026-12-01}; no spaces, no {@code @}. */
    private static final Pattern SUBJECT = Pattern.compile("[a-z]+(-[a-z]+)*:[A-Za-z0-9._/:-]{1,80}");

    private final JdbcTemplate jdbc;
    private final ShopSettings shop;
    private final Clock clock;

    public Audit(JdbcTemplate jdbc, ShopSettings shop, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.shop = shop;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    /**
     * One row for what the signed-in user did now.
     *
     * @param action  lower-case words joined by hyphens, e.g. {@code customer-suppress}
     * @param subject what it was done to as kind and internal id, e.g. {@code customer:42}; null for nothing in particular
     * @throws IllegalArgumentException for an action or subject of another form (a name or an email address would be)
     */
    public void record(String action, String subject) {
        recordFor(signedInUserId(), action, subject);
    }

    /** One row for what a user did ({@code null}: nobody we know, as a failed sign-in under an unknown name). */
    void recordFor(Long userId, String action, String subject) {
        if (action == null || !ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("an audit action is lower-case words joined by hyphens");
        }
        if (subject != null && !SUBJECT.matcher(subject).matches()) {
            throw new IllegalArgumentException("an audit subject is a kind and an internal id, such as customer:42");
        }
        jdbc.update("INSERT INTO console_audit (happened_at, user_id, action, subject) VALUES (?, ?, ?, ?)",
                LocalDateTime.now(clock.withZone(shop.timeZone())), userId, action, subject);
    }

    /** The latest rows, newest first. */
    public List<AuditEntry> latest(int rows) {
        return jdbc.query("SELECT a.id, a.happened_at, a.user_id, u.name, a.action, a.subject FROM console_audit a"
                        + " LEFT JOIN console_user u ON u.id = a.user_id ORDER BY a.id DESC FETCH FIRST " + Math.max(1, rows) + " ROWS ONLY",
                (row, n) -> new AuditEntry(row.getLong(1), row.getTimestamp(2).toLocalDateTime(),
                        row.getObject(3) == null ? null : row.getLong(3), row.getString(4), row.getString(5), row.getString(6)));
    }

    private static Long signedInUserId() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof SignedInUser user) {
            return user.id();
        }
        throw new IllegalStateException("Audit.record is for a signed-in console user's actions");
    }
}
