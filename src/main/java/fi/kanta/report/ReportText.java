package fi.kanta.report;

import fi.kanta.selection.FunnelStage;
import java.util.Locale;

/** A run's report as the terminal shows it: funnel, delivery, costs, then target against holdout per channel. */
public final class ReportText {

    private ReportText() {
    }

    public static String format(RunReport report) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Results of %s (selected %s)%n", report.run(), report.selectedAt().toLocalDate()));
        out.append(window(report)).append(System.lineSeparator());
        out.append(String.format("%nFunnel:%n"));
        report.funnel().forEach(row -> line(out, funnelLabel(row), row.customers()));
        DeliveryCounts d = report.delivery();
        out.append(String.format("%nDelivery (targets):%n"));
        line(out, "sent", d.sent());
        if (d.printed() > 0) {
            line(out, "letters printed, not yet posted (kanta letters posted " + report.run() + ")", d.printed());
        }
        line(out, "bounced", d.bounced());
        line(out, "withdrawn (consent or suppression changed before sending)", d.withdrawn());
        line(out, "unconfirmed (may have arrived)", d.unconfirmed());
        if (d.resent() > 0) {
            line(out, "sent again after a crash (--resend-unconfirmed: may have arrived twice)", d.resent());
        }
        line(out, "failed (resume the run)", d.failed());
        if (!d.answers().isEmpty()) {
            out.append(String.format("  the server's answers to what did not go:%n"));
            d.answers().forEach(answer -> line(out, "  " + answer.reply(), answer.messages()));
        }
        if (d.pending() > 0) {
            line(out, "not sent yet", d.pending());
        }
        line(out, "unsubscribed after the send (unsubscribe link)", d.unsubscribed());
        out.append(String.format(Locale.ROOT, "  %-66s %,10.2f %s%n", "letter cost (" + d.lettersPrinted() + " letters)",
                report.letterCost(), report.currency()));
        out.append(String.format(Locale.ROOT, "  %-66s %,10.2f %s%n", "sending cost (" + d.emailsSent() + " emails)",
                report.sendingCost(), report.currency()));
        for (Comparison comparison : report.comparisons()) {
            comparison(out, comparison, report.currency());
        }
        return out.toString();
    }

    /** The window, and whether these are final results or results so far. */
    static String window(RunReport report) {
        return String.format(Locale.ROOT, "Window: %d days, %s to %s%s", report.windowDays(), report.selectedAt().toLocalDate(),
                report.windowEnd().toLocalDate(), report.windowEnded() ? "" : " (not ended yet: results so far)");
    }

    private static String funnelLabel(FunnelCount row) {
        return switch (row.stage()) {
            case "segment" -> "segment members";
            case "target", "holdout" -> "= " + row.stage() + " (" + row.channel() + ")";
            default -> "  - " + stageLabel(row.stage());
        };
    }

    private static String stageLabel(String stage) {
        try {
            return FunnelStage.of(stage).label();
        } catch (IllegalArgumentException e) {
            return stage;
        }
    }

    private static void comparison(StringBuilder out, Comparison c, String currency) {
        out.append(String.format(Locale.ROOT, "%nTarget vs holdout, %s:%n", c.label().equals("all") ? "all channels" : c.label()));
        out.append(String.format(Locale.ROOT, "  %-22s %12s %12s%n", "", "target", "holdout"));
        out.append(String.format(Locale.ROOT, "  %-22s %,12d %,12d%n", "customers", c.target().customers(), c.holdout().customers()));
        out.append(String.format(Locale.ROOT, "  %-22s %,12d %,12d%n", "bought", c.target().buyers(), c.holdout().buyers()));
        out.append(String.format(Locale.ROOT, "  %-22s %11.1f%% %11.1f%%%n", "conversion", 100 * c.target().conversion(),
                100 * c.holdout().conversion()));
        out.append(String.format(Locale.ROOT, "  %-22s %,12.2f %,12.2f %s%n", "revenue per customer", c.target().revenuePerCustomer(),
                c.holdout().revenuePerCustomer(), currency));
        Interval conversion = c.conversionDifference();
        Interval revenue = c.revenueDifference();
        out.append(String.format(Locale.ROOT, "  conversion difference: %s percentage points: %s%n",
                interval(conversion, 100, "%+.1f"), c.verdict(conversion)));
        out.append(String.format(Locale.ROOT, "  revenue per customer difference: %s %s: %s%n", interval(revenue, 1, "%+,.2f"), currency,
                c.verdict(revenue)));
        out.append(String.format(Locale.ROOT, "  offer codes redeemed: %,d%n", c.offersRedeemed()));
        if (!c.tooSmall()) {
            out.append(String.format(Locale.ROOT, "  incremental revenue: %,.2f %s (difference × %,d targets)%n", c.incrementalRevenue(),
                    currency, c.target().customers()));
            out.append(c.returnOnCost().isPresent()
                    ? String.format(Locale.ROOT, "  return on %,.2f %s cost: %+.0f%%%n", c.costs(), currency,
                            100 * c.returnOnCost().getAsDouble())
                    : String.format("  return: no cost recorded%n"));
        }
    }

    /** "+2.3 (95 % CI −0.4 to +5.0)", scaled (100 for percentage points). */
    static String interval(Interval interval, double scale, String format) {
        if (Double.isNaN(interval.estimate())) {
            return "n/a";
        }
        return String.format(Locale.ROOT, format, interval.estimate() * scale) + " (95 % CI "
                + String.format(Locale.ROOT, format, interval.low() * scale) + " to "
                + String.format(Locale.ROOT, format, interval.high() * scale) + ")";
    }

    private static void line(StringBuilder out, String label, long count) {
        out.append(String.format(Locale.ROOT, "  %-66s %,10d%n", label, count));
    }
}
