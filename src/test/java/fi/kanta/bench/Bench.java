package fi.kanta.bench;

import fi.kanta.CommandLines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** What the benchmarks share: their folder under target/bench, pass-through settings, the machine line (PeakHeap measures heap). */
final class Bench {

    static final Path WORK = Path.of("target", "bench").toAbsolutePath();

    private Bench() {
    }

    /** The {@code --kanta.*} (or other {@code --}) settings among the arguments, passed on to every command. */
    static List<String> settings(String[] args) {
        return Arrays.stream(args).filter(a -> a.startsWith("--")).toList();
    }

    /** The {@code index}-th number among the arguments, or the default. */
    static int number(String[] args, int index, int otherwise) {
        return args.length > index && !args[index].startsWith("--") ? Integer.parseInt(args[index]) : otherwise;
    }

    /** An empty folder {@code target/bench/<name>}. */
    static Path fresh(String name) throws IOException {
        Path folder = WORK.resolve(name);
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return CommandLines.home(Files.createDirectories(folder));
    }

    /** The line that says what the numbers were measured on. */
    static String machine() {
        return String.format("max heap %d MB, %d cores, %s", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));
    }
}
