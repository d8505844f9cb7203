package fi.kanta.bench;

import fi.kanta.render.CampaignTemplates;
import fi.kanta.render.RenderedEmail;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Two (or more) template folders' win-back email rendered against each other in one JVM, on one thread: in
 * rounds, the folders' order turned every round, each round's CPU time per email kept, and the median and
 * the least of the rounds printed, with the characters written and the bytes allocated an email (the last
 * round's; the made-up recipient's model included, the same for every folder). A change of a few microseconds an email (a row's attributes, an expression's form) shows here
 * where one run of the send benchmark varies by more than that.
 * Run with {@code bench/render-benchmark compare FOLDER FOLDER… [emails a round] [rounds]}.
 */
final class TemplateComparison {

    private TemplateComparison() {
    }

    static void run(List<String> args) {
        List<Path> folders = args.stream().filter(arg -> !arg.matches("\\d+")).map(Path::of).toList();
        String[] numbers = args.stream().filter(arg -> arg.matches("\\d+")).toArray(String[]::new);
        if (folders.isEmpty()) {
            throw new IllegalArgumentException("compare needs template folders: compare templates ../my-templates [EMAILS [ROUNDS]]");
        }
        int emails = Bench.number(numbers, 0, 3_000);
        int rounds = Bench.number(numbers, 1, 16);
        List<CampaignTemplates> templates = new ArrayList<>();
        for (Path folder : folders) {
            CampaignTemplates winBack = CampaignTemplates.open(folder, "win-back");
            winBack.check();
            RenderBenchmark.recipients(20_000, true).forEach(winBack::email); // warm-up: templates compiled, JIT
            templates.add(winBack);
        }
        double[][] micros = new double[templates.size()][rounds];
        long[] chars = new long[templates.size()];
        long[] allocated = new long[templates.size()];
        com.sun.management.ThreadMXBean thread = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < templates.size(); k++) {
                int which = round % 2 == 0 ? k : templates.size() - 1 - k;
                long cpu = thread.getCurrentThreadCpuTime();
                long bytes = thread.getCurrentThreadAllocatedBytes();
                long written = 0;
                for (Map<String, Object> recipient : RenderBenchmark.recipients(emails, true)) {
                    RenderedEmail email = templates.get(which).email(recipient);
                    written += email.html().length() + email.text().length();
                }
                micros[which][round] = (thread.getCurrentThreadCpuTime() - cpu) / 1e3 / emails;
                allocated[which] = (thread.getCurrentThreadAllocatedBytes() - bytes) / emails;
                chars[which] = written / emails;
            }
        }
        System.out.printf(Locale.ROOT, "win-back email with three picks, %,d emails a round, %d rounds, CPU µs an email on one thread%n",
                emails, rounds);
        System.out.printf(Locale.ROOT, "%-40s %8s %8s %8s %10s%n", "templates", "median", "least", "chars", "allocated");
        for (int k = 0; k < templates.size(); k++) {
            double[] sorted = micros[k].clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "%-40s %8.1f %8.1f %,8d %,8d B%n", folders.get(k), sorted[rounds / 2], sorted[0], chars[k],
                    allocated[k]);
        }
    }
}
