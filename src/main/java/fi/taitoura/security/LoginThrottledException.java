package fi.taitoura.security;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins (for the account, from the address, or overall); the sign-in page tells how long to wait. */
public class LoginThrottledException extends AuthenticationException {

    private final long seconds;
    private final LoginAttemptService.Level level;

    public LoginThrottledException(long seconds) {
        this(seconds, LoginAttemptService.Level.ACCOUNT);
    }

    public LoginThrottledException(long seconds, LoginAttemptService.Level level) {
        super("Too many failed sign-ins");
        this.seconds = seconds;
        this.level = level;
    }

    public LoginAttemptService.Level getLevel() {
        return level;
    }

    public long getSeconds() {
        return seconds;
    }
}
