package fi.taitoura.base.i18n;

import java.util.Optional;

/**
 * Where a signed-in user's chosen language is kept. The user feature implements it on the account, so that
 * {@link LocaleSupport} (shared infrastructure) needs no knowledge of accounts.
 */
public interface LocalePreferences {

    /** The language code the user chose, if any. */
    Optional<String> find(String username);

    /** Remembers the user's choice. */
    void save(String username, String language);
}
