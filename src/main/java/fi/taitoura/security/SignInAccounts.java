package fi.taitoura.security;

import java.util.Optional;

/**
 * Finds the account behind a (normalised) sign-in name, so that failed attempts count against the account and not
 * the typed text. Implemented by the user module; security needs no knowledge of how accounts are stored.
 */
public interface SignInAccounts {

    record SignInAccount(Long id, Long organisationId) {
    }

    Optional<SignInAccount> findAccount(String normalisedName);
}
