package fi.taitoura.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditService;
import fi.taitoura.security.ui.LoginView;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import fi.taitoura.user.UserAccountDetailsService;
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
                .requestMatchers("/styles/**", "/images/**", "/verify/**", "/actuator/health").permitAll());
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
    AuthenticationProvider authenticationProvider(UserAccountDetailsService accounts, PasswordEncoder encoder,
                                                  LoginAttemptService attempts, AuditService audit) {
        return new ThrottlingAuthenticationProvider(accounts, encoder, attempts, audit);
    }

    @Bean
    ApplicationListener<AuthenticationSuccessEvent> signInSucceeded(AuditService audit) {
        return event -> {
            Authentication auth = event.getAuthentication();
            Long id = auth.getPrincipal() instanceof TaitouraPrincipal p ? p.getUserId() : null;
            audit.recordSecurityEvent(AuditAction.SIGN_IN, auth.getName(), id, null);
        };
    }
}
