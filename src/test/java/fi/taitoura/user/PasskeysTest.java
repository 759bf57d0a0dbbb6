package fi.taitoura.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.taitoura.AbstractIntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * Issue 16, ADR 0033: the passkey store is Spring Security's JDBC repositories on MariaDB (tables made by Flyway,
 * checked by {@code ddl-auto=validate}); adding and removing are audited; a user sees and removes only their own.
 */
class PasskeysTest extends AbstractIntegrationTest {

    @Autowired
    PublicKeyCredentialUserEntityRepository userEntities;
    @Autowired
    UserCredentialRepository credentials;
    @Autowired
    Passkeys passkeys;
    @Autowired
    JdbcTemplate jdbc;

    /** A user handle and a stored credential for the account, as Spring's registration would save them. */
    static CredentialRecord store(PublicKeyCredentialUserEntityRepository userEntities,
                                  UserCredentialRepository credentials, String username, String label) {
        PublicKeyCredentialUserEntity entity = userEntities.findByUsername(username);
        if (entity == null) {
            entity = ImmutablePublicKeyCredentialUserEntity.builder().id(Bytes.random()).name(username)
                    .displayName(username).build();
            userEntities.save(entity);
        }
        Instant created = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
        CredentialRecord record = ImmutableCredentialRecord.builder()
                .credentialId(Bytes.random())
                .userEntityUserId(entity.getId())
                .publicKey(new ImmutablePublicKeyCose(new byte[] {(byte) 0xa5, 1, 2, 3, 38, 32, 1}))
                .signatureCount(0)
                .uvInitialized(true)
                .backupEligible(true)
                .backupState(false)
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .transports(Set.of(AuthenticatorTransport.INTERNAL, AuthenticatorTransport.HYBRID))
                .attestationObject(new Bytes(new byte[] {1, 2, 3}))
                .attestationClientDataJSON(new Bytes("{}".getBytes()))
                .created(created)
                .lastUsed(created)
                .label(label)
                .build();
        credentials.save(record);
        return record;
    }

    static void removeAll(JdbcTemplate jdbc, String username) {
        jdbc.update("delete c from user_credentials c join user_entities e on e.id = c.user_entity_user_id"
                + " where e.name = ?", username);
        jdbc.update("delete from user_entities where name = ?", username);
    }

    @AfterEach
    void cleanUp() {
        removeAll(jdbc, "valmentaja");
    }

    private int audited(String action, String details) {
        return jdbc.queryForObject("select count(*) from audit_log where entity_type = 'Passkey' and action = ?"
                + " and details like ?", Integer.class, action, "%" + details + "%");
    }

    @Test
    void aPasskeyIsStoredInMariaDbListedForItsOwnerAndRemovedWithAudit() {
        runAs("valmentaja");
        int addedBefore = audited("CREATE", "passkeyAdded");
        int removedBefore = audited("DELETE", "passkeyRemoved");
        CredentialRecord saved = store(userEntities, credentials, "valmentaja", "Työpuhelin");
        assertThat(audited("CREATE", "passkeyAdded")).isEqualTo(addedBefore + 1);

        CredentialRecord read = credentials.findByCredentialId(saved.getCredentialId());
        assertThat(read).isNotNull();
        assertThat(read.getUserEntityUserId()).isEqualTo(saved.getUserEntityUserId());
        assertThat(read.getPublicKey().getBytes()).isEqualTo(saved.getPublicKey().getBytes());
        assertThat(read.getTransports()).containsExactlyInAnyOrder(AuthenticatorTransport.INTERNAL,
                AuthenticatorTransport.HYBRID);
        assertThat(read.isBackupEligible()).isTrue();
        assertThat(read.isBackupState()).isFalse();
        assertThat(read.getCreated()).isEqualTo(saved.getCreated());
        assertThat(read.getLabel()).isEqualTo("Työpuhelin");

        // a sign-in updates the counter and the last use: saved again, not audited as a new passkey
        Instant used = Instant.now().truncatedTo(ChronoUnit.MICROS);
        credentials.save(ImmutableCredentialRecord.fromCredentialRecord(read).signatureCount(5).lastUsed(used)
                .build());
        assertThat(audited("CREATE", "passkeyAdded")).isEqualTo(addedBefore + 1);
        assertThat(credentials.findByCredentialId(saved.getCredentialId()).getLastUsed()).isEqualTo(used);

        assertThat(passkeys.own()).singleElement().satisfies(p -> {
            assertThat(p.label()).isEqualTo("Työpuhelin");
            assertThat(p.id()).isEqualTo(saved.getCredentialId().toBase64UrlString());
            assertThat(p.lastUsed()).isEqualTo(used);
        });

        // someone else neither sees it nor can remove it
        runAs("valmentaja2");
        assertThat(passkeys.own()).isEmpty();
        assertThatThrownBy(() -> passkeys.removeOwn(saved.getCredentialId().toBase64UrlString()))
                .isInstanceOf(Passkeys.AccessDenied.class);
        assertThatThrownBy(() -> passkeys.removeOwn("not base64!")).isInstanceOf(Passkeys.AccessDenied.class);
        assertThat(credentials.findByCredentialId(saved.getCredentialId())).isNotNull();

        runAs("valmentaja");
        passkeys.removeOwn(saved.getCredentialId().toBase64UrlString());
        assertThat(passkeys.own()).isEmpty();
        assertThat(credentials.findByCredentialId(saved.getCredentialId())).isNull();
        assertThat(audited("DELETE", "passkeyRemoved")).isEqualTo(removedBefore + 1);
        Long userId = jdbc.queryForObject("select id from app_user where username = 'valmentaja'", Long.class);
        assertThat(jdbc.queryForList("select entity_id from audit_log where entity_type = 'Passkey'"
                + " and action = 'DELETE' and actor_user_id = ?", Long.class, userId)).isNotEmpty().containsOnly(userId);
    }
}
