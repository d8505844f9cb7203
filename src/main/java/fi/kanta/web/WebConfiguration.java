package fi.kanta.web;

import fi.kanta.links.ClickLinks;
import fi.kanta.links.FeedbackLinks;
import fi.kanta.links.PreferenceLinks;
import fi.kanta.links.SignupLinks;
import fi.kanta.links.UnsubscribeLinks;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The web application of {@code kanta serve}. Security: the token-signed public pages
 * ({@code /unsubscribe/**}, {@code /feedback/**}, {@code /preferences/**}, a letter's short
 * address {@code /p/**} and a counted link {@code /c/**}) and their style sheets ({@code /web/**}) are open
 * to anyone and exempt from CSRF. The signed token in the URL is the authorisation, and CSRF guards
 * ambient authority (a cookie or session the browser adds by itself) that these pages do not have:
 * a forging site would need the customer's unguessable token, and with it could post anyway. RFC
 * 8058's one-click POST comes from a mail provider with no cookie and no CSRF token, and a CSRF
 * token in the feedback form would need a session or a cookie, which the pages never set. Every
 * The sign-up form ({@code /signup}) is open and exempt too: it acts for nobody signed in (there is
 * no one to forge a request on behalf of), the shop's own site posts it from another origin, and
 * what it starts is only an email asking the address's owner to confirm ({@code /subscribe/**}, a
 * signed link like the others). Every
 * other path is denied, and keeps CSRF checks (against a token kept nowhere, so a POST without one
 * is refused and nothing is stored). The marketer console has a port and a filter chain of its own
 * ({@code fi.kanta.console.ConsoleSecurity}), tried before this one.
 *
 * <p>These pages keep no session, and none is ever sent from them: this chain is stateless and
 * nothing here asks for one. The console's sessions (cookie only, no URL rewriting:
 * {@code server.servlet.session.*} in application.properties) live under {@code /console/}, a path
 * these pages never have. Every response, Tomcat's own error answers
 * included, carries {@link PublicHeaders}; a request the application cannot read is a 400
 * ({@link RequestGuard}), never a 500, and {@code /error} is reachable only as an error dispatch.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebConfiguration {

    static final String[] PUBLIC_PAGES = {UnsubscribeLinks.PATH + "**", FeedbackLinks.PATH + "**", PreferenceLinks.PATH + "**",
        PreferenceLinks.SHORT_PATH + "**", SignupLinks.PATH + "**", SignupPage.PATH, ClickLinks.PATH + "**", "/web/**"};

    @Bean
    SecurityFilterChain publicPages(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        // Spring's error page answers only for an error that happened; asked for directly it is denied
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers(PUBLIC_PAGES).csrfTokenRepository(new KeptNowhere()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(PublicHeaders.CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    /** First of all filters, on requests and error dispatches alike. */
    @Bean
    FilterRegistrationBean<RequestGuard> requestGuard() {
        FilterRegistrationBean<RequestGuard> registration = new FilterRegistrationBean<>(new RequestGuard());
        // after the character encoding filter (the highest precedence), so forms are read as UTF-8
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
        return registration;
    }

    /**
     * Tomcat's error report valve replaced by {@link QuietErrorReports}, after Spring Boot's own
     * customizers (which add a plain ErrorReportValve): it is removed, and ours is the host's.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> quietErrorReports() {
        return new WebServerFactoryCustomizer<>() {
            @Override
            public void customize(TomcatServletWebServerFactory factory) {
                factory.addContextCustomizers(context -> {
                    StandardHost host = (StandardHost) context.getParent();
                    for (Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve && !(valve instanceof QuietErrorReports)) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.setErrorReportValveClass(QuietErrorReports.class.getName());
                    host.getPipeline().addValve(new QuietErrorReports());
                });
            }
        };
    }

    @Bean
    LocaleResolver localeResolver() {
        return new CustomerLanguage();
    }

    /** CSRF tokens made for each check and kept nowhere: a request can never match one, and no session is opened. */
    private static final class KeptNowhere implements CsrfTokenRepository {

        private final CsrfTokenRepository tokens = new HttpSessionCsrfTokenRepository();

        @Override
        public CsrfToken generateToken(HttpServletRequest request) {
            return tokens.generateToken(request);
        }

        @Override
        public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        }

        @Override
        public CsrfToken loadToken(HttpServletRequest request) {
            return null;
        }
    }
}
