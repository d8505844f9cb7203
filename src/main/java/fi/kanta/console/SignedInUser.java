package fi.kanta.console;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The user a console session belongs to: kept in the session from sign-in on, so the pages know
 * the id (for the audit), the role and the language without asking the database again. The password
 * hash is erased once the sign-in is checked.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final ConsoleRole role;
    private final String language;
    private final boolean disabled;
    private String passwordHash;

    SignedInUser(long id, String name, String passwordHash, ConsoleRole role, String language, boolean disabled) {
        this.id = id;
        this.name = name;
        this.passwordHash = passwordHash;
        this.role = role;
        this.language = language;
        this.disabled = disabled;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public ConsoleRole role() {
        return role;
    }

    /** fi, sv or en. */
    public String language() {
        return language;
    }

    /** Whether this user's role is at least {@code needed}. */
    public boolean may(ConsoleRole needed) {
        return role.compareTo(needed) >= 0;
    }

    /** The same, for a template: {@code signedIn.may('ADMIN')}. */
    public boolean may(String needed) {
        return may(ConsoleRole.valueOf(needed));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return name;
    }

    @Override
    public boolean isEnabled() {
        return !disabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
