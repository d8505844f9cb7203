package fi.kanta.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.KantaHome;
import fi.kanta.TestDatabase;
import fi.kanta.TestShop;
import fi.kanta.links.LinkSecret;
import fi.kanta.links.LinkSettings;
import fi.kanta.links.PreferenceLinks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the preferences page stores, on whichever database a subclass starts: each choice saved as
 * its rows (a consent row only for a channel that changes, the preference row, the interests),
 * "no offers at all" withdrawing every marketing channel at once, an email channel turned on only
 * when confirmed, one-time codes kept as hashes, good once and for five tries, and letters' short
 * codes that open their customer's page until they expire.
 */
abstract class PreferencesContractTest {

    private static final Pattern CODE = Pattern.compile("Your code is (\\d{6})");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ChoiceSaving choices;

    @Autowired
    Passcodes passcodes;

    @Autowired
    PreferenceLinks links;

    @Autowired
    LinkSettings settings;

    @Autowired
    LinkSecret secret;

    @Autowired
    KantaHome home;

    long aino;

    @BeforeEach
    void aino() throws IOException {
        Path mails = home.out("preferences");
        if (Files.isDirectory(mails)) {
            try (Stream<Path> files = Files.list(mails)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
        TestDatabase.clean(jdbc);
        TestShop shop = new TestShop(jdbc);
        aino = shop.customer("C1", "Aino", "Mäkelä", "aino@example.fi", "Katu 1", "00100", "en");
        shop.consent(aino, "email", true);
        shop.purchase(aino, "2026-01-10T10:00:00", "20.00", "Books");
    }

    @Test
    void everyChoiceIsSavedAndSavingTheSameAgainAddsNothing() {
        Choices wanted = new Choices(EnumSet.of(ChoiceChannel.EMAIL, ChoiceChannel.LETTER), new TreeSet<>(List.of("Books")), 1, "sv",
                false, true);

        assertThat(choices.save(aino, wanted, false).orElseThrow().changes()).containsExactly("feedback off", "interest on", "preferences");
        assertThat(choices.save(aino, wanted, false).orElseThrow().changes()).isEmpty();

        assertThat(choices.read(aino)).isEqualTo(wanted);
        assertThat(consents()).containsExactly("email true test", "feedback false preferences-page");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_preference WHERE customer_id = ? AND source = 'preferences-page'"
                + " AND max_per_30_days = 1 AND language = 'sv' AND no_profiling AND NOT no_offers", Long.class, aino)).isOne();
    }

    @Test
    void noOffersWithdrawsEveryMarketingChannelInOneStep() {
        Choices wanted = choices.read(aino).withNoOffers();

        choices.save(aino, wanted, false);

        assertThat(consents()).containsExactly("email false preferences-page", "email true test", "letter false preferences-page");
        assertThat(choices.read(aino).noOffers()).isTrue();
        assertThat(jdbc.queryForObject("SELECT granted FROM consent_newest WHERE customer_id = ? AND channel = 'email'", Boolean.class,
                aino)).isFalse();
    }

    @Test
    void anEmailChannelIsTurnedOnOnlyWhenTheAddressWasConfirmed() {
        Choices newsletter = new Choices(EnumSet.of(ChoiceChannel.EMAIL, ChoiceChannel.NEWSLETTER, ChoiceChannel.LETTER,
                ChoiceChannel.FEEDBACK), new TreeSet<>(), null, null, false, false);

        assertThat(choices.save(aino, newsletter, false).orElseThrow().emailNeedsCode()).isTrue();
        assertThat(consents()).containsExactly("email true test");
        assertThat(choices.save(aino, newsletter, true).orElseThrow().emailNeedsCode()).isFalse();
        assertThat(consents()).containsExactly("email true test", "newsletter true preferences-page");
    }

    @Test
    void aCategoryTheShopDoesNotSellIsRefusedNamingTheField() {
        Choices unknown = new Choices(EnumSet.noneOf(ChoiceChannel.class), new TreeSet<>(List.of("<script>")), null, null, false, false);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> choices.save(aino, unknown, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interests");
        assertThat(consents()).containsExactly("email true test");
    }

    @Test
    void aOneTimeCodeIsKeptAsAHashGoodOnceAndForFiveTries() throws IOException {
        assertThat(passcodes.request(aino, Locale.ENGLISH)).isEqualTo(Passcodes.Request.SENT);
        String code = mailedCode();
        assertThat(jdbc.queryForList("SELECT code_hash FROM preference_passcode", String.class)).singleElement()
                .satisfies(hash -> assertThat(hash).hasSize(64).doesNotContain(code));

        String wrong = code.equals("000000") ? "111111" : "000000";
        assertThat(passcodes.check(aino, wrong)).isEqualTo(Passcodes.Check.WRONG);
        assertThat(passcodes.check(aino, code)).isEqualTo(Passcodes.Check.CONFIRMED);
        assertThat(passcodes.check(aino, code)).isEqualTo(Passcodes.Check.NO_CODE); // used

        passcodes.request(aino, Locale.ENGLISH);
        String next = mailedCode();
        for (int i = 0; i < 5; i++) {
            assertThat(passcodes.check(aino, next.equals("000000") ? "111111" : "000000")).isEqualTo(Passcodes.Check.WRONG);
        }
        assertThat(passcodes.check(aino, next)).isEqualTo(Passcodes.Check.NO_CODE);
        assertThat(passcodes.request(aino, Locale.ENGLISH)).isEqualTo(Passcodes.Request.SENT);
        assertThat(passcodes.request(aino, Locale.ENGLISH)).isEqualTo(Passcodes.Request.TOO_MANY);
    }

    @Test
    void aCustomerWithoutAnEmailAddressGetsNoCode() {
        long letterOnly = new TestShop(jdbc).customer("C2", "Bertil", "Berg", null, "Gatan 2", "00200", "sv");

        assertThat(passcodes.request(letterOnly, Locale.ENGLISH)).isEqualTo(Passcodes.Request.NO_EMAIL);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM preference_passcode", Long.class)).isZero();
    }

    @Test
    void aLettersShortCodeOpensItsCustomersPageUntilItExpires() {
        String code = links.letterAddress(aino).replaceAll(".*/p/", "");
        Clock later = Clock.fixed(Instant.now().plus(Duration.ofDays(settings.preferencesLinkDays() + 1)), ZoneId.systemDefault());

        assertThat(links.openShortCode(code).orElseThrow().customerId()).isEqualTo(aino);
        assertThat(links.openShortCode(code.toLowerCase(Locale.ROOT))).isPresent();
        assertThat(new PreferenceLinks(settings, secret, jdbc, later).openShortCode(code)).isEmpty();
        assertThat(links.openShortCode(PreferenceLinks.SAMPLE_CODE)).isEmpty();
        assertThat(links.openShortCode("'; DROP TABLE customer; --")).isEmpty();
    }

    private List<String> consents() {
        return jdbc.query("SELECT channel, granted, source FROM consent WHERE customer_id = ?", (row, n) -> row.getString(1)
                + " " + row.getBoolean(2) + " " + row.getString(3), aino).stream().sorted().toList();
    }

    private String mailedCode() throws IOException {
        // each read takes the mails away, so that the one left is always the newest
        try (Stream<Path> files = Files.list(home.out("preferences"))) {
            List<Path> mails = files.toList();
            assertThat(mails).hasSize(1);
            Path newest = mails.get(0);
            Matcher found = CODE.matcher(Files.readString(newest, StandardCharsets.UTF_8));
            Files.delete(newest);
            assertThat(found.find()).isTrue();
            return found.group(1);
        }
    }
}
