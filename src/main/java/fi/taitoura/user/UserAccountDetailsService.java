package fi.taitoura.user;

import fi.taitoura.security.TaitouraPrincipal;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts from the database for Spring Security. */
@Service
public class UserAccountDetailsService implements UserDetailsService {

    private final UserRepository repository;

    UserAccountDetailsService(UserRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = repository.findByUsername(username == null ? "" : username.trim().toLowerCase())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return new TaitouraPrincipal(user.getId(), user.getUsername(), user.getFullName(), user.getPasswordHash(),
                user.isActive(), user.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
    }
}
