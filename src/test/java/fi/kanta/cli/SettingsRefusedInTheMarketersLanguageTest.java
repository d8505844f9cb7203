package fi.kanta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A setting whose value Kanta cannot work with (a rate that is no number or not above zero, a base
 * currency that is no currency, counts below their least) is refused in the marketer's language
 * through the real command line, with the setting and its value, whichever package checks it.
 */
class SettingsRefusedInTheMarketersLanguageTest extends InAHome {

    private static final String FINNISH = "--kanta.shop.language=fi";
    /** {@code kanta status} binds every setting, as serve does, not only those it reads. */
    private static final String EVERY_SETTING = "--spring.main.lazy-initialization=false";

    @Test
    void aRateThatIsNoNumberOrNotAboveZeroIsSaidInFinnish() {
        assertThat(kanta(ExitCode.FAILED, "status", FINNISH, EVERY_SETTING, "--kanta.money.rates.SEK=abc"))
                .contains("kanta status: kanta.money.rates.sek=abc (komentorivillä) ei ole kelvollinen arvo (luku desimaalipisteellä");
        assertThat(kanta(ExitCode.FAILED, "status", FINNISH, EVERY_SETTING, "--kanta.money.rates.SEK=0"))
                .contains("kanta status: kanta.money.rates.SEK=0: kurssi puuttuu tai ei ole yli 0; se kertoo, paljonko yksi SEK"
                        + " on valuutassa EUR (esim. 0.087)")
                .doesNotContain("the rate is", "unexpected");
        assertThat(kanta(ExitCode.FAILED, "status", EVERY_SETTING, "--kanta.money.rates.SEK=-0.1"))
                .contains("kanta status: kanta.money.rates.SEK=-0.1: the rate is missing or not above 0; it says how many EUR"
                        + " one SEK is worth (e.g. 0.087)");
    }

    @Test
    void aBaseCurrencyOrARateThatIsNoCurrencyIsSaidInFinnish() {
        assertThat(kanta(ExitCode.FAILED, "status", FINNISH, EVERY_SETTING, "--kanta.money.base-currency=euro"))
                .contains("kanta status: kanta.money.base-currency=euro ei ole valuuttakoodi (ISO 4217, esim. EUR, SEK)");
        assertThat(kanta(ExitCode.FAILED, "status", FINNISH, EVERY_SETTING, "--kanta.money.rates.KRONA=0.087"))
                .contains("kanta status: kanta.money.rates.KRONA: KRONA ei ole valuuttakoodi");
    }

    @Test
    void countsBelowTheirLeastAreSaidInFinnishAndSwedishNotAsAnUnexpectedError() {
        assertThat(kanta(ExitCode.FAILED, "status", FINNISH, EVERY_SETTING, "--kanta.delivery.connections=0"))
                .contains("kanta status: kanta.delivery: tarvitaan connections >= 1, rate-per-second >= 0, retries >= 0 ja backoff >= 0")
                .doesNotContain("odottamaton", "IllegalArgumentException", "are needed");
        assertThat(kanta(ExitCode.FAILED, "status", FINNISH, EVERY_SETTING, "--kanta.score.keep-snapshots=0"))
                .contains("kanta status: kanta.score: tarvitaan keep-snapshots >= 1");
        assertThat(kanta(ExitCode.FAILED, "status", FINNISH, EVERY_SETTING, "--kanta.delivery.dkim.key-file=" + home.resolve("dkim.pem")))
                .contains("kanta status: kanta.delivery.dkim: avaintiedoston kanssa tarvitaan myös selector ja domain");
        assertThat(kanta(ExitCode.FAILED, "status", "--kanta.shop.language=sv", EVERY_SETTING, "--kanta.picks.neighbours=0"))
                .contains("kanta status: kanta.picks: window-days, half-life-days, per-customer och neighbours måste vara positiva");
    }
}
