package fi.kanta.console;

import fi.kanta.shop.ShopSettings;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The console's users ({@code console_user}): added, given a new password and removed by {@code kanta
 * user ...} (and the users page), and looked up at sign-in. Passwords are kept as spring-security-crypto
 * hashes with their algorithm's prefix ({@code {bcrypt}...}), so a stronger algorithm can follow and
 * old hashes still check. There is no default user and no default password.
 */
@Service
public class ConsoleUsers implements UserDetailsService {

    /** The shortest password taken: long enough that guessing through the throttled sign-in is hopeless. */
    public static final int SHORTEST_PASSWORD = 10;
    /** bcrypt reads the first 72 bytes only; a longer password would be silently cut, so it is refused. */
    public static final int LONGEST_PASSWORD_BYTES = 72;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");
    private static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");

    private static final String USERS = "SELECT id, name, role, language, created_at, disabled FROM console_user";
    private static final RowMapper<ConsoleUser> USER = (row, n) -> new ConsoleUser(row.getLong(1), row.getString(2),
            ConsoleRole.valueOf(row.getString(3)), row.getString(4), row.getTimestamp(5).toLocalDateTime(), row.getBoolean(6));

    private final JdbcTemplate jdbc;
    private final ShopSettings shop;
    private final Clock clock;
    private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    public ConsoleUsers(JdbcTemplate jdbc, ShopSettings shop, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.shop = shop;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    /**
     * Adds a user. The name is kept in lower case (sign-in ignores case); the language is the
     * marketer's language ({@code kanta.shop.language}) unless given.
     *
     * @throws UserRefusal naming the field when the name, language or password cannot be taken, or the name is taken
     */
    @Transactional
    public ConsoleUser add(String name, ConsoleRole role, Optional<String> language, char[] password) {
        String key = checkedName(name);
        String spoken = language.map(given -> given.strip().toLowerCase(Locale.ROOT)).orElse(shop.language());
        if (!LANGUAGES.contains(spoken)) {
            throw new UserRefusal("language", "language-unknown", "fi, sv or en, not '" + printable(spoken) + "'",
                    printable(spoken));
        }
        if (find(key).isPresent()) {
            throw new UserRefusal("name", "name-taken", "a user '" + key + "' exists already", key);
        }
        String hash = hash(password);
        jdbc.update("INSERT INTO console_user (name, password_hash, role, language, created_at) VALUES (?, ?, ?, ?, ?)",
                key, hash, role.name(), spoken, now());
        return find(key).orElseThrow();
    }

    /** Gives a user a new password. */
    @Transactional
    public ConsoleUser changePassword(String name, char[] password) {
        ConsoleUser user = existing(name);
        jdbc.update("UPDATE console_user SET password_hash = ? WHERE id = ?", hash(password), user.id());
        return user;
    }

    /** Gives a user another role; their sessions keep the old one until they sign in again. */
    @Transactional
    public ConsoleUser changeRole(String name, ConsoleRole role) {
        ConsoleUser user = existing(name);
        jdbc.update("UPDATE console_user SET role = ? WHERE id = ?", role.name(), user.id());
        return existing(name);
    }

    /** Stops or lets again a user sign in, keeping them (and their audit rows' meaning). */
    @Transactional
    public ConsoleUser disable(String name, boolean disabled) {
        ConsoleUser user = existing(name);
        jdbc.update("UPDATE console_user SET disabled = ? WHERE id = ?", disabled, user.id());
        return existing(name);
    }

    /** Removes a user; the audit keeps their id. */
    @Transactional
    public ConsoleUser remove(String name) {
        ConsoleUser user = existing(name);
        jdbc.update("DELETE FROM console_user WHERE id = ?", user.id());
        return user;
    }

    /** Every user, by name. */
    public List<ConsoleUser> list() {
        return jdbc.query(USERS + " ORDER BY name", USER);
    }

    /** The user of this name, whatever its case. */
    public Optional<ConsoleUser> find(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return jdbc.query(USERS + " WHERE name = ?", USER, key).stream().findFirst();
    }

    /** The user of this id. */
    public Optional<ConsoleUser> find(long id) {
        return jdbc.query(USERS + " WHERE id = ?", USER, id).stream().findFirst();
    }

    /** For the sign-in: the user with their password hash. */
    @Override
    public SignedInUser loadUserByUsername(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return jdbc.query("SELECT id, name, password_hash, role, language, disabled FROM console_user WHERE name = ?",
                        (row, n) -> new SignedInUser(row.getLong(1), row.getString(2), row.getString(3),
                                ConsoleRole.valueOf(row.getString(4)), row.getString(5), row.getBoolean(6)), key)
                .stream().findFirst().orElseThrow(() -> new UsernameNotFoundException("no such console user"));
    }

    /** The encoder the sign-in checks passwords with: the same that made the hashes. */
    PasswordEncoder passwordEncoder() {
        return passwords;
    }

    private ConsoleUser existing(String name) {
        return find(name).orElseThrow(() -> new UserRefusal("name", "name-unknown", "there is no user '" + printable(name) + "' (kanta user list)",
                printable(name)));
    }

    private static String checkedName(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (!NAME.matcher(key).matches()) {
            throw new UserRefusal("name", "name-form", "1 to 64 letters, digits and . _ @ - only, not '" + printable(key) + "'",
                    printable(key));
        }
        return key;
    }

    /** Hashes the password and blanks the characters given, whether or not it is taken. */
    private String hash(char[] password) {
        try {
            int bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password)).remaining();
            if (password.length < SHORTEST_PASSWORD) {
                throw new UserRefusal("password", "password-short", "at least " + SHORTEST_PASSWORD + " characters, please", SHORTEST_PASSWORD);
            }
            if (bytes > LONGEST_PASSWORD_BYTES) {
                throw new UserRefusal("password", "password-long", "at most " + LONGEST_PASSWORD_BYTES + " bytes (as many letters a-z; fewer with ä, ö or å)", LONGEST_PASSWORD_BYTES);
            }
            return passwords.encode(CharBuffer.wrap(password));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(shop.timeZone()));
    }

    /** What was typed, safe to print on one line. */
    private static String printable(String text) {
        String shown = text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 70 ? shown.substring(0, 70) + "…" : shown;
    }
}
