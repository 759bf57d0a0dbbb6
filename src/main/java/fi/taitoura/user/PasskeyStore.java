package fi.taitoura.user;

import fi.taitoura.audit.AuditService;
import fi.taitoura.security.CurrentUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where passkeys are kept (issue 16, ADR 0033): Spring Security's own JDBC repositories over the tables
 * {@code user_entities} and {@code user_credentials}. Spring Security's {@code webAuthn()} picks these beans up; the
 * credential store is wrapped so that adding and removing a passkey is audited wherever it happens.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyStore {

    @Bean
    PublicKeyCredentialUserEntityRepository passkeyUserEntities(JdbcTemplate jdbc) {
        return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
    }

    @Bean
    UserCredentialRepository passkeyCredentials(JdbcTemplate jdbc, AuditService audit, CurrentUser currentUser,
                                                PlatformTransactionManager transactions) {
        return new AuditedUserCredentials(new JdbcUserCredentialRepository(jdbc), audit, currentUser,
                new TransactionTemplate(transactions));
    }
}
