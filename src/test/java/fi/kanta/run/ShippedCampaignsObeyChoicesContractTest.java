package fi.kanta.run;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.TestChoices;
import fi.kanta.TestDatabase;
import fi.kanta.TestShop;
import fi.kanta.campaign.Campaigns;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Every shipped campaign (jobs/*.yml: win-back with letters, weekly-newsletter, service-recovery,
 * feedback) obeys "no offers at all" and "do not profile me", whether the customer chose before the
 * selection or between the selection ({@code --select-only}) and the sending: docs/architecture.md
 * "The customer's own choices". Emails go to .eml files; letters are printed.
 */
abstract class ShippedCampaignsObeyChoicesContractTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);
    static final List<String> SHIPPED = List.of("win-back", "weekly-newsletter", "service-recovery", "feedback");
    /** Who a customer is: what they chose, and when. */
    static final List<String> ROLES = List.of("plain", "none-before", "none-after", "unprofiled-before", "unprofiled-after");
    static final String[] LANGUAGES = {"fi", "sv", "en"};
    static final Map<String, String> LOYAL = Map.of("fi", "Olet parhaita asiakkaitamme: kiitos.",
            "sv", "Du är en av våra allra bästa kunder: tack.", "en", "You are one of our very best customers: thank you.");
    static final Map<String, String> GENERAL_OFFER = Map.of("fi", "Sinulle tällä viikolla: ilmainen toimitus kaikkiin tilauksiin.",
            "sv", "För dig den här veckan: fri frakt på alla beställningar.", "en", "For you this week: free delivery on every order.");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    fi.kanta.KantaHome home;

    @Autowired
    Campaigns campaigns;

    @Autowired
    CampaignRuns runs;

    TestShop shop;
    TestChoices choices;

    @BeforeEach
    void shop() throws IOException {
        TestDatabase.clean(jdbc);
        shop = new TestShop(jdbc);
        choices = new TestChoices(jdbc);
        FileSystemUtils.deleteRecursively(home.home().resolve("out"));
        FileSystemUtils.copyRecursively(Path.of("templates"), home.home().resolve("templates"));
        FileSystemUtils.copyRecursively(Path.of("jobs"), home.home().resolve("jobs"));
    }

    /**
     * Three kinds of customer, four of each role: lapsing valuable customers who take email (win-back
     * emails them) or not (win-back writes to them), both on the newsletter; and recent detractors
     * who bought two days ago (service-recovery and the feedback question).
     */
    private void customers() {
        int n = 0;
        for (String kind : List.of("email", "letter", "detractor")) {
            for (String role : ROLES) {
                for (int i = 0; i < 4; i++, n++) {
                    String id = kind + "-" + role + "-" + i;
                    String language = LANGUAGES[n % 3];
                    long customer = shop.customer(id, "Test", id, id + "@example.fi", "Katu " + n, "00100", language);
                    shop.consent(customer, "newsletter", true);
                    shop.consent(customer, "email", !kind.equals("letter"));
                    shop.score(customer, 0.5, 100, "Champions");
                    if (kind.equals("detractor")) {
                        shop.purchase(customer, NOW.minusDays(2).toString(), "30.00", "Shoes");
                        jdbc.update("INSERT INTO feedback (customer_id, campaign, run_key, score, answered_at) VALUES (?, 'feedback', 'x', 3, ?)",
                                customer, Timestamp.valueOf(NOW.minusDays(5)));
                    } else {
                        shop.purchase(customer, NOW.minusDays(200).toString(), "30.00", "Shoes");
                    }
                    choose(customer, role, "before");
                }
            }
        }
    }

    private void choose(long customer, String role, String when) {
        if (role.equals("none-" + when)) {
            // before: as the page records it (every channel withdrawn too); after: the choice alone,
            // so that only the re-check of "no offers at all" can stop the message
            if (when.equals("before")) {
                choices.noOffers(customer);
            } else {
                choices.noOffersOnly(customer);
            }
        } else if (role.equals("unprofiled-" + when)) {
            choices.noProfiling(customer);
        }
    }

    @Test
    void noOffersAtAllAndDoNotProfileMeAreObeyedByEveryShippedCampaignBeforeAndAfterTheSelection() throws Exception {
        customers();
        for (String campaign : SHIPPED) {
            Launch selected = runs.launch(campaigns.named(campaign), "k1", NOW, true);
            assertThat(selected.status()).as(campaign + ": " + selected.problem()).isEqualTo(Launch.Status.SELECTED);
        }
        for (String role : ROLES) {
            for (String id : shop.externalIds("SELECT external_id FROM customer WHERE external_id LIKE ?", "%-" + role + "-%")) {
                choose(shop.id(id), role, "after");
            }
        }
        for (String campaign : SHIPPED) {
            Launch resumed = runs.resume(campaign + "/k1", NOW);
            assertThat(resumed.status()).as(campaign + ": " + resumed.problem()).isEqualTo(Launch.Status.DONE);
        }

        // each campaign reached the customers who chose nothing
        assertThat(reached("win-back", "email-plain")).isPositive();
        assertThat(reached("win-back", "letter-plain")).isPositive();
        assertThat(reached("weekly-newsletter", "email-plain")).isEqualTo(4);
        assertThat(reached("weekly-newsletter", "detractor-plain")).isEqualTo(4);
        assertThat(reached("service-recovery", "detractor-plain")).isEqualTo(4);
        assertThat(reached("feedback", "detractor-plain")).isEqualTo(4);

        // no offers at all: never selected when chosen before; withdrawn at the claim when chosen after
        assertThat(rows("%-none-before-%")).isZero();
        assertThat(jdbc.queryForObject("SELECT customers FROM campaign_funnel f JOIN campaign_run u ON u.id = f.run_id"
                + " WHERE u.campaign = 'win-back' AND f.stage = 'no_offers'", Long.class)).isEqualTo(8);
        for (String campaign : SHIPPED) {
            assertThat(reachedAny(campaign, "-none-after-")).as(campaign).isZero();
        }
        assertThat(withdrawn("weekly-newsletter", "-none-after-")).isEqualTo(12);
        assertThat(withdrawn("service-recovery", "-none-after-")).isEqualTo(4);
        assertThat(withdrawn("feedback", "-none-after-")).isEqualTo(4);
        assertThat(withdrawn("win-back", "letter-none-after-")).as("letters too").isPositive();

        // do not profile me: win-back chooses by profile, so it neither selects nor (since chosen) sends;
        // the others reach them, with no profile values
        assertThat(rows("win-back", "-unprofiled-before-")).isZero();
        assertThat(reachedAny("win-back", "-unprofiled-after-")).isZero();
        assertThat(withdrawn("win-back", "-unprofiled-after-")).isPositive();
        for (String role : List.of("-unprofiled-before-", "-unprofiled-after-")) {
            assertThat(reachedAny("weekly-newsletter", role)).as(role).isEqualTo(12);
            assertThat(reachedAny("service-recovery", role)).as(role).isEqualTo(4);
            assertThat(reachedAny("feedback", role)).as(role).isEqualTo(4);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_score s JOIN customer c ON c.id = s.customer_id"
                + " WHERE c.external_id LIKE '%-unprofiled-%'", Long.class)).as("no score run since: the rows are still there").isPositive();

        // the newsletter in each language: the loyalty line and the favourite's offer for the profiled,
        // the general offer and no loyalty line for those who said no
        Map<String, String> newsletters = emails("weekly-newsletter");
        assertThat(newsletters).as("the plain and the unprofiled, of every kind").hasSize(3 * 4 + 2 * 3 * 4);
        int n = 0;
        for (String kind : List.of("email", "letter", "detractor")) {
            for (String role : ROLES) {
                for (int i = 0; i < 4; i++, n++) {
                    String text = newsletters.get(kind + "-" + role + "-" + i + "@example.fi");
                    String language = LANGUAGES[n % 3];
                    if (role.startsWith("unprofiled")) {
                        assertThat(text).as(role).contains(GENERAL_OFFER.get(language)).doesNotContain(LOYAL.get(language));
                    } else if (role.equals("plain")) {
                        assertThat(text).as(role).contains(LOYAL.get(language)).doesNotContain(GENERAL_OFFER.get(language));
                    }
                }
            }
        }
    }

    /** Targets of the campaign among customers whose id starts so, sent or printed. */
    private long reached(String campaign, String prefix) {
        return count(campaign, prefix + "-%", "r.status IN ('SENT', 'PRINTED')");
    }

    private long reachedAny(String campaign, String infix) {
        return count(campaign, "%" + infix + "%", "r.status IN ('SENT', 'PRINTED')");
    }

    private long withdrawn(String campaign, String infix) {
        return count(campaign, "%" + infix + "%", "r.status = 'WITHDRAWN'");
    }

    private long rows(String campaign, String infix) {
        return count(campaign, "%" + infix + "%", "1 = 1");
    }

    private long rows(String pattern) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM campaign_recipient r JOIN customer c ON c.id = r.customer_id"
                + " WHERE c.external_id LIKE ?", Long.class, pattern);
    }

    private long count(String campaign, String pattern, String condition) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM campaign_recipient r JOIN campaign_run u ON u.id = r.run_id"
                + " JOIN customer c ON c.id = r.customer_id WHERE u.campaign = ? AND c.external_id LIKE ? AND " + condition,
                Long.class, campaign, pattern);
    }

    /** The run's .eml files by recipient, their text parts decoded. */
    private Map<String, String> emails(String campaign) throws Exception {
        Map<String, String> byRecipient = new HashMap<>();
        try (Stream<Path> files = Files.list(home.home().resolve("out").resolve(campaign).resolve("k1").resolve("emails"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".eml")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    MimeMessage mime = new MimeMessage(Session.getInstance(new Properties()), in);
                    StringBuilder text = new StringBuilder();
                    MimeMultipart parts = (MimeMultipart) mime.getContent();
                    for (int i = 0; i < parts.getCount(); i++) {
                        text.append('\n').append(parts.getBodyPart(i).getContent());
                    }
                    byRecipient.put(((jakarta.mail.internet.InternetAddress) mime.getAllRecipients()[0]).getAddress(), text.toString());
                }
            }
        }
        return byRecipient;
    }
}
