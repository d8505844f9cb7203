package fi.kanta.report;

import fi.kanta.shop.ShopSettings;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Net Promoter Score per month up to this one, as {@code kanta report nps} and the console ask for it. */
@Service
public class NpsReports {

    private final NpsReport report;
    private final ShopSettings shop;

    public NpsReports(NpsReport report, ShopSettings shop) {
        this.report = report;
        this.shop = shop;
    }

    /** The last {@code months} months, this one included; only one campaign's answers when it is named. */
    public List<NpsMonth> months(int months, Optional<String> campaign) {
        // answers are stored in shop time, so "this month" is the shop's
        return report.months(YearMonth.now(shop.timeZone()), months, campaign);
    }
}
