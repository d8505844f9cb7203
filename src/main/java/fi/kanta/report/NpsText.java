package fi.kanta.report;

import fi.kanta.words.Words;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The NPS report as the terminal shows it: one line per month, then the whole period. */
public final class NpsText {

    private static final String ROW = "%-8s %8s %10s %9s %11s %6s%n";

    private NpsText() {
    }

    /** The report in English. */
    public static String format(List<NpsMonth> months, Optional<String> campaign) {
        return format(months, campaign, Words.english(java.time.ZoneOffset.UTC));
    }

    /** The report in the marketer's language. */
    public static String format(List<NpsMonth> months, Optional<String> campaign, Words words) {
        StringBuilder out = new StringBuilder();
        out.append(words.text("nps.title", campaign.map(name -> words.text("nps.campaign", name)).orElse(words.text("nps.all"))))
                .append("\n\n");
        out.append(String.format(Locale.ROOT, ROW, words.text("nps.month"), words.text("nps.answers"), words.text("nps.promoters"),
                words.text("nps.passives"), words.text("nps.detractors"), "NPS"));
        months.forEach(month -> line(out, month.month().toString(), month, words));
        months.stream().reduce(NpsMonth::plus).ifPresent(total -> line(out, words.text("nps.total"), total, words));
        return out.toString();
    }

    private static void line(StringBuilder out, String label, NpsMonth month, Words words) {
        out.append(String.format(Locale.ROOT, ROW, label, words.number(month.answers()), words.number(month.promoters()),
                words.number(month.passives()), words.number(month.detractors()),
                month.nps().map(nps -> nps > 0 ? "+" + nps : nps.toString()).orElse("-")));
    }
}
