package fi.taitoura.user;

/**
 * An account's access changed (deactivated, roles, organisation or work units changed, password reset or changed):
 * its open sessions must end so that the new rights apply at the next sign-in. Published inside the transaction;
 * the session registry acts after commit. {@code keepSessionId}: a session to keep (the user's own, when they
 * changed their own password), or null.
 */
public record UserAccessChangedEvent(Long userId, String reason, String keepSessionId) {
}
