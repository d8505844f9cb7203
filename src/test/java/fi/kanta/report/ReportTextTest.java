package fi.kanta.report;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.words.Words;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The report's text: a sentence instead of an interval of zeros, and the marketer's language. */
class ReportTextTest {

    private static final LocalDateTime SELECTED = LocalDateTime.of(2026, 12, 1, 9, 0);
    private static final Words FINNISH = new Words(Locale.forLanguageTag("fi"), ZoneId.of("Europe/Helsinki"));

    private static RunReport report(GroupOutcome target, GroupOutcome holdout, boolean ended) {
        DeliveryCounts delivery = new DeliveryCounts(0, 1800, 0, 12, 0, 0, 0, 0, 1800, 3, 0, List.of());
        return new RunReport("win-back", "2026-W49", SELECTED, 30, SELECTED.plusDays(30), ended,
                List.of(new FunnelCount("segment", "-", 12_345), new FunnelCount("frequency_cap", "-", 345),
                        new FunnelCount("target", "email", 1800), new FunnelCount("holdout", "email", 200)),
                delivery, BigDecimal.ZERO, BigDecimal.ZERO,
                List.of(new Comparison("all", target, holdout, 0, BigDecimal.ZERO)), "EUR");
    }

    @Test
    void noPurchasesInEitherGroupIsASentenceSayingWhenToLookAgainNotAnIntervalOfZeros() {
        RunReport report = report(new GroupOutcome(1800, 0, BigDecimal.ZERO, BigDecimal.ZERO),
                new GroupOutcome(200, 0, BigDecimal.ZERO, BigDecimal.ZERO), false);

        String english = ReportText.format(report);
        assertThat(english).contains("No purchases yet in either group, so there is nothing to compare; look again after 2026-12-31,"
                + " when the window ends.").doesNotContain("CI", "+0.0");

        String finnish = ReportText.format(report, FINNISH);
        assertThat(finnish).contains("Kumpikaan ryhmä ei ole vielä ostanut mitään, joten vertailtavaa ei ole; katso uudelleen 31.12.2026"
                        + " jälkeen, kun seurantajakso päättyy.")
                .doesNotContain("luottamusväli");

        assertThat(ReportText.format(report(new GroupOutcome(1800, 0, BigDecimal.ZERO, BigDecimal.ZERO),
                new GroupOutcome(200, 0, BigDecimal.ZERO, BigDecimal.ZERO), true)))
                .contains("No purchases in either group during the window, so the campaign's effect cannot be measured.");
    }

    @Test
    void theReportReadsInFinnishWithFinnishNumbersAndDates() {
        RunReport report = report(new GroupOutcome(1800, 90, new BigDecimal("4500.00"), new BigDecimal("300000.00")),
                new GroupOutcome(200, 6, new BigDecimal("180.00"), new BigDecimal("6000.00")), false);

        String finnish = ReportText.format(report, FINNISH);

        assertThat(finnish).contains("Kampanja-ajon win-back/2026-W49 tulokset (valittu 1.12.2026)",
                        "Seurantajakso: 30 päivää, 1.12.2026–31.12.2026 (ei vielä päättynyt: tähänastiset tulokset)",
                        "kohderyhmään kuuluvat", "12 345", "ollut yhteydessä liian äskettäin", "Kohderyhmä ja vertailuryhmä, kaikki kanavat:",
                        "5,0 %", "3,0 %", "2,50", "prosenttiyksikköä", "95 %:n luottamusväli")
                .containsPattern("ostaneiden osuuden ero: \\+2,0 \\(95 %:n luottamusväli -?\\d+,\\d…\\+?\\d+,\\d\\) prosenttiyksikköä");
    }
}
