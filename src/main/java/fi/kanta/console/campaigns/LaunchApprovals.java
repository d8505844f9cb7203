package fi.kanta.console.campaigns;

import fi.kanta.console.ConsoleSettings;
import fi.kanta.shop.ShopSettings;
import fi.kanta.words.SaidError;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Launches that need a second marketer ({@code kanta.console.launch-approval=true}, table
 * {@code pending_launch}): a marketer's launch is kept as waiting for its campaign and run key (the
 * period's when asked); another marketer or an admin, never the one who asked, approves it (then it
 * starts as any console launch) or rejects it. Deciding is one conditional update, so two people
 * deciding at once decide once. {@code kanta run} is not affected: whoever runs it holds the home's
 * files and database, as an admin would.
 */
@Service
public class LaunchApprovals {

    private final JdbcTemplate jdbc;
    private final ConsoleSettings settings;
    private final ShopSettings shop;

    LaunchApprovals(JdbcTemplate jdbc, ConsoleSettings settings, ShopSettings shop) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.shop = shop;
    }

    /** Whether a console launch waits for a second marketer. */
    public boolean needed() {
        return settings.launchApproval();
    }

    /** Keeps the launch as waiting (or finds the one already waiting for the same run); returns it. */
    public synchronized PendingLaunch ask(String campaign, String runKey, long userId) {
        List<PendingLaunch> waiting = waiting(campaign).stream().filter(launch -> launch.runKey().equals(runKey)).toList();
        if (!waiting.isEmpty()) {
            return waiting.get(0);
        }
        jdbc.update("INSERT INTO pending_launch (campaign, run_key, asked_by, asked_at, state) VALUES (?, ?, ?, ?, 'WAITING')",
                campaign, runKey, userId, Timestamp.valueOf(LocalDateTime.now(shop.timeZone())));
        return waiting(campaign).stream().filter(launch -> launch.runKey().equals(runKey)).findFirst().orElseThrow();
    }

    /** The campaign's launches waiting for approval, oldest first. */
    public List<PendingLaunch> waiting(String campaign) {
        return jdbc.query("SELECT p.id, p.campaign, p.run_key, p.asked_by, u.name, p.asked_at FROM pending_launch p"
                        + " LEFT JOIN console_user u ON u.id = p.asked_by WHERE p.campaign = ? AND p.state = 'WAITING' ORDER BY p.id",
                (row, n) -> new PendingLaunch(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4),
                        row.getString(5) == null ? "" : row.getString(5), row.getTimestamp(6).toLocalDateTime()), campaign);
    }

    /**
     * Decides a waiting launch of {@code campaign}: approved or rejected by {@code userId}, who must not
     * be the one who asked. Returns the launch decided; refused when it is not waiting (any more) or
     * was asked by the same user.
     */
    public PendingLaunch decide(String campaign, long id, long userId, boolean approve) {
        PendingLaunch launch = waiting(campaign).stream().filter(found -> found.id() == id).findFirst()
                .orElseThrow(() -> new SaidError("page.launch.none", String.valueOf(id), campaign));
        if (launch.askedById() == userId) {
            throw new SaidError(approve ? "page.launch.own.approve" : "page.launch.own.reject", launch.run());
        }
        int decided = jdbc.update("UPDATE pending_launch SET state = ?, decided_by = ?, decided_at = ? WHERE id = ? AND state = 'WAITING'"
                + " AND asked_by <> ?", approve ? "APPROVED" : "REJECTED", userId, Timestamp.valueOf(LocalDateTime.now(shop.timeZone())),
                id, userId);
        if (decided == 0) {
            throw new SaidError("page.launch.decided", launch.run());
        }
        return launch;
    }
}
