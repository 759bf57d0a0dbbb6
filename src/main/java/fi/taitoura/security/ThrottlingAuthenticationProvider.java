package fi.taitoura.security;

import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in with the lock-out of {@link LoginAttemptService}. The typed name is normalised first
 * ({@link Usernames}); a name that breaks the rule is refused without a database look-up. Failures count against
 * the account (by id), the client address and the installation; throttled and failed attempts are published as
 * {@link SignInRefusedEvent}s (the audit module records them) with the account when there is one and never with the
 * typed text otherwise.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider dao;
    private final SignInAccounts accounts;
    private final LoginAttemptService attempts;
    private final ApplicationEventPublisher events;

    ThrottlingAuthenticationProvider(UserDetailsService userDetails, SignInAccounts accounts, PasswordEncoder encoder,
                                     LoginAttemptService attempts, ApplicationEventPublisher events) {
        this.dao = new DaoAuthenticationProvider(userDetails);
        this.dao.setPasswordEncoder(encoder);
        this.accounts = accounts;
        this.attempts = attempts;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        Optional<String> name = Usernames.normalise(authentication.getName());
        SignInAccounts.SignInAccount account = name.flatMap(accounts::findAccount).orElse(null);
        Long accountId = account == null ? null : account.id();
        Long organisationId = account == null ? null : account.organisationId();
        String accountKey = accountId != null ? "u:" + accountId : name.map(n -> "n:" + n).orElse(null);
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress()
                : null;
        String actor = accountId != null ? name.get() : "?";

        LoginAttemptService.Block block = attempts.check(accountKey, address);
        if (block != null) {
            events.publishEvent(new SignInRefusedEvent(true, actor, accountId, organisationId,
                    block.level().name().toLowerCase()));
            throw new LoginThrottledException(block.seconds(), block.level());
        }
        try {
            if (name.isEmpty()) {
                throw new BadCredentialsException("Bad credentials");
            }
            UsernamePasswordAuthenticationToken normalised = UsernamePasswordAuthenticationToken.unauthenticated(
                    name.get(), authentication.getCredentials());
            normalised.setDetails(authentication.getDetails());
            Authentication result = dao.authenticate(normalised);
            attempts.succeeded(accountKey);
            return result;
        } catch (AuthenticationException e) {
            attempts.failed(accountKey, address);
            events.publishEvent(new SignInRefusedEvent(false, actor, accountId, organisationId,
                    accountId == null ? "unknownAccount" : "badCredentials"));
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return dao.supports(authentication);
    }
}
