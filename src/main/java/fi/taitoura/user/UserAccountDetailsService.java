package fi.taitoura.user;

import fi.taitoura.security.SignInAccounts;
import fi.taitoura.security.TaitouraPrincipal;
import fi.taitoura.security.Usernames;
import java.util.Optional;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts from the database for Spring Security. A name that breaks {@link Usernames} is never looked up. */
@Service
public class UserAccountDetailsService implements UserDetailsService, SignInAccounts {

    private final UserRepository repository;

    UserAccountDetailsService(UserRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = Usernames.normalise(username).flatMap(repository::findByUsername)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return new TaitouraPrincipal(user.getId(), user.getUsername(), user.getFullName(), user.getPasswordHash(),
                user.isActive(), user.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList(),
                user.getOrganisationId(),
                user.isPasswordChangeRequired());
    }

    /** The account with exactly this (normalised) name: its id and organisation. */
    @Override
    @Transactional(readOnly = true)
    public Optional<SignInAccount> findAccount(String normalisedName) {
        return Usernames.isValid(normalisedName) ? repository.findByUsername(normalisedName)
                .map(u -> new SignInAccount(u.getId(), u.getOrganisationId()))
                : Optional.empty();
    }
}
