package fi.taitoura.user;

import fi.taitoura.security.TaitouraPrincipal;
import java.util.Optional;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts from the database for Spring Security. A name that breaks {@link Usernames} is never looked up. */
@Service
public class UserAccountDetailsService implements UserDetailsService {

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
                user.getOrganisation() == null ? null : user.getOrganisation().getId(),
                user.isPasswordChangeRequired());
    }

    /** An account's id and organisation, for counting failed sign-ins per account and scoping their audit. */
    public record Account(Long id, Long organisationId) {
    }

    /** The account with exactly this (normalised) name. */
    @Transactional(readOnly = true)
    public Optional<Account> findAccount(String normalisedName) {
        return Usernames.isValid(normalisedName) ? repository.findByUsername(normalisedName)
                .map(u -> new Account(u.getId(), u.getOrganisation() == null ? null : u.getOrganisation().getId()))
                : Optional.empty();
    }
}
