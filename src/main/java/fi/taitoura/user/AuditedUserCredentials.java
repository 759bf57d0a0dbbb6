package fi.taitoura.user;

import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.security.CurrentUser;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Security's credential store with an audit entry when a passkey is added (registration ceremony, signed in)
 * or removed: entity {@code Passkey}, the account's id, no credential data. Updates made at sign-in (signature
 * counter, last use) are not audited here: the sign-in itself is.
 */
final class AuditedUserCredentials implements UserCredentialRepository {

    static final String ENTITY = "Passkey";

    private final UserCredentialRepository delegate;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final TransactionTemplate transactions;

    AuditedUserCredentials(UserCredentialRepository delegate, AuditService audit, CurrentUser currentUser,
                           TransactionTemplate transactions) {
        this.delegate = delegate;
        this.audit = audit;
        this.currentUser = currentUser;
        this.transactions = transactions;
    }

    @Override
    public void delete(Bytes credentialId) {
        transactions.executeWithoutResult(s -> {
            boolean existed = delegate.findByCredentialId(credentialId) != null;
            delegate.delete(credentialId);
            if (existed) {
                audit.recordChange(AuditAction.DELETE, ENTITY, currentUser.id().orElse(null), null,
                        AuditDetails.what("passkeyRemoved"));
            }
        });
    }

    @Override
    public void save(CredentialRecord record) {
        transactions.executeWithoutResult(s -> {
            boolean added = delegate.findByCredentialId(record.getCredentialId()) == null;
            delegate.save(record);
            if (added) {
                audit.recordChange(AuditAction.CREATE, ENTITY, currentUser.id().orElse(null), null,
                        AuditDetails.what("passkeyAdded"));
            }
        });
    }

    @Override
    public @Nullable CredentialRecord findByCredentialId(Bytes credentialId) {
        return delegate.findByCredentialId(credentialId);
    }

    @Override
    public List<CredentialRecord> findByUserId(Bytes userId) {
        return delegate.findByUserId(userId);
    }
}
