package fi.taitoura.user;

import fi.taitoura.base.i18n.LocalePreferences;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Keeps each user's language choice on their account. */
@Component
class UserLocalePreferences implements LocalePreferences {

    private final UserService users;

    UserLocalePreferences(UserService users) {
        this.users = users;
    }

    @Override
    public Optional<String> find(String username) {
        return users.findLocale(username);
    }

    @Override
    public void save(String username, String language) {
        users.saveLocale(username, language);
    }
}
