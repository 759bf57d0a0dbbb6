package fi.taitoura.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationProvider;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one-time-code sign-in (issue #16, {@code /login/ott}) with the lock-out of {@link LoginAttemptService}: Spring
 * Security's own {@link OneTimeTokenAuthenticationProvider} does the sign-in; wrong codes count against the client
 * address (a code names no account until it is right) and the installation, so that codes cannot be guessed from one
 * place; a blocked or failed attempt is published as a {@link SignInRefusedEvent} (audited without the code or any
 * typed text). The success of a code clears the account's count.
 */
class ThrottlingOneTimeTokenProvider implements AuthenticationProvider {

    private final OneTimeTokenAuthenticationProvider delegate;
    private final LoginAttemptService attempts;
    private final ApplicationEventPublisher events;

    ThrottlingOneTimeTokenProvider(OneTimeTokenService codes, UserDetailsService users, LoginAttemptService attempts,
                                   ApplicationEventPublisher events) {
        this.delegate = new OneTimeTokenAuthenticationProvider(codes, users);
        this.attempts = attempts;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String address = address(authentication);
        LoginAttemptService.Block block = attempts.check(null, address == null ? null : "code:" + address);
        if (block != null) {
            events.publishEvent(new SignInRefusedEvent(true, "?", null, null,
                    "code-" + block.level().name().toLowerCase()));
            throw new LoginThrottledException(block.seconds(), block.level());
        }
        try {
            return delegate.authenticate(authentication);
        } catch (AuthenticationException e) {
            attempts.failed(null, address == null ? null : "code:" + address);
            events.publishEvent(new SignInRefusedEvent(false, "?", null, null, "badCode"));
            throw e;
        }
    }

    private static String address(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails d) {
            return d.getRemoteAddress();
        }
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes r
                ? r.getRequest().getRemoteAddr() : null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return OneTimeTokenAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
