package fi.kanta.links;

import fi.kanta.KantaHome;
import fi.kanta.SecretFile;
import fi.kanta.UserError;
import fi.kanta.words.SaidError;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/**
 * The key that signs unsubscribe links: {@code kanta.web.secret} when set, otherwise 32 random
 * bytes generated once into {@code <home>/data/web-secret} (readable by its owner only), so links
 * already sent stay valid across restarts. Read on first use only: commands that make no links
 * never create the file.
 */
@Component
public class LinkSecret {

    public static final String FILE = "web-secret";
    private static final int MIN_CONFIGURED_LENGTH = 32;

    private final LinkSettings settings;
    private final Path file;
    private volatile byte[] key;

    public LinkSecret(LinkSettings settings, KantaHome home) {
        this.settings = settings;
        this.file = home.home().resolve("data").resolve(FILE);
    }

    /** The key; a configured one too short to be safe, or an unreadable file, is a {@link UserError}. */
    public byte[] key() {
        byte[] loaded = key;
        if (loaded == null) {
            synchronized (this) {
                if (key == null) {
                    key = load();
                }
                loaded = key;
            }
        }
        return loaded;
    }

    /** The file the secret was generated into, for {@code kanta serve} to print; empty when {@code kanta.web.secret} sets it. */
    public java.util.Optional<Path> generatedInto() {
        return settings.secret() != null ? java.util.Optional.empty() : java.util.Optional.of(file);
    }

    private byte[] load() {
        if (settings.secret() != null) {
            if (settings.secret().length() < MIN_CONFIGURED_LENGTH) {
                throw new SaidError("links.secret-short", MIN_CONFIGURED_LENGTH, "data/" + FILE);
            }
            return settings.secret().getBytes(StandardCharsets.UTF_8);
        }
        try {
            return SecretFile.readOrGenerate(file, "link secret");
        } catch (UserError e) {
            throw new SaidError(e, "links.secret-unusable", file);
        }
    }
}
