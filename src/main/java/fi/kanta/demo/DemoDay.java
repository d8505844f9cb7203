package fi.kanta.demo;

import fi.kanta.KantaHome;
import fi.kanta.UserError;
import fi.kanta.customer.CustomerData;
import fi.kanta.customer.importing.ImportKind;
import fi.kanta.customer.importing.ImportOutcome;
import fi.kanta.customer.importing.ImportSummary;
import fi.kanta.customer.importing.Importer;
import fi.kanta.progress.Progress;
import fi.kanta.scoring.ScoreRun;
import fi.kanta.scoring.Scoring;
import fi.kanta.shop.MoneySettings;
import fi.kanta.shop.ShopSettings;
import fi.kanta.words.SaidError;
import fi.kanta.words.Words;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * A demo shop, generated into {@code out/demo/input/} with its history ending today, imported like
 * a shop's own files, scored, and this week's win-back run made from it. Run again the same day it
 * finds every file already imported; on a later day it moves the same shop forward in time (see
 * {@link DemoShop}). Tells each step to {@link Progress} as it goes.
 */
@Service
public class DemoDay {

    private final KantaHome home;
    private final ShopSettings shop;
    private final Importer importer;
    private final Scoring scoring;
    private final DemoCampaign campaign;
    private final JdbcTemplate jdbc;
    private final Progress progress;
    private final Words words;
    private final MoneySettings money;

    DemoDay(KantaHome home, ShopSettings shop, Importer importer, Scoring scoring, DemoCampaign campaign, JdbcTemplate jdbc,
            Progress progress, Words words, MoneySettings money) {
        this.words = words;
        this.money = money;
        this.home = home;
        this.shop = shop;
        this.importer = importer;
        this.scoring = scoring;
        this.campaign = campaign;
        this.jdbc = jdbc;
        this.progress = progress;
    }

    /**
     * How the demo ended; paths as the user finds them from the Kanta home.
     *
     * @param failedImport  the kind of data whose import failed and stopped the demo, if one did
     * @param folder        where the demo's files are
     * @param rejectReports the imports' reject reports
     * @param data          what the database holds afterwards
     */
    public record Outcome(Optional<ImportKind> failedImport, String folder, List<String> rejectReports,
                          List<CustomerData.Count> data) {
    }

    public Outcome run(int customers, long seed, boolean simulateResponse) throws IOException {
        Path folder = home.out("demo", "input");
        // "today" where the shop is: its purchase times are shop-local
        LocalDate today = LocalDate.now(shop.timeZone());

        long started = System.nanoTime();
        DemoShop.Files files = DemoShop.generate(folder, customers, today, seed);
        progress.message(words.text("demo.made", seed, words.date(today.minusDays(1)), files.customerRows(), files.purchaseRows(),
                files.consentRows(), files.suppressionRows(), words.decimal((System.nanoTime() - started) / 1e9, 1)));
        progress.message(words.text("demo.made-products", files.productRows(), files.orderLineRows()));

        List<String> rejectReports = new ArrayList<>();
        for (Map.Entry<ImportKind, Path> file : inImportOrder(files).entrySet()) {
            ImportOutcome outcome = importer.importFile(file.getKey(), file.getValue(), null);
            progress.message(ImportSummary.of(outcome, words));
            if (outcome.rejectReport() != null) {
                rejectReports.add(relative(outcome.rejectReport()));
            }
            if (!outcome.succeeded()) {
                return new Outcome(Optional.of(file.getKey()), relative(folder), rejectReports, List.of());
            }
        }

        // Scores as of today (the history ends yesterday), as `kanta score` would; a tiny demo shop may have
        // too few repeat buyers to fit, which is worth a line but not a failed demo.
        progress.message("");
        try {
            ScoreRun run = scoring.score(Optional.of(today));
            // as kanta score --details says it: the summary, the picks, then the model's figures
            progress.lines(run.scores().summary(words, money.baseCurrency()));
            progress.message(run.picksLine(words));
            progress.message("");
            progress.message(words.text("score.details"));
            progress.lines(run.scores().details(words));
        } catch (UserError e) {
            progress.message(words.text("demo.scoring-skipped", SaidError.said(e, words)));
        }

        progress.message("");
        String runKey = campaign.winBack();
        if (simulateResponse) {
            progress.message("");
            campaign.simulateResponse(runKey, seed);
        }
        return new Outcome(Optional.empty(), relative(folder), rejectReports, CustomerData.counts(jdbc));
    }

    /** Customers first: purchases and consents name them; products before the order lines that name them, after the purchases. */
    private static Map<ImportKind, Path> inImportOrder(DemoShop.Files files) {
        Map<ImportKind, Path> inOrder = new LinkedHashMap<>();
        inOrder.put(ImportKind.CUSTOMERS, files.customers());
        inOrder.put(ImportKind.PURCHASES, files.purchases());
        inOrder.put(ImportKind.CONSENTS, files.consents());
        inOrder.put(ImportKind.SUPPRESSIONS, files.suppressions());
        inOrder.put(ImportKind.PRODUCTS, files.products());
        inOrder.put(ImportKind.ORDER_LINES, files.orderLines());
        return inOrder;
    }

    /** A path as the user finds it from the Kanta home ({@code out/demo/input}). */
    private String relative(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return (absolute.startsWith(home.home()) ? home.home().relativize(absolute) : absolute).toString()
                .replace('\\', '/');
    }
}
