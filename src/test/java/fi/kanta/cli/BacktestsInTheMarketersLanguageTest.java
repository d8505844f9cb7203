package fi.kanta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanta.CommandLines;
import fi.kanta.demo.DemoShop;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backtests of {@code kanta score} and its RFM segments through the real command line, in Finnish
 * and Swedish: what was measured and whether the model or the picks did better than the simple rule
 * or the best sellers first, in sentences, then the figures with decimal commas; the charts' titles,
 * axes and legends in the same language; the segments by their names with the identifier that
 * definitions use.
 */
class BacktestsInTheMarketersLanguageTest {

    private static final LocalDate END = LocalDate.of(2026, 11, 22);
    private static final String D1 = END.minusDays(181).toString();
    private static final String D2 = END.minusDays(1).toString();
    private static final String FINNISH = "--kanta.shop.language=fi";
    private static final String SWEDISH = "--kanta.shop.language=sv";
    /** The English of the reports before they spoke the marketer's language. */
    private static final String[] ENGLISH = {"Backtest", "Mean absolute error", "predicted", "Chart:", "percentage points",
            "best sellers", "customers with order lines"};

    @TempDir
    static Path home;

    @BeforeAll
    static void aDemoShop() throws Exception {
        CommandLines.home(home);
        DemoShop.Files shop = DemoShop.generate(home.resolve("shop"), 600, END, DemoShop.DEFAULT_SEED);
        kanta("import", "customers", shop.customers().toString());
        kanta("import", "purchases", shop.purchases().toString());
        kanta("import", "products", shop.products().toString());
        kanta("import", "order-lines", shop.orderLines().toString());
    }

    @Test
    void thePurchaseModelsBacktestSaysWhatItFoundInFinnishAndDrawsItsChartInFinnish() throws Exception {
        String said = kanta("score", "--calibrate-until", D1, "--holdout-until", D2, FINNISH);

        assertThat(said).contains("Ostomallin takautuva testi: malli sovitettiin 25.5.2026 mennessä tehtyihin ostoihin (",
                        "ja kunkin asiakkaan ennustetta verrattiin siihen, mitä hän osti 26.5.2026–21.11.2026.",
                        "yksinkertainen sääntö \"jokainen ostaa samaan tahtiin kuin ennenkin\"", "Luvut:",
                        "BG/NBD-ostomalli, aikayksikkö päivä", "toistuvat ostopäivät 25.5.2026 asti", "7+", "Kaavio: ")
                .containsPattern("Malli odotti [\\d ]+ ostopäivää, ja asiakkaat ostivat [\\d ]+ päivänä: ennuste oli \\d+,\\d % liian (suuri|pieni)\\.")
                .containsPattern("keskimääräinen poikkeama asiakasta kohden: malli \\d+,\\d{3}, yksinkertainen sääntö \\d+,\\d{3} ostopäivää")
                .doesNotContain(ENGLISH);
        // the plain sentences come before the figures
        assertThat(said.indexOf("yksinkertainen sääntö")).isLessThan(said.indexOf("Luvut:"));
        String chart = Files.readString(home.resolve("out/score/backtest-" + D1 + "-" + D2 + ".svg"));
        assertThat(chart).contains("Ostopäivät asiakasta kohden 26.5.2026–21.11.2026: odotettu ja toteutunut",
                "toistuvat ostopäivät 25.5.2026 asti", ">toteutunut<", ">odotettu (BG/NBD)<").doesNotContain(ENGLISH);
    }

    @Test
    void thePicksBacktestSaysWhetherThePicksDidBetterThanTheBestSellersInSwedishAndFinnish() throws Exception {
        String swedish = kanta("score", "--calibrate-until", D1, "--holdout-until", D2, "--picks", SWEDISH);

        assertThat(swedish).contains("Bakåttest av produkttipsen: tipsen räknades fram ur orderraderna till och med 25.5.2026",
                        "kunder hade orderrader; av dem köpte", "Siffror:", "Diagram: ")
                .containsPattern("Köpte någon av sina topp 10: produkttipsen \\d+,\\d\\d %, bästsäljarna i favoritkategorin \\d+,\\d\\d %\\.")
                .containsPattern("(Produkttipsen fungerade bättre än bästsäljarna|Bästsäljarna fungerade bättre än produkttipsen"
                        + "|Ingen tydlig skillnad mellan produkttipsen och bästsäljarna)")
                .containsPattern("Skillnad i topp 10: [-+]\\d+,\\d\\d procentenheter, 95 % konfidensintervall [-+]\\d+,\\d\\d–[-+]\\d+,\\d\\d")
                .doesNotContain(ENGLISH);
        String chart = Files.readString(home.resolve("out/picks/backtest-" + D1 + "-" + D2 + ".svg"));
        assertThat(chart).contains("Kunder som köpte någon av sina topp k, 26.5.2026–21.11.2026", "k (listade produkter)",
                ">produkttips<", ">bästsäljarna i favoritkategorin<").doesNotContain(ENGLISH);

        String finnish = kanta("score", "--calibrate-until", D1, "--holdout-until", D2, "--picks", FINNISH);
        assertThat(finnish).contains("Poimintojen takautuva testi:", "asiakkaalla; heistä", "Kaavio: ")
                .containsPattern("Asiakkaista osti jonkin 10 kärkipoiminnastaan \\d+,\\d\\d %, jonkin suosikkikategoriansa 10 myydyimmästä"
                        + " \\d+,\\d\\d %\\.")
                .containsPattern("(Poiminnat toimivat paremmin kuin myydyimmät|Myydyimmät toimivat paremmin kuin poiminnat"
                        + "|Poimintojen ja myydyimpien välillä ei ole selvää eroa)")
                .doesNotContain(ENGLISH);
    }

    @Test
    void scoreNamesTheSegmentsInTheMarketersLanguageWithTheIdentifierThatDefinitionsUse() {
        String finnish = kanta("score", "--as-of", END.toString(), FINNISH);
        String swedish = kanta("score", "--as-of", END.toString(), SWEDISH);
        String english = kanta("score", "--as-of", END.toString());

        assertThat(finnish).contains("  Mestarit (Champions) ", "  Menetetyt (Lost) ", "  Ei saa menettää (Can't lose them) ");
        assertThat(swedish).contains("  Mästare (Champions) ", "  Förlorade (Lost) ", "  Blivande stamkunder (Potential loyalist) ");
        assertThat(english).contains("  Champions ", "  Lost ").doesNotContain("(Champions)");
    }

    private static String kanta(String... args) {
        String[] withHome = java.util.Arrays.copyOf(args, args.length + 1);
        withHome[args.length] = "--kanta.home=" + home;
        return CommandLines.run(ExitCode.DONE, withHome);
    }
}
