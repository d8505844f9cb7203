package fi.kanta.customer.importing;

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
 * every byte sequence is valid UTF-8, otherwise Windows-1252, which older Excel versions write.
 */
public record SourceFile(Path path, String sha256, Format format, Charset charset) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The file formats an import reads. */
    public enum Format { CSV, XLSX }

    /** Fails with a one-line message unless the path is a readable file; reads nothing. */
    public static void requireReadable(Path path) {
        if (!Files.exists(path)) {
            throw new ImportFileException(path + ": no such file");
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new ImportFileException(path + ": not a readable file");
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
            return new SourceFile(path, digest, format, validUtf8 ? StandardCharsets.UTF_8 : WINDOWS_1252);
        } catch (IOException e) {
            throw new ImportFileException(path + ": cannot read (" + e.getMessage() + ")", e);
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
            throw new ImportFileException(path + ": a password-protected workbook; remove the password (or save as CSV)"
                    + " and import it again");
        }
        if (ole2 || name.endsWith(".xls")) {
            throw new ImportFileException(path + ": an old binary Excel file (.xls); save it as .xlsx or CSV");
        }
        if (zip) {
            return Format.XLSX;
        }
        if (name.endsWith(".xlsx")) {
            throw new ImportFileException(path + ": named .xlsx but is not an Excel workbook (not a zip file)");
        }
        return Format.CSV;
    }

    /** A short, stable name for this file's import folder: the first 12 hex digits of its hash. */
    public String shortHash() {
        return sha256.substring(0, 12);
    }
}
