package fi.kanta.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The NPS report as the terminal shows it: one line per month, then the whole period. */
public final class NpsText {

    private static final String ROW = "%-8s %8s %10s %9s %11s %6s%n";

    private NpsText() {
    }

    public static String format(List<NpsMonth> months, Optional<String> campaign) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "NPS by month, %s (promoters 9-10, passives 7-8, detractors 0-6;"
                + " NPS = %% promoters - %% detractors)%n%n", campaign.map(name -> "campaign " + name).orElse("all campaigns")));
        out.append(String.format(Locale.ROOT, ROW, "month", "answers", "promoters", "passives", "detractors", "NPS"));
        months.forEach(month -> line(out, month.month().toString(), month));
        months.stream().reduce(NpsMonth::plus).ifPresent(total -> line(out, "total", total));
        return out.toString();
    }

    private static void line(StringBuilder out, String label, NpsMonth month) {
        out.append(String.format(Locale.ROOT, ROW, label, month.answers(), month.promoters(), month.passives(), month.detractors(),
                month.nps().map(nps -> nps > 0 ? "+" + nps : nps.toString()).orElse("-")));
    }
}
