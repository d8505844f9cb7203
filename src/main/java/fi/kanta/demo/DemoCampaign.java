package fi.kanta.demo;

import fi.kanta.words.Words;
import fi.kanta.KantaHome;
import fi.kanta.campaign.Campaign;
import fi.kanta.run.CampaignRuns;
import fi.kanta.run.Launch;
import fi.kanta.campaign.Campaigns;
import fi.kanta.lists.ListExport;
import fi.kanta.progress.Progress;
import fi.kanta.report.RunReports;
import fi.kanta.shop.MoneySettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.stereotype.Component;

/** The demo's campaign part: this week's win-back run end to end and, when asked, the weeks after it. */
@Component
class DemoCampaign {

    private static final String CAMPAIGN = "win-back";

    private final KantaHome home;
    private final Campaigns campaigns;
    private final CampaignRuns runs;
    private final ListExport lists;
    private final ResponseSimulation simulation;
    private final RunReports reports;
    private final MoneySettings money;
    private final Progress progress;
    private final Words words;

    DemoCampaign(KantaHome home, Campaigns campaigns, CampaignRuns runs, ListExport lists, ResponseSimulation simulation,
                 RunReports reports, MoneySettings money, Progress progress, Words words) {
        this.words = words;
        this.home = home;
        this.campaigns = campaigns;
        this.runs = runs;
        this.lists = lists;
        this.simulation = simulation;
        this.reports = reports;
        this.money = money;
        this.progress = progress;
    }

    /** The win-back campaign's run for this week, end to end: selection, letters printed, emails written as .eml files; its run key. */
    String winBack() throws IOException {
        Campaign campaign = campaigns.named(CAMPAIGN);
        ZonedDateTime now = ZonedDateTime.now(campaign.zone());
        String runKey = campaign.runKey(now, null);
        Launch launch = runs.launch(campaign, runKey, now.toLocalDateTime());
        progress.message(launch.describe(words));
        // the recipients list a marketer hands on: the campaign's export columns, as .xlsx
        ListExport.Written list = lists.run(campaign, runKey, Optional.empty(), Optional.empty(),
                new ListExport.Request(List.of(), false, false, home.out(campaign.name(), runKey, "recipients.xlsx")));
        progress.message(words.text("demo.recipients", home.home().relativize(list.file()), list.toContact(), list.controlGroup()));
        return runKey;
    }

    /** The weeks after the win-back run (see {@link ResponseSimulation}), then its report and workbook. */
    void simulateResponse(String runKey, long seed) {
        int days = reports.defaultWindowDays();
        ResponseSimulation.Response response = simulation.simulate(CAMPAIGN, runKey, days, seed);
        progress.message(words.text("demo.simulated", response.recipients(), words.date(response.from().toLocalDate()),
                words.date(response.until().toLocalDate()), response.alreadySimulated() ? words.text("demo.simulated.before") : "",
                response.purchases(), response.offerPurchases(), signed(words.decimal(100 * response.conversionLift(), 1)),
                signed(words.decimal(response.revenueLift(), 2)), money.baseCurrency()));
        progress.message("");
        progress.lines(reports.report(CAMPAIGN, runKey, OptionalInt.of(days), true).text(words));
    }

    private static String signed(String written) {
        return written.startsWith("-") ? written : "+" + written;
    }
}
