package fi.kanta.bench;

import fi.kanta.picks.PicksInMessages;
import fi.kanta.render.Brand;
import fi.kanta.render.CampaignTemplates;
import fi.kanta.render.LetterPrintFiles;
import fi.kanta.render.PrintFile;
import fi.kanta.render.RenderedEmail;
import fi.kanta.render.Sender;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The render benchmark (not a test): renders the shipped win-back email for many recipients
 * (subject, HTML and text), with three picks shown and without picks in turns (the rendering CPU per
 * email of each, and their ratio: what the picks add to the JVM's part of sending), and prints as many
 * letters into PDF files, and prints rates, file sizes and the peak heap. Recipients are made on the fly, as a database cursor would hand them over.
 * Run with bench/render-benchmark (which sets -Xmx512m).
 *
 * <p>Arguments: emails (default 10,000), letters (default 5,000), letters per file (default 500); or
 * {@code compare} and template folders to render against each other ({@link TemplateComparison}).
 */
public final class RenderBenchmark {

    private static final String[] FIRST = {"Aino", "Åsa", "Erik", "Emma", "Dmitri", "Νίκος", "Väinö", "Sofia"};
    private static final String[] LAST = {"Virtanen", "Öhman", "Lindqvist", "Jones", "Иванов", "Παπαδόπουλος", "Mäkelä"};
    private static final String[] LANGUAGES = {"fi", "sv", "en"};
    private static final String[] CATEGORIES = {"Garden", "Books", "Kitchen", null};

    /** Per-product pick values as the send reads them (PicksInMessages): shared by the customers they are picked for. */
    private static final List<Map<String, Object>> CATALOGUE = catalogue(2_000);

    private final List<String> rows = new ArrayList<>();
    private final double[] cpuPerEmail = new double[2];

    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("compare")) {
            TemplateComparison.run(List.of(args).subList(1, args.length));
            return;
        }
        int emails = Bench.number(args, 0, 10_000);
        int letters = Bench.number(args, 1, 5_000);
        int perFile = Bench.number(args, 2, 500);
        RenderBenchmark bench = new RenderBenchmark();
        CampaignTemplates winBack = CampaignTemplates.open(Path.of("templates"), "win-back");
        winBack.check();
        // in turns, so that neither kind always runs on the less warmed-up code
        for (int turn = 0; turn < 2; turn++) {
            bench.emails(winBack, emails, turn == 1);
            bench.emails(winBack, emails, turn == 0);
        }
        bench.ratio();
        if (letters > 0) {
            bench.letters(winBack, letters, perFile, Bench.fresh("render"));
        }
        bench.print();
    }

    private void emails(CampaignTemplates winBack, int count, boolean withPicks) {
        recipients(10_000, true).forEach(winBack::email); // warm-up: templates compiled, JIT
        recipients(10_000, false).forEach(winBack::email);
        resetPeakHeap();
        long bytes = 0;
        long cpu = cpuNanos();
        long start = System.nanoTime();
        for (Map<String, Object> recipient : recipients(count, withPicks)) {
            RenderedEmail email = winBack.email(recipient);
            bytes += email.html().length() + email.text().length();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (cpuNanos() - cpu) / 1e9;
        cpuPerEmail[withPicks ? 1 : 0] += cpuSeconds / count / 2;
        rows.add(String.format(Locale.ROOT, "%-36s %,9d %9.1f %9.1f %,10.0f/s %,12.0f/s %,8d %-8s %,8d",
                withPicks ? "win-back emails, three picks shown" : "win-back emails, no picks", count, seconds, cpuSeconds, count / seconds, count / cpuSeconds,
                bytes / count, "chars", peakHeapMb()));
    }

    private void letters(CampaignTemplates winBack, int count, int perFile, Path folder) throws IOException {
        new LetterPrintFiles(winBack).write(Bench.fresh("render-warm-up"), recipients(50, true), 50);
        resetPeakHeap();
        long cpu = cpuNanos();
        long start = System.nanoTime();
        List<PrintFile> files = new LetterPrintFiles(winBack).write(folder, recipients(count, true), perFile);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (cpuNanos() - cpu) / 1e9;
        int pages = files.stream().mapToInt(PrintFile::pages).sum();
        long bytes = 0;
        for (PrintFile file : files) {
            bytes += Files.size(file.file());
        }
        rows.add(String.format(Locale.ROOT, "%-36s %,9d %9.1f %9.1f %,10.0f/s %,12.0f/s %,8d %-8s %,8d",
                "win-back letters → PDF pages", pages, seconds, cpuSeconds, pages / seconds, pages / cpuSeconds,
                bytes / files.size() / 1024, "KB/file", peakHeapMb()));
        rows.add(String.format(Locale.ROOT, "  %d letters in %d files of up to %d letters, %.1f MB in all, %.1f KB per letter",
                count, files.size(), perFile, bytes / 1048576.0, bytes / 1024.0 / count));
    }

    private void ratio() {
        rows.add(String.format(Locale.ROOT, "  rendering CPU per email: %.0f µs with picks, %.0f µs without: %.2f times",
                cpuPerEmail[1] * 1e6, cpuPerEmail[0] * 1e6, cpuPerEmail[1] / cpuPerEmail[0]));
    }

    /** Recipients made when asked for, so the list itself holds nothing; with ten picks each, or none. */
    static List<Map<String, Object>> recipients(int count, boolean withPicks) {
        return new AbstractList<>() {
            @Override
            public Map<String, Object> get(int i) {
                Map<String, Object> recipient = recipient(i);
                recipient.put("picks", withPicks ? picks(i) : List.of());
                return recipient;
            }

            @Override
            public int size() {
                return count;
            }
        };
    }

    private static Map<String, Object> recipient(int i) {
        String first = FIRST[i % FIRST.length];
        String last = LAST[i % LAST.length];
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("externalId", "C-" + i);
        customer.put("firstName", first);
        customer.put("lastName", last);
        customer.put("fullName", first + " " + last);
        customer.put("email", "c" + i + "@example.com");
        customer.put("phone", null);
        customer.put("street", "Esimerkkikatu " + (i % 97 + 1) + " B " + (i % 30 + 1));
        customer.put("postalCode", String.format("%05d", i % 99_999));
        customer.put("city", i % 5 == 0 ? "Göteborg" : "Jyväskylä");
        customer.put("country", i % 5 == 0 ? "SE" : "FI");
        customer.put("language", LANGUAGES[i % LANGUAGES.length]);
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("code", String.format("WB-%04X-%04X-%04X", i, i * 31 & 0xFFFF, i * 17 & 0xFFFF));
        offer.put("favouriteCategory", CATEGORIES[i % CATEGORIES.length]);
        offer.put("lastPurchase", LocalDate.of(2025, 1, 1).plusDays(i % 300));
        offer.put("valueTier", "gold");
        offer.put("reward", 1);
        offer.put("rewardCategory", null);
        offer.put("discount", "20 %");
        offer.put("validUntil", LocalDate.of(2026, 12, 31));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("customer", customer);
        model.put("offer", offer);
        model.put("score", Map.of("rfmSegment", "at risk"));
        model.put("campaign", Map.of("name", "win-back", "description", "benchmark", "runKey", "2026-W48"));
        model.put("links", Map.of("unsubscribe", "https://shop.example.com/u/" + i + "/Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0"));
        model.put("brand", new Brand("", 160, 48, "#7a3e1d", Map.of()).model("https://shop.example.com"));
        model.put("sender", new Sender("Puoti Oy", "Kauppakatu 3", "33100", "Tampere", "FI", "uutiset@puoti.example").model());
        return model;
    }

    private static List<Map<String, Object>> picks(int i) {
        List<Map<String, Object>> picks = new ArrayList<>();
        for (int rank = 0; rank < 10; rank++) {
            picks.add(CATALOGUE.get((i * 7 + rank * 131) % CATALOGUE.size()));
        }
        return List.copyOf(picks);
    }

    private static List<Map<String, Object>> catalogue(int size) {
        List<Map<String, Object>> products = new ArrayList<>();
        for (int p = 0; p < size; p++) {
            BigDecimal price = BigDecimal.valueOf(990 + p * 37L % 20_000, 2);
            Map<String, Object> pick = new LinkedHashMap<>();
            pick.put("name", "Tuote " + p + " – " + CATEGORIES[p % 3]);
            pick.put("category", CATEGORIES[p % 3]);
            pick.put("price", price);
            pick.put("currency", "EUR");
            pick.put("priceText", PicksInMessages.priceText(price, "EUR", LANGUAGES[p % LANGUAGES.length]));
            pick.put("link", "https://shop.example.com/p/" + p);
            pick.put("image", "https://shop.example.com/img/" + p + ".jpg");
            pick.put("sku", "SKU-" + p);
            products.add(Collections.unmodifiableMap(pick));
        }
        return products;
    }

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void resetPeakHeap() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one moment. */
    private static long peakHeapMb() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private void print() {
        System.out.println();
        System.out.printf("%-36s %9s %9s %9s %12s %14s %17s %8s%n", "what", "count", "wall (s)", "cpu (s)", "wall rate",
                "rate per CPU s", "size", "heap MB");
        rows.forEach(System.out::println);
        System.out.printf("%ncpu = CPU time of the rendering thread (the rate per CPU second does not depend on other load on"
                + " the machine; load average now %.1f).%nheap MB = sum of the heap pools' peaks during the step (an upper"
                + " bound).%n%s%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Bench.machine());
    }
}
