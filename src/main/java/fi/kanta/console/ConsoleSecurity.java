package fi.kanta.console;

import fi.kanta.web.PublicHeaders;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The console's security, apart from the public pages' ({@code web/WebConfiguration}): its own
 * filter chain for requests on the console's port, tried before theirs. Sign-in with a form of our
 * own ({@code /console/sign-in}) against {@link ConsoleUsers}; every page needs a signed-in user and
 * each action its least role ({@code @PreAuthorize("hasRole('MARKETER')")}, ADMIN &gt; MARKETER &gt;
 * VIEWER). Sessions live in a cookie ({@code KANTA_CONSOLE}, path {@code /console/}, HttpOnly,
 * SameSite=Strict, Secure with {@code kanta.console.https}: application.properties), so the public
 * pages never get it and never set one. CSRF tokens (kept in the session) on every form, sign-out
 * included; the same Content-Security-Policy as the public pages: nothing inline.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class ConsoleSecurity {

    static final String SIGN_IN = "/console/sign-in";
    static final String SIGN_OUT = "/console/sign-out";
    /** The console's style sheet and script (static/console/): open to anyone, as the sign-in page needs them. */
    static final String[] STATIC = {"/console/console.css", "/console/refresh.js"};

    @Bean
    @Order(1)
    SecurityFilterChain console(HttpSecurity http, ConsoleServer server, ConsoleUsers users, SignIns signIns, RoleHierarchy roles)
            throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(users.passwordEncoder());
        return http
                .securityMatcher(server::isConsole)
                .authenticationManager(signIns.throttled(new ProviderManager(passwords)))
                .addFilterBefore(new UploadGate(roles), CsrfFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", SIGN_IN, PortSeparation.SHARED_STYLE).permitAll()
                        .requestMatchers(STATIC).permitAll()
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage(SIGN_IN)
                        .loginProcessingUrl(SIGN_IN)
                        .usernameParameter("name")
                        .passwordParameter("password")
                        .successHandler(signIns)
                        .failureHandler(signIns))
                .logout(signOut -> signOut
                        .logoutUrl(SIGN_OUT)
                        .addLogoutHandler(signIns)
                        .logoutSuccessUrl(SIGN_IN + "?signed-out"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(PublicHeaders.CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    /** ADMIN may do what a MARKETER may, who may do what a VIEWER may. */
    @Bean
    static RoleHierarchy consoleRoles() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(ConsoleRole.ADMIN.name()).implies(ConsoleRole.MARKETER.name())
                .role(ConsoleRole.MARKETER.name()).implies(ConsoleRole.VIEWER.name())
                .build();
    }

    /** Before Spring Security, after the request guard: a request on the wrong port is a 404. */
    @Bean
    FilterRegistrationBean<PortSeparation> portSeparation(ConsoleServer server) {
        FilterRegistrationBean<PortSeparation> registration = new FilterRegistrationBean<>(new PortSeparation(server));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST));
        return registration;
    }
}
