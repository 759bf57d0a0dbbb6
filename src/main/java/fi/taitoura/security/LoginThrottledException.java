package fi.taitoura.security;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this user name; the sign-in page tells how long to wait. */
public class LoginThrottledException extends AuthenticationException {

    private final long seconds;

    public LoginThrottledException(long seconds) {
        super("Too many failed sign-ins");
        this.seconds = seconds;
    }

    public long getSeconds() {
        return seconds;
    }
}
