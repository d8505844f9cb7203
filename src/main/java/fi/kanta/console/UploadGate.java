package fi.kanta.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload (a multipart request) is taken from a MARKETER only, and refused before a byte of it
 * is read. The servlet container writes a multipart body to disk (out/import/incoming/) as soon as
 * anything asks for a parameter, and the CSRF check asks for its token: so this runs in the
 * console's filter chain after the session is known and before the CSRF filter, and the
 * controller's {@code @PreAuthorize} would be too late (web/RequestGuard leaves a multipart body
 * unread for the same reason). Anyone else gets 403 (not signed in: the sign-in page), with the
 * body unread.
 */
class UploadGate extends OncePerRequestFilter {

    private static final String MAY_UPLOAD = "ROLE_" + ConsoleRole.MARKETER.name();

    private final RoleHierarchy roles;

    UploadGate(RoleHierarchy roles) {
        this.roles = roles;
    }

    static boolean isUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isUpload(request) || mayUpload(SecurityContextHolder.getContext().getAuthentication())) {
            chain.doFilter(request, response);
        } else if (signedIn(SecurityContextHolder.getContext().getAuthentication())) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN);
        } else {
            response.setHeader("Location", request.getContextPath() + ConsoleSecurity.SIGN_IN);
            refuse(response, HttpServletResponse.SC_FOUND);
        }
    }

    /**
     * Answers at once and closes the connection: the answer is sent before the container would
     * read (and throw away) the rest of the body, which a client may be slow to send or never send.
     */
    static void refuse(HttpServletResponse response, int status) throws IOException {
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setContentLength(0);
        response.flushBuffer();
    }

    private boolean mayUpload(Authentication user) {
        return signedIn(user) && roles.getReachableGrantedAuthorities(user.getAuthorities()).stream()
                .anyMatch(authority -> MAY_UPLOAD.equals(authority.getAuthority()));
    }

    private static boolean signedIn(Authentication user) {
        return user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
    }
}
