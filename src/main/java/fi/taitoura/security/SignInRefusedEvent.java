package fi.taitoura.security;

/**
 * A sign-in attempt that was refused: {@code blocked} by the lock-out, or failed (wrong password, unknown account).
 * Published by the sign-in provider; the audit module records it. {@code actor} is the account's name, or "?" for a
 * name that matches no account (the typed text is never kept); {@code reason} is a code.
 */
public record SignInRefusedEvent(boolean blocked, String actor, Long accountId, Long organisationId, String reason) {
}
