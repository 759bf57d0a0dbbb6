package fi.taitoura.user;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;

/**
 * The signed-in user's own passkeys (issue 16, ADR 0033): list and remove. Adding one is Spring Security's
 * registration ceremony ({@code /webauthn/register/options}, {@code /webauthn/register}); both are audited by the
 * credential store.
 */
@Service
public class Passkeys {

    /** A passkey as its owner sees it; {@code id} is the credential id in base64url (not secret). */
    public record Passkey(String id, String label, Instant created, Instant lastUsed) {
    }

    /** The longest name a user may give a passkey. */
    public static final int MAX_LABEL = 60;

    private final PublicKeyCredentialUserEntityRepository userEntities;
    private final UserCredentialRepository credentials;

    Passkeys(PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository credentials) {
        this.userEntities = userEntities;
        this.credentials = credentials;
    }

    /** The signed-in user's passkeys, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<Passkey> own() {
        PublicKeyCredentialUserEntity entity = ownEntity();
        if (entity == null) {
            return List.of();
        }
        return credentials.findByUserId(entity.getId()).stream()
                .map(Passkeys::toPasskey)
                .sorted(Comparator.comparing(Passkey::created, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /** Removes one of the signed-in user's passkeys; someone else's (or an unknown one) is refused alike. */
    @PreAuthorize("isAuthenticated()")
    public void removeOwn(String id) {
        PublicKeyCredentialUserEntity entity = ownEntity();
        Bytes credentialId;
        try {
            credentialId = Bytes.fromBase64(id);
        } catch (IllegalArgumentException e) {
            throw new AccessDenied();
        }
        CredentialRecord record = credentials.findByCredentialId(credentialId);
        if (entity == null || record == null || !record.getUserEntityUserId().equals(entity.getId())) {
            throw new AccessDenied();
        }
        credentials.delete(credentialId);
    }

    private PublicKeyCredentialUserEntity ownEntity() {
        return userEntities.findByUsername(SecurityContextHolder.getContext().getAuthentication().getName());
    }

    private static Passkey toPasskey(CredentialRecord r) {
        return new Passkey(r.getCredentialId().toBase64UrlString(), r.getLabel(), r.getCreated(), r.getLastUsed());
    }

    /** Not one's own passkey. */
    public static final class AccessDenied extends AccessDeniedException {
        AccessDenied() {
            super("not your passkey");
        }
    }
}
