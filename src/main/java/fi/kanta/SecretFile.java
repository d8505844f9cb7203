package fi.kanta;

import fi.kanta.words.SaidError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A secret key kept in a file of the home's {@code data/} folder: 32 random bytes generated once
 * (readable by its owner only) and read back ever after, so what it signed or hashed stays valid
 * across restarts. The link secret ({@code data/web-secret}) and the erasure secret
 * ({@code data/erasure-secret}) are two such files.
 */
public final class SecretFile {

    private static final int GENERATED_BYTES = 32;

    private SecretFile() {
    }

    /** The file's key, generating it first when there is none; {@code what} names it in errors. */
    public static byte[] readOrGenerate(Path file, String what) {
        try {
            if (!Files.exists(file)) {
                generate(file);
            }
            byte[] stored = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (stored.length < GENERATED_BYTES) {
                throw new SaidError("secret.unusable", file, what);
            }
            return stored;
        } catch (IOException | IllegalArgumentException e) {
            throw new SaidError(e, "secret.unreadable", file, what, e.getMessage());
        }
    }

    /**
     * Writes a new secret to a private temporary file and links it into place, which fails if
     * another process (serve and a run, say) created one meanwhile: then theirs is used.
     */
    private static void generate(Path file) throws IOException {
        byte[] secret = new byte[GENERATED_BYTES];
        new SecureRandom().nextBytes(secret);
        Files.createDirectories(file.getParent());
        String name = file.getFileName().toString();
        Path temporary = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? Files.createTempFile(file.getParent(), name, ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(file.getParent(), name, ".tmp");
        try {
            Files.writeString(temporary, Base64.getEncoder().encodeToString(secret) + "\n", StandardCharsets.US_ASCII);
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException theirs) {
            // another process won the race; its secret is the one
        } catch (UnsupportedOperationException noHardLinks) {
            Files.move(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
