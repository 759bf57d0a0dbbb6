package fi.taitoura.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fi.taitoura.security.ui.LoginView;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/** Sign-in with accounts from the database; see docs/adr/0004-security.md. */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
public class SecurityConfig {

    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication // not in ./run COMMAND mode
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/images/**", "/verify/**", "/badges/**", "/actuator/health").permitAll());
        http.headers(h -> h.frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService userDetailsService, PasswordEncoder encoder,
                                                  LoginAttemptService attempts) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(userDetailsService);
        dao.setPasswordEncoder(encoder);
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) throws AuthenticationException {
                long blocked = attempts.secondsBlocked(authentication.getName());
                if (blocked > 0) {
                    throw new LoginThrottledException(blocked);
                }
                return dao.authenticate(authentication);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return dao.supports(authentication);
            }
        };
    }

    /** Sign-ins count against the throttle; the audit module records them in the log (audit.SignInAudit). */
    @Bean
    ApplicationListener<AuthenticationSuccessEvent> signInSucceeded(LoginAttemptService attempts) {
        return event -> attempts.succeeded(event.getAuthentication().getName());
    }

    @Bean
    ApplicationListener<AbstractAuthenticationFailureEvent> signInFailed(LoginAttemptService attempts) {
        return event -> {
            if (!(event.getException() instanceof LoginThrottledException)) {
                attempts.failed(event.getAuthentication().getName());
            }
        };
    }
}
