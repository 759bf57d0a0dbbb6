package fi.taitoura.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fi.taitoura.security.ui.LoginView;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/** Sign-in with accounts from the database; see docs/adr/0004-security.md. */
@Configuration
@EnableWebSecurity
// @PreAuthorize on services only: the views' @RolesAllowed/@PermitAll are checked by Vaadin's navigation access
// control before a view is created; as method security they made Spring proxy every view (ADR 0040)
@EnableMethodSecurity
public class SecurityConfig {

    /**
     * The browser may run only this site's scripts and styles (Vaadin needs inline styles and {@code eval} for its
     * client engine), talk only to this site, and never be framed.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication // not in ./run COMMAND mode
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil requestUtil,
                                            OneTimeTokenService oneTimeCodes, UserDetailsService userDetails,
                                            LoginAttemptService attempts, ApplicationEventPublisher events,
                                            PasskeyRelyingParty relyingParty,
                                            ObjectProvider<AuthenticationEventPublisher> authenticationEvents,
                                            ObjectProvider<SecurityContextHolderStrategy> contextStrategy)
            throws Exception {
        // Vaadin makes its session-aware strategy the global one only after all singletons exist, i.e. after this
        // chain is built; Spring's WebAuthn filters take the global strategy when they are made (the registration
        // options filter has no setter) and would see nobody signed in ("400"). Set it now: the same instance.
        contextStrategy.ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        // No actuator: nothing under /actuator is permitted (it does not exist).
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/images/**", "/verify/**", "/share/**", "/badges/**", "/error")
                .permitAll());
        http.headers(h -> h.frameOptions(f -> f.deny())
                .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY))
                .crossOriginOpenerPolicy(c -> c.policy(
                        CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy.SAME_ORIGIN))
                // Vaadin's pages are served through a servlet forward, which commits the response past Spring's
                // response wrapper: write the headers before the request goes on, or they are lost.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        // CSRF everywhere except Vaadin's own requests (which carry their own security key): unlike Vaadin's default,
        // the sign-in form is not exempt (the form sends the token from the page's _csrf meta tags).
        http.csrf(c -> c.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        // A trainee's first sign-in (issue #16, ADR 0025): Spring Security's one-time-token login with the code the
        // coach handed over, typed on /activate and posted to /login/ott. Codes are made only from the trainee's
        // page (the user feature's OneTimeTokenService); Spring's own "send me a code" endpoint answers "not found".
        // Wrong codes are throttled per client address like passwords (ThrottlingOneTimeTokenProvider); a blocked
        // attempt is sent back to /activate?blocked=<minutes> with a plain message.
        http.oneTimeTokenLogin(ott -> ott.tokenService(oneTimeCodes)
                .authenticationProvider(new ThrottlingOneTimeTokenProvider(oneTimeCodes, userDetails, attempts, events))
                .tokenGeneratingUrl("/login/ott/generate")
                .tokenGenerationSuccessHandler((request, response, token) -> response.sendError(404))
                .showDefaultSubmitPage(false)
                // the sign-in page stays /login for everyone (entry point, sign-out); /activate is a public view
                .loginPage("/login")
                .loginProcessingUrl("/login/ott")
                .authenticationSuccessHandler(new SimpleUrlAuthenticationSuccessHandler("/me/password"))
                .authenticationFailureHandler((request, response, exception) -> response.sendRedirect(
                        request.getContextPath() + (exception instanceof LoginThrottledException t
                                ? "/activate?blocked=" + Math.max(1, (t.getSeconds() + 59) / 60) : "/activate?error"))));
        // Passkeys (ADR 0033): Spring Security's WebAuthn support over the user feature's JDBC credential store. The
        // ceremonies are run by a small script (scripts/passkeys.js) from the sign-in page and the trainee's
        // "Sign-in methods" page; Spring's own registration page is off. The sign-in keeps Spring's filter and JSON
        // answer, but the account must be active and the principal is our TaitouraPrincipal
        // (PasskeyAuthenticationProvider); the session id and the CSRF token are renewed on sign-in as for a form.
        http.webAuthn(w -> w.rpName("Taitoura").rpId(relyingParty.rpId()).allowedOrigins(relyingParty.origins())
                .disableDefaultRegistrationPage(true)
                .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                    @Override
                    public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                        ProviderManager manager = new ProviderManager(
                                new PasskeyAuthenticationProvider(relyingParty, userDetails, events));
                        authenticationEvents.ifAvailable(manager::setAuthenticationEventPublisher);
                        filter.setAuthenticationManager(manager);
                        filter.setSessionAuthenticationStrategy(new CompositeSessionAuthenticationStrategy(List.of(
                                new ChangeSessionIdAuthenticationStrategy(),
                                new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository()))));
                        return filter;
                    }
                }));
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/scripts/**").permitAll());
        // Vaadin 25 denies any other address (403, which Chromium shows as its own English "HTTP ERROR 403"). A
        // signed-in user's mistyped address goes to Vaadin's router instead, which shows our not-found page; an
        // anonymous one is sent to sign in, as for any view (issue 13).
        return http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class)
                .enableCsrfConfiguration(false).anyRequest(a -> a.authenticated())).build();
    }

    /** The relying party of passkeys: see {@link PasskeyRelyingParty}. */
    @Bean
    PasskeyRelyingParty passkeyRelyingParty(PublicKeyCredentialUserEntityRepository userEntities,
                                            UserCredentialRepository credentials,
                                            @Value("${taitoura.public-url:http://localhost:8080}") String publicUrl,
                                            @Value("${taitoura.passkeys.extra-origins:}") List<String> extraOrigins) {
        return new PasskeyRelyingParty(userEntities, credentials, publicUrl, extraOrigins);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService userDetails, SignInAccounts accounts,
                                                  PasswordEncoder encoder, LoginAttemptService attempts,
                                                  ApplicationEventPublisher events) {
        // sign-ins and refused attempts are recorded by the audit module (audit.SignInAudit)
        return new ThrottlingAuthenticationProvider(userDetails, accounts, encoder, attempts, events);
    }
}
