package fi.kanta.preferences;

import fi.kanta.customer.ShopSummary;
import fi.kanta.customer.CustomerChanges;
import fi.kanta.customer.NewestConsents;
import fi.kanta.customer.PurchaseCategories;
import fi.kanta.sql.Vendor;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads and saves a customer's choices (docs/architecture.md "The customer's own choices"). A
 * channel is a consent row with source {@value #SOURCE}, written only when it changes the channel's
 * answer, with {@code consent_newest} refreshed in the same transaction; the rest is one
 * {@code customer_preference} row (changed time and source) and the {@code customer_interest} rows.
 * Everything runs behind the customer's row lock at the shop's time ({@link CustomerChanges}), so two
 * saves take turns and each change carries its source and time.
 */
@Component
public class ChoiceSaving {

    public static final String SOURCE = "preferences-page";

    private final JdbcTemplate jdbc;
    private final CustomerChanges changes;
    private final PurchaseCategories categories;
    private final String refreshNewest;

    public ChoiceSaving(JdbcTemplate jdbc, CustomerChanges changes, PurchaseCategories categories, DataSource dataSource) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.categories = categories;
        this.refreshNewest = NewestConsents.refresh(Vendor.of(dataSource), "?");
    }

    /** The categories a customer may choose among: those the shop's purchases name. */
    public List<String> categories() {
        return categories.all();
    }

    /** The customer's choices as they stand (nothing chosen yet reads as the defaults). */
    public Choices read(long customerId) {
        Map<String, Boolean> newest = new HashMap<>();
        jdbc.query("SELECT channel, granted FROM consent_newest WHERE customer_id = ?",
                row -> {
                    newest.put(row.getString(1), row.getBoolean(2));
                }, customerId);
        Set<ChoiceChannel> channels = EnumSet.noneOf(ChoiceChannel.class);
        for (ChoiceChannel channel : ChoiceChannel.values()) {
            if (channel.allows(newest.get(channel.id()))) {
                channels.add(channel);
            }
        }
        TreeSet<String> interests = new TreeSet<>(jdbc.queryForList(
                "SELECT category FROM customer_interest WHERE customer_id = ?", String.class, customerId));
        return jdbc.query("SELECT max_per_30_days, language, no_offers, no_profiling FROM customer_preference WHERE customer_id = ?",
                (row, n) -> new Choices(channels, interests, (Integer) row.getObject(1, Integer.class), row.getString(2),
                        row.getBoolean(3), row.getBoolean(4)), customerId)
                .stream().findFirst().orElse(new Choices(channels, interests, null, null, false, false));
    }

    /**
     * Saves what the customer asked for. Turning on an email channel needs {@code emailConfirmed}
     * (the address's owner typed a one-time code): without it that channel stays as it was and the
     * result says so. "No offers at all" turns every marketing channel off in the same step.
     * Empty when the customer no longer exists.
     *
     * @throws IllegalArgumentException naming the field, for a category the shop's purchases do not name
     */
    public Optional<Saved> save(long customerId, Choices wanted, boolean emailConfirmed) {
        List<String> known = categories();
        for (String interest : wanted.interests()) {
            if (!known.contains(interest)) {
                throw new IllegalArgumentException("interests: no such category " + interest);
            }
        }
        Choices asked = wanted.noOffers() ? wanted.withNoOffers() : wanted;
        return changes.apply(customerId, now -> {
            Choices before = read(customerId);
            List<String> changed = new ArrayList<>();
            boolean needsCode = false;
            for (ChoiceChannel channel : ChoiceChannel.values()) {
                boolean on = asked.allows(channel);
                if (on == before.allows(channel)) {
                    continue;
                }
                if (on && channel.byEmail() && !emailConfirmed) {
                    needsCode = true;
                    continue;
                }
                jdbc.update("INSERT INTO consent (customer_id, channel, granted, given_at, source) VALUES (?, ?, ?, ?, ?)", customerId,
                        channel.id(), on, now, SOURCE);
                changed.add(channel.id() + (on ? " on" : " off"));
            }
            if (!changed.isEmpty()) {
                jdbc.update(refreshNewest, customerId);
                ShopSummary.changed(jdbc, java.util.Set.of(ShopSummary.Fact.CONSENTS));
            }
            changed.addAll(saveInterests(customerId, before, asked, now));
            if (!samePreferences(before, asked)) {
                savePreference(customerId, asked, now);
                changed.add("preferences");
            }
            return new Saved(List.copyOf(changed), needsCode);
        });
    }

    private List<String> saveInterests(long customerId, Choices before, Choices asked, Timestamp now) {
        List<String> changed = new ArrayList<>();
        for (String gone : before.interests()) {
            if (!asked.interests().contains(gone)) {
                jdbc.update("DELETE FROM customer_interest WHERE customer_id = ? AND category = ?", customerId, gone);
                changed.add("interest off");
            }
        }
        for (String added : asked.interests()) {
            if (!before.interests().contains(added)) {
                jdbc.update("INSERT INTO customer_interest (customer_id, category, chosen_at) VALUES (?, ?, ?)", customerId, added, now);
                changed.add("interest on");
            }
        }
        return changed;
    }

    private static boolean samePreferences(Choices a, Choices b) {
        return a.noOffers() == b.noOffers() && a.noProfiling() == b.noProfiling() && java.util.Objects.equals(a.maxPer30Days(),
                b.maxPer30Days()) && java.util.Objects.equals(a.language(), b.language());
    }

    private void savePreference(long customerId, Choices asked, Timestamp now) {
        Object[] values = {asked.noOffers(), asked.noProfiling(), asked.maxPer30Days(), asked.language(), now, SOURCE, customerId};
        if (jdbc.update("UPDATE customer_preference SET no_offers = ?, no_profiling = ?, max_per_30_days = ?, language = ?,"
                + " changed_at = ?, source = ? WHERE customer_id = ?", values) == 0) {
            jdbc.update("INSERT INTO customer_preference (no_offers, no_profiling, max_per_30_days, language, changed_at, source,"
                    + " customer_id) VALUES (?, ?, ?, ?, ?, ?, ?)", values);
        }
    }

    /** What a save changed (for the log: no personal data), and whether an email channel waits for a one-time code. */
    public record Saved(List<String> changes, boolean emailNeedsCode) {
    }
}
