package fi.kanta.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * What a sign-in, a failed one and a sign-out leave behind: an audit row each (a failed sign-in
 * under a user's name names that user's id; under a name no user has, nobody), and the throttle's
 * count. After signing in, the user goes where they were going, or home.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SignIns implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutHandler {

    private final Audit audit;
    private final ConsoleUsers users;
    private final SignInThrottle throttle;
    private final SavedRequestAwareAuthenticationSuccessHandler onward = new SavedRequestAwareAuthenticationSuccessHandler();

    SignIns(Audit audit, ConsoleUsers users, SignInThrottle throttle) {
        this.audit = audit;
        this.users = users;
        this.throttle = throttle;
        onward.setDefaultTargetUrl("/console/");
    }

    /** The sign-in's check of name and password, slowed down after failures ({@link SignInThrottle}). */
    AuthenticationManager throttled(AuthenticationManager passwords) {
        return throttle.around(passwords);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication signedIn)
            throws IOException, jakarta.servlet.ServletException {
        SignedInUser user = (SignedInUser) signedIn.getPrincipal();
        audit.recordFor(user.id(), "sign-in", null);
        throttle.succeeded(user.name(), request.getRemoteAddr());
        onward.onAuthenticationSuccess(request, response, signedIn);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String name = request.getParameter("name");
        audit.recordFor(users.find(name).map(ConsoleUser::id).orElse(null), "sign-in-failed", null);
        throttle.failed(name, request.getRemoteAddr());
        response.sendRedirect(request.getContextPath() + ConsoleSecurity.SIGN_IN + "?failed");
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication signedIn) {
        if (signedIn != null && signedIn.getPrincipal() instanceof SignedInUser user) {
            audit.recordFor(user.id(), "sign-out", null);
        }
    }
}
