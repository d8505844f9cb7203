package fi.kanta.retention;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Files or folders that expire, each aged by the newest file in it (a folder a run still writes to
 * is young), and deleted whole. The units are found anew each time, so a folder made since is seen.
 */
final class OldFiles implements ExpiringRows {

    private final String what;
    private final Duration keptFor;
    private final Supplier<List<Path>> units;

    OldFiles(String what, Duration keptFor, Supplier<List<Path>> units) {
        this.what = what;
        this.keptFor = keptFor;
        this.units = units;
    }

    /** Each folder under each of the parents (those that exist) is one unit. */
    static Supplier<List<Path>> foldersIn(Supplier<List<Path>> parents) {
        return () -> parents.get().stream().flatMap(parent -> children(parent).filter(Files::isDirectory)).toList();
    }

    /** Each file (at any depth) under each of the folders (those that exist) is one unit. */
    static Supplier<List<Path>> filesIn(List<Path> folders) {
        return () -> folders.stream().filter(Files::isDirectory).flatMap(folder -> {
            try (Stream<Path> files = Files.walk(folder)) {
                return files.filter(Files::isRegularFile).toList().stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    static Stream<Path> children(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String what() {
        return what;
    }

    @Override
    public Duration keptFor() {
        return keptFor;
    }

    @Override
    public long countOlderThan(Cutoff cutoff) {
        return expired(cutoff).size();
    }

    @Override
    public long removeOlderThan(Cutoff cutoff) {
        List<Path> expired = expired(cutoff);
        expired.forEach(OldFiles::delete);
        return expired.size();
    }

    private List<Path> expired(Cutoff cutoff) {
        FileTime before = FileTime.from(cutoff.at());
        return units.get().stream().filter(unit -> newest(unit).compareTo(before) < 0).toList();
    }

    /** The newest modification time of the unit: a file's own, a folder's newest file's (an empty folder's own). */
    private static FileTime newest(Path unit) {
        try (Stream<Path> paths = Files.walk(unit)) {
            // a folder's own time changes whenever a file in it is added or removed; its files say how old it is
            return paths.filter(Files::isRegularFile).map(OldFiles::modified).filter(time -> time != null)
                    .max(Comparator.naturalOrder()).orElseGet(() -> {
                        FileTime own = modified(unit);
                        return own == null ? FileTime.fromMillis(Long.MAX_VALUE) : own;
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return null; // gone meanwhile
        }
    }

    private static void delete(Path unit) {
        try (Stream<Path> paths = Files.walk(unit)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
