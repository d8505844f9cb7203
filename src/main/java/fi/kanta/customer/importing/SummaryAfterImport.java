package fi.kanta.customer.importing;

import fi.kanta.customer.AfterPurchases;
import fi.kanta.customer.ShopSummary;
import fi.kanta.customer.ShopSummary.Fact;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * At the import job's end, however it ended (a failed import committed some chunks), recounts what
 * the console's home page shows of the kind imported: one count per import rather than one per page.
 * A customer file may carry consents and suppressions, so those small tables are recounted with
 * every import; the purchases only after purchases or order lines. Purchases also change the runs'
 * results against their holdout ({@link AfterPurchases}); order lines do not (the reports read the
 * purchases' totals).
 */
@Component
class SummaryAfterImport implements JobExecutionListener {

    private final ShopSummary summary;
    private final ObjectProvider<AfterPurchases> afterPurchases;

    SummaryAfterImport(ShopSummary summary, ObjectProvider<AfterPurchases> afterPurchases) {
        this.summary = summary;
        this.afterPurchases = afterPurchases;
    }

    @Override
    public void afterJob(JobExecution job) {
        ImportKind kind = ImportKind.valueOf(job.getJobParameters().getString("kind"));
        summary.recount(facts(kind));
        if (kind == ImportKind.PURCHASES) {
            afterPurchases.orderedStream().forEach(AfterPurchases::purchasesChanged);
        }
    }

    static Set<Fact> facts(ImportKind kind) {
        Set<Fact> facts = EnumSet.of(Fact.CUSTOMERS, Fact.CONSENTS, Fact.SUPPRESSIONS);
        if (kind == ImportKind.PURCHASES || kind == ImportKind.ORDER_LINES) {
            facts.add(Fact.PURCHASES);
        }
        return facts;
    }
}
