package fi.kanta.report;

import fi.kanta.selection.FunnelStage;
import fi.kanta.words.Words;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * A run's report as the terminal shows it, in the marketer's language: funnel, delivery, costs, then
 * target against holdout per channel. Where neither group has bought anything yet, a sentence says so
 * instead of an interval of zeros.
 */
public final class ReportText {

    private ReportText() {
    }

    /** The report in English (the log, the demo, tests written before the marketer's language). */
    public static String format(RunReport report) {
        return format(report, Words.english(ZoneOffset.UTC));
    }

    public static String format(RunReport report, Words words) {
        StringBuilder out = new StringBuilder();
        out.append(words.text("report.title", report.run(), words.date(report.selectedAt().toLocalDate()))).append('\n');
        out.append(window(report, words)).append(System.lineSeparator());
        out.append('\n').append(words.text("report.funnel")).append('\n');
        report.funnel().forEach(row -> line(out, funnelLabel(row, words), row.customers(), words));
        DeliveryCounts d = report.delivery();
        out.append('\n').append(words.text("report.delivery")).append('\n');
        line(out, words.text("report.sent"), d.sent(), words);
        if (d.printed() > 0) {
            line(out, words.text("report.printed", report.run()), d.printed(), words);
        }
        line(out, words.text("report.bounced"), d.bounced(), words);
        line(out, words.text("report.withdrawn"), d.withdrawn(), words);
        line(out, words.text("report.unconfirmed"), d.unconfirmed(), words);
        if (d.resent() > 0) {
            line(out, words.text("report.resent"), d.resent(), words);
        }
        line(out, words.text("report.failed"), d.failed(), words);
        if (!d.answers().isEmpty()) {
            out.append(words.text("report.answers")).append('\n');
            d.answers().forEach(answer -> line(out, "  " + answer.reply(), answer.messages(), words));
        }
        if (d.pending() > 0) {
            line(out, words.text("report.pending"), d.pending(), words);
        }
        line(out, words.text("report.unsubscribed"), d.unsubscribed(), words);
        clicks(out, report.clicks(), words);
        money(out, words.text("report.letter-cost", words.count("count.letters", d.lettersPrinted())), report.letterCost().doubleValue(), report.currency(), words);
        money(out, words.text("report.sending-cost", words.count("count.emails", d.emailsSent())), report.sendingCost().doubleValue(), report.currency(), words);
        for (Comparison comparison : report.comparisons()) {
            comparison(out, comparison, report, words);
        }
        rewards(out, report, words);
        return out.toString();
    }

    /** Per reward: its customers and buyers in both groups (the offer's rewards split one comparison, not many). */
    private static void rewards(StringBuilder out, RunReport report, Words words) {
        if (report.rewards().isEmpty()) {
            return;
        }
        out.append('\n').append(words.text("report.rewards")).append('\n');
        out.append(String.format(Locale.ROOT, "  %-44s %12s %12s %12s %12s%n", "", words.text("report.group.target"),
                words.text("report.bought"), words.text("report.group.holdout"), words.text("report.bought")));
        for (RunReport.RewardOutcome reward : report.rewards()) {
            String label = words.text("report.reward", reward.number(), reward.discount(),
                    reward.forWhom().isEmpty() ? words.text("report.reward.everyone-else") : reward.forWhom());
            out.append(String.format(Locale.ROOT, "  %-44s %12s %12s %12s %12s%n", label, words.number(reward.target().customers()),
                    words.percent(reward.target().conversion()), words.number(reward.holdout().customers()),
                    words.percent(reward.holdout().conversion())));
        }
    }

    /** The clicks on the run's counted links, when there are any: messages clicked, then each link. */
    private static void clicks(StringBuilder out, ClickCounts clicks, Words words) {
        if (!clicks.any()) {
            return;
        }
        line(out, words.text("report.clicks.messages"), clicks.messages(), words);
        line(out, words.text("report.clicks"), clicks.clicks(), words);
        clicks.links().forEach(link -> line(out, "  " + link.link(), link.clicks(), words));
        line(out, words.text("report.clicks.suspect"), clicks.suspect(), words);
    }

    /** The window in English, as the workbook's summary sheet shows it. */
    static String window(RunReport report) {
        return window(report, Words.english(ZoneOffset.UTC));
    }

    /** The window, and whether these are final results or results so far. */
    static String window(RunReport report, Words words) {
        return words.text("report.window", words.count("count.days", report.windowDays()), words.date(report.selectedAt().toLocalDate()),
                words.date(report.windowEnd().toLocalDate()), report.windowEnded() ? "" : words.text("report.window.open"));
    }

    private static String funnelLabel(FunnelCount row, Words words) {
        return switch (row.stage()) {
            case "segment" -> words.text("report.funnel.segment");
            case "target", "holdout" -> "= " + words.text("report.group." + row.stage()) + " (" + row.channel() + ")";
            default -> "  - " + stageLabel(row.stage(), words);
        };
    }

    /** A funnel stage in the marketer's words; a stage without them reads as the selection names it. */
    public static String stageLabel(String stage, Words words) {
        try {
            return words.textOr("funnel." + stage, FunnelStage.of(stage).label());
        } catch (IllegalArgumentException e) {
            return stage;
        }
    }

    private static void comparison(StringBuilder out, Comparison c, RunReport report, Words words) {
        String currency = report.currency();
        out.append('\n').append(words.text("report.compare", c.label().equals("all") ? words.text("report.compare.all") : c.label()))
                .append('\n');
        out.append(String.format(Locale.ROOT, "  %-22s %12s %12s%n", "", words.text("report.group.target"),
                words.text("report.group.holdout")));
        row(out, words.text("report.customers"), words.number(c.target().customers()), words.number(c.holdout().customers()));
        row(out, words.text("report.bought"), words.number(c.target().buyers()), words.number(c.holdout().buyers()));
        row(out, words.text("report.conversion"), words.percent(c.target().conversion()), words.percent(c.holdout().conversion()));
        out.append(String.format(Locale.ROOT, "  %-22s %12s %12s %s%n", words.text("report.revenue-per-customer"),
                words.decimal(c.target().revenuePerCustomer(), 2), words.decimal(c.holdout().revenuePerCustomer(), 2), currency));
        if (c.target().buyers() == 0 && c.holdout().buyers() == 0) {
            // an interval of zeros around zero says nothing; what the marketer needs is when to look again
            out.append("  ").append(report.windowEnded() ? words.text("report.no-purchases.ended")
                    : words.text("report.no-purchases.open", words.date(report.windowEnd().toLocalDate()))).append('\n');
        } else {
            Interval conversion = c.conversionDifference();
            Interval revenue = c.revenueDifference();
            out.append("  ").append(words.text("report.conversion-difference", interval(conversion, 100, 1, words),
                    verdict(c, conversion, words))).append('\n');
            out.append("  ").append(words.text("report.revenue-difference", interval(revenue, 1, 2, words), currency,
                    verdict(c, revenue, words))).append('\n');
        }
        out.append("  ").append(words.text("report.offers", c.offersRedeemed())).append('\n');
        if (!c.tooSmall()) {
            out.append("  ").append(words.text("report.incremental", signed(c.incrementalRevenue(), 2, words, false), currency,
                    words.count("count.targets", c.target().customers()))).append('\n');
            out.append("  ").append(c.returnOnCost().isPresent()
                    ? words.text("report.return", words.decimal(c.costs().doubleValue(), 2), currency,
                            signed(100 * c.returnOnCost().getAsDouble(), 0, words, true) + " %")
                    : words.text("report.return.none")).append('\n');
        }
    }

    /** The conclusion about a difference in the marketer's words. */
    static String verdict(Comparison c, Interval difference, Words words) {
        String verdict = c.verdict(difference);
        return switch (verdict) {
            case Comparison.TOO_SMALL -> words.text("report.verdict.too-small");
            case Comparison.NO_EFFECT -> words.text("report.verdict.no-effect");
            default -> words.text(difference.estimate() > 0 ? "report.verdict.better" : "report.verdict.worse");
        };
    }

    /** English "+2.3 (95 % CI −0.4 to +5.0)", scaled (100 for percentage points). */
    static String interval(Interval interval, double scale, String format) {
        if (Double.isNaN(interval.estimate())) {
            return "n/a";
        }
        return String.format(Locale.ROOT, format, interval.estimate() * scale) + " (95 % CI "
                + String.format(Locale.ROOT, format, interval.low() * scale) + " to "
                + String.format(Locale.ROOT, format, interval.high() * scale) + ")";
    }

    /** "+2.3 (95 % CI -0.4 to +5.0)" in the marketer's language, scaled (100 for percentage points). */
    static String interval(Interval interval, double scale, int digits, Words words) {
        if (Double.isNaN(interval.estimate())) {
            return words.text("report.not-available");
        }
        return words.text("report.interval", signed(interval.estimate() * scale, digits, words, true),
                signed(interval.low() * scale, digits, words, true), signed(interval.high() * scale, digits, words, true));
    }

    private static String signed(double value, int digits, Words words, boolean plus) {
        String written = words.decimal(value, digits);
        return plus && !written.startsWith("-") ? "+" + written : written;
    }

    private static void row(StringBuilder out, String label, String target, String holdout) {
        out.append(String.format(Locale.ROOT, "  %-22s %12s %12s%n", label, target, holdout));
    }

    private static void money(StringBuilder out, String label, double amount, String currency, Words words) {
        out.append(String.format(Locale.ROOT, "  %-66s %10s %s%n", label, words.decimal(amount, 2), currency));
    }

    private static void line(StringBuilder out, String label, long count, Words words) {
        out.append(String.format(Locale.ROOT, "  %-66s %10s%n", label, words.number(count)));
    }
}
