package fi.kanta.web;

import fi.kanta.links.FeedbackLinks;
import fi.kanta.links.UnsubscribeLinks;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The web application of {@code kanta serve}. Security: the token-signed public pages
 * ({@code /unsubscribe/**}, {@code /feedback/**}) are open to anyone and exempt from CSRF. The
 * signed token in the URL is the authorisation, and CSRF guards ambient authority (a cookie or
 * session the browser adds by itself) that these pages do not have: a forging site would need the
 * customer's unguessable token, and with it could post anyway. RFC 8058's one-click POST comes
 * from a mail provider with no cookie and no CSRF token, and a CSRF token in the feedback form
 * would need a session or a cookie, which the pages never set. Every other path is denied until
 * the marketer console brings its own login, and keeps Spring Security's defaults (CSRF,
 * headers). Nothing keeps a session.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebConfiguration {

    static final String[] PUBLIC_PAGES = {UnsubscribeLinks.PATH + "**", FeedbackLinks.PATH + "**"};

    @Bean
    SecurityFilterChain publicPages(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers(PUBLIC_PAGES))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // the token in the address must not travel to any other site
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    /** No users yet: nobody can log in (and Spring Boot generates no password) until the console arrives. */
    @Bean
    UserDetailsService nobody() {
        return new InMemoryUserDetailsManager();
    }

    @Bean
    LocaleResolver localeResolver() {
        return new CustomerLanguage();
    }
}
