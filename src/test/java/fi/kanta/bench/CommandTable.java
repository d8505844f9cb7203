package fi.kanta.bench;

import fi.kanta.cli.Kanta;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs kanta commands in this JVM, as a user would run them, and keeps one table row per command:
 * how many items it handled, its wall time (start-up included), the rate and the peak heap.
 */
final class CommandTable {

    private final List<String> rows = new ArrayList<>();
    private final List<String> settings;

    /** {@code settings}: added to every command (a benchmark's pass-through {@code --kanta.*} arguments). */
    CommandTable(List<String> settings) {
        this.settings = settings;
    }

    /** Runs one command (its output goes to the console), fails the benchmark if it fails, and adds its row. */
    void run(String what, long count, List<String> connection, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(connection);
        args.addAll(settings);
        PeakHeap.reset();
        double seconds = kanta(args).seconds();
        rows.add(String.format(Locale.ROOT, "%-28s %,10d %9.1f %10.0f %8d", what, count, seconds, count / seconds, PeakHeap.megabytes()));
    }

    /** A command's wall time and what it printed. */
    record Ran(double seconds, String output) {
    }

    /** Runs one kanta command in this JVM, its output captured and also printed; fails the benchmark if the command fails. */
    static Ran kanta(List<String> args) {
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        long start = System.nanoTime();
        int exit;
        try {
            exit = Kanta.run(args.toArray(String[]::new));
        } finally {
            System.setOut(console);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String output = captured.toString(StandardCharsets.UTF_8);
        console.print(output);
        if (exit != 0) {
            throw new IllegalStateException("kanta " + String.join(" ", args) + " failed with exit code " + exit);
        }
        return new Ran(seconds, output);
    }

    /** A line of its own under the rows. */
    void note(String line) {
        rows.add(line);
    }

    /** The table, then what the numbers mean and the machine they were measured on. */
    void print(String footnote) {
        System.out.println();
        System.out.printf("%-28s %10s %9s %10s %8s%n", "what", "count", "time (s)", "per s", "heap MB");
        rows.forEach(System.out::println);
        System.out.printf("%n%s%n%s%n", footnote, Bench.machine());
    }

    /** For commands run outside the table (setting a benchmark up). */
    static void check(int exit) {
        if (exit != 0) {
            throw new IllegalStateException("a kanta command failed with exit code " + exit);
        }
    }
}
