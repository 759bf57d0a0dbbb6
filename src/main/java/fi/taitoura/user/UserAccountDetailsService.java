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

    /** The id of the account with exactly this (normalised) name, for counting failed sign-ins per account. */
    @Transactional(readOnly = true)
    public Optional<Long> findAccountId(String normalisedName) {
        return Usernames.isValid(normalisedName) ? repository.findIdByUsername(normalisedName) : Optional.empty();
    }
}
