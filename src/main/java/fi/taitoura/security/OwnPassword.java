package fi.taitoura.security;

/**
 * Changing one's own password, as the sign-in side needs it. The user feature implements it, so security does not
 * depend on the user feature (the user feature depends on security for roles).
 */
public interface OwnPassword {

    /** The shortest password accepted. */
    int minimumLength();

    /**
     * Changes the signed-in user's own password after checking the current one; ends the user's other sessions
     * except {@code keepSessionId}.
     */
    void changeOwnPassword(String username, String currentPassword, String newPassword, String keepSessionId);
}
