package fi.kanta.customer.importing;

import fi.kanta.words.SaidError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What an import file is, found in one pass over its bytes: its SHA-256 (the import's identity,
 * docs/architecture.md "Job identity"), its format, and for CSV its encoding: UTF-8 (with or without BOM) when
 * every byte sequence is valid UTF-8. A file that is not is looked at once more ({@link Utf8Scan}):
 * one mostly in UTF-8 (more characters of UTF-8's own multi-byte form than broken sequences) is read
 * as UTF-8 and its lines with broken bytes are rejected, so one stray byte no longer turns every
 * "Kenkä" into "KenkÃ¤"; any other is Windows-1252, which Excel on Windows writes (Finnish "CSV").
 * Either way {@code encodingNote} says so, for the screen.
 */
public record SourceFile(Path path, String sha256, Format format, Charset charset, SaidError.Part encodingNote) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The file as an import's parameters describe it (the note was shown when it started). */
    public SourceFile(Path path, String sha256, Format format, Charset charset) {
        this(path, sha256, format, charset, null);
    }

    /** The file formats an import reads. */
    public enum Format { CSV, XLSX }

    /** Fails with a one-line message unless the path is a readable file; reads nothing. */
    public static void requireReadable(Path path) {
        if (!Files.exists(path)) {
            throw ImportFileException.refused("import.file.missing", path);
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw ImportFileException.refused("import.file.unreadable", path);
        }
    }

    public static SourceFile inspect(Path path) {
        requireReadable(path);
        try (InputStream in = Files.newInputStream(path)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
            CharBuffer chars = CharBuffer.allocate(1 << 16);
            byte[] start = null;
            boolean validUtf8 = true;
            int n;
            while ((n = in.read(bytes.array(), bytes.position(), bytes.remaining())) != -1) {
                sha.update(bytes.array(), bytes.position(), n);
                bytes.position(bytes.position() + n);
                if (start == null) {
                    start = java.util.Arrays.copyOf(bytes.array(), Math.min(bytes.position(), 8));
                }
                bytes.flip();
                if (validUtf8) {
                    validUtf8 = !decode(utf8, bytes, chars, false);
                }
                bytes.compact();
                if (!validUtf8) {
                    bytes.clear();
                }
            }
            bytes.flip();
            if (validUtf8) {
                validUtf8 = !decode(utf8, bytes, chars, true);
            }
            String digest = HexFormat.of().formatHex(sha.digest());
            Format format = formatOf(path, start == null ? new byte[0] : start);
            if (validUtf8 || format != Format.CSV) {
                return new SourceFile(path, digest, format, StandardCharsets.UTF_8);
            }
            Utf8Scan scan = Utf8Scan.of(path);
            if (scan.mostlyUtf8()) {
                return new SourceFile(path, digest, format, StandardCharsets.UTF_8, new SaidError.Part(
                        scan.badLines() == 1 ? "import.encoding.mixed.one" : "import.encoding.mixed.many", (long) scan.badLines(),
                        String.valueOf(scan.firstBadLine())));
            }
            return new SourceFile(path, digest, format, WINDOWS_1252, new SaidError.Part("import.encoding.windows",
                    String.valueOf(scan.firstBadLine())));
        } catch (IOException e) {
            throw ImportFileException.refused(e, "import.file.cannot-read", path, e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Decodes what is in {@code bytes}; true when the bytes are not UTF-8. */
    private static boolean decode(CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars, boolean end) {
        while (true) {
            CoderResult result = decoder.decode(bytes, chars, end);
            chars.clear();
            if (result.isError()) {
                return true;
            }
            if (result.isUnderflow()) {
                return false;
            }
        }
    }

    private static Format formatOf(Path path, byte[] start) {
        boolean zip = start.length >= 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
        boolean ole2 = start.length >= 4 && (start[0] & 0xff) == 0xD0 && (start[1] & 0xff) == 0xCF
                && (start[2] & 0xff) == 0x11 && (start[3] & 0xff) == 0xE0;
        String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (ole2 && name.endsWith(".xlsx")) { // Excel wraps a password-protected .xlsx in an OLE2 container
            throw ImportFileException.refused("import.file.password", path);
        }
        if (ole2 || name.endsWith(".xls")) {
            throw ImportFileException.refused("import.file.xls", path);
        }
        if (zip) {
            return Format.XLSX;
        }
        if (name.endsWith(".xlsx")) {
            throw ImportFileException.refused("import.file.not-zip", path);
        }
        return Format.CSV;
    }

    /**
     * How much of a file that is not valid UTF-8 is UTF-8 after all: characters in UTF-8's multi-byte
     * form, broken sequences, the lines they are on. Lines are counted by line feeds, as an editor
     * shows them.
     */
    record Utf8Scan(long multiByte, long broken, long badLines, long firstBadLine) {

        boolean mostlyUtf8() {
            return multiByte > broken;
        }

        static Utf8Scan of(Path path) throws IOException {
            long multiByte = 0;
            long broken = 0;
            long badLines = 0;
            long firstBadLine = 0;
            long line = 1;
            long lastBadLine = 0;
            int expected = 0; // continuation bytes still to come
            byte[] buffer = new byte[1 << 16];
            try (InputStream in = Files.newInputStream(path)) {
                for (int n; (n = in.read(buffer)) != -1; ) {
                    for (int i = 0; i < n; i++) {
                        int b = buffer[i] & 0xff;
                        boolean bad = false;
                        if (expected > 0 && (b & 0xC0) == 0x80) {
                            if (--expected == 0) {
                                multiByte++;
                            }
                            continue;
                        }
                        if (expected > 0) { // a sequence cut short; this byte starts afresh
                            bad = true;
                            expected = 0;
                        }
                        if (b >= 0xC2 && b <= 0xF4) {
                            expected = b < 0xE0 ? 1 : b < 0xF0 ? 2 : 3;
                        } else if (b >= 0x80) {
                            bad = true;
                        }
                        if (bad) {
                            broken++;
                            if (lastBadLine != line) {
                                badLines++;
                                lastBadLine = line;
                                firstBadLine = firstBadLine == 0 ? line : firstBadLine;
                            }
                        }
                        if (b == '\n') {
                            line++;
                        }
                    }
                }
            }
            if (expected > 0) { // the file ends inside a sequence
                broken++;
                if (lastBadLine != line) {
                    badLines++;
                    firstBadLine = firstBadLine == 0 ? line : firstBadLine;
                }
            }
            return new Utf8Scan(multiByte, broken, badLines, firstBadLine);
        }
    }

    /** A short, stable name for this file's import folder: the first 12 hex digits of its hash. */
    public String shortHash() {
        return sha256.substring(0, 12);
    }
}
