package fi.taitoura.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Spring Security's WebAuthn relying party (webauthn4j) for this installation (ADR 0033). The relying party id is the
 * host of {@code taitoura.public-url}; the allowed origins are that address's origin and any in
 * {@code taitoura.passkeys.extra-origins}. Passkeys are discoverable and always need user verification (the phone's
 * PIN, fingerprint or face): a passkey is the whole sign-in, so a phone picked up from a table must not be enough.
 *
 * <p>Only when the public address is on {@code localhost} (development and tests, where the port is chosen at start)
 * is the origin {@code http(s)://localhost:<the request's port>} allowed as well.
 */
public final class PasskeyRelyingParty implements WebAuthnRelyingPartyOperations {

    private final PublicKeyCredentialUserEntityRepository userEntities;
    private final UserCredentialRepository credentials;
    private final PublicKeyCredentialRpEntity rp;
    private final Set<String> origins;
    private final boolean local;
    private final Map<String, Webauthn4JRelyingPartyOperations> byOrigin = new ConcurrentHashMap<>();

    public PasskeyRelyingParty(PublicKeyCredentialUserEntityRepository userEntities,
                               UserCredentialRepository credentials, String publicUrl, List<String> extraOrigins) {
        this.userEntities = userEntities;
        this.credentials = credentials;
        URI uri = URI.create(publicUrl.trim());
        String host = uri.getHost();
        if (host == null) {
            throw new IllegalArgumentException("taitoura.public-url has no host: " + publicUrl);
        }
        this.rp = PublicKeyCredentialRpEntity.builder().id(host).name("Taitoura").build();
        Set<String> all = new LinkedHashSet<>();
        all.add(origin(uri));
        extraOrigins.stream().map(String::trim).filter(s -> !s.isEmpty()).map(s -> origin(URI.create(s)))
                .forEach(all::add);
        this.origins = Set.copyOf(all);
        this.local = "localhost".equals(host);
    }

    static String origin(URI uri) {
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("https".equals(uri.getScheme()) && port == 443)
                || ("http".equals(uri.getScheme()) && port == 80);
        return uri.getScheme() + "://" + uri.getHost() + (defaultPort ? "" : ":" + port);
    }

    public String rpId() {
        return rp.getId();
    }

    public Set<String> origins() {
        return origins;
    }

    private WebAuthnRelyingPartyOperations current() {
        Set<String> allowed = origins;
        if (local && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            if ("localhost".equals(request.getServerName())) {
                Set<String> withRequest = new LinkedHashSet<>(origins);
                withRequest.add(origin(URI.create(request.getScheme() + "://localhost:" + request.getServerPort())));
                allowed = Set.copyOf(withRequest);
            }
        }
        Set<String> chosen = allowed;
        return byOrigin.computeIfAbsent(String.join(" ", chosen.stream().sorted().toList()), k -> operations(chosen));
    }

    private Webauthn4JRelyingPartyOperations operations(Set<String> allowed) {
        Webauthn4JRelyingPartyOperations operations = new Webauthn4JRelyingPartyOperations(userEntities, credentials,
                rp, allowed);
        operations.setCustomizeCreationOptions(options -> options.authenticatorSelection(
                AuthenticatorSelectionCriteria.builder()
                        .userVerification(UserVerificationRequirement.REQUIRED)
                        .residentKey(ResidentKeyRequirement.REQUIRED)
                        .build()));
        operations.setCustomizeRequestOptions(options -> options.userVerification(UserVerificationRequirement.REQUIRED));
        return operations;
    }

    @Override
    public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
            PublicKeyCredentialCreationOptionsRequest request) {
        return current().createPublicKeyCredentialCreationOptions(request);
    }

    @Override
    public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
        return current().registerCredential(request);
    }

    @Override
    public PublicKeyCredentialRequestOptions createCredentialRequestOptions(
            PublicKeyCredentialRequestOptionsRequest request) {
        return current().createCredentialRequestOptions(request);
    }

    @Override
    public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
        return current().authenticate(request);
    }
}
