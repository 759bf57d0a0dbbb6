package fi.taitoura.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * Sign-in with a passkey (ADR 0033): Spring Security's {@link WebAuthnAuthenticationProvider} checks the assertion;
 * then, unlike it, the account must be active (a closed trainee account cannot come back with a passkey), and the
 * signed-in principal is the account's {@link TaitouraPrincipal} as for a password or a code, so that the rest of the
 * application sees one kind of user. A refused passkey is audited like a wrong password (reason code only).
 */
final class PasskeyAuthenticationProvider implements AuthenticationProvider {

    private final WebAuthnAuthenticationProvider delegate;
    private final UserDetailsService users;
    private final ApplicationEventPublisher events;
    private final AccountStatusUserDetailsChecker status = new AccountStatusUserDetailsChecker();

    PasskeyAuthenticationProvider(WebAuthnRelyingPartyOperations relyingParty, UserDetailsService users,
                                  ApplicationEventPublisher events) {
        this.delegate = new WebAuthnAuthenticationProvider(relyingParty, users);
        this.users = users;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        Authentication verified;
        try {
            verified = delegate.authenticate(authentication);
        } catch (AuthenticationException e) {
            events.publishEvent(new SignInRefusedEvent(false, "?", null, null, "badPasskey"));
            throw e;
        }
        UserDetails user = users.loadUserByUsername(verified.getName());
        try {
            status.check(user);
        } catch (AuthenticationException e) {
            Long id = user instanceof TaitouraPrincipal p ? p.getUserId() : null;
            Long organisation = user instanceof TaitouraPrincipal p ? p.getOrganisationId() : null;
            events.publishEvent(new SignInRefusedEvent(false, user.getUsername(), id, organisation,
                    "passkeyAccountClosed"));
            throw e;
        }
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(user, null,
                verified.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
    }
}
