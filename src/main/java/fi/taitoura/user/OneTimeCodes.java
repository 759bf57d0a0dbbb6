package fi.taitoura.user;

import fi.taitoura.security.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.ott.DefaultOneTimeToken;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spring Security's one-time-token login over our own table {@code one_time_code} (issue #16, ADR 0025): a short
 * code a trainee can type from paper (12 letters and digits without look-alikes, shown as {@code ABCD-EFGH-JKLM}),
 * stored only as its SHA-256 hash, consumed once, expiring. Codes are made only for active accounts whose only role
 * is TRAINEE, and only through {@link TraineeUserAccounts#issueCode} (Spring's own generate endpoint is answered
 * with "not found" by the security configuration and this service refuses it: no code is ever made for staff).
 */
@Component
class OneTimeCodes implements OneTimeTokenService {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final ThreadLocal<Boolean> ISSUING = ThreadLocal.withInitial(() -> false);

    private final JdbcTemplate jdbc;
    private final UserRepository users;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    OneTimeCodes(JdbcTemplate jdbc, UserRepository users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** Makes a code for the trainee account; called by {@link TraineeUserAccounts} only. */
    OneTimeToken issue(String username, Duration validFor) {
        ISSUING.set(true);
        try {
            return generate(new GenerateOneTimeTokenRequest(username, validFor));
        } finally {
            ISSUING.remove();
        }
    }

    @Override
    @Transactional
    public OneTimeToken generate(GenerateOneTimeTokenRequest request) {
        if (!ISSUING.get()) {
            throw new AccessDeniedException("One-time codes are issued from the trainee's page only");
        }
        AppUser user = users.findByUsername(request.getUsername()).filter(AppUser::isActive)
                .filter(u -> u.getRoles().equals(java.util.EnumSet.of(Role.TRAINEE)))
                .orElseThrow(() -> new AccessDeniedException("One-time codes are for trainee accounts only"));
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        Instant expires = clock.instant().plus(request.getExpiresIn());
        // one live code per account: a new code replaces the earlier one
        jdbc.update("delete from one_time_code where username = ?", user.getUsername());
        jdbc.update("insert into one_time_code (code_hash, username, expires_at, created_at) values (?, ?, ?, ?)",
                hash(code.toString()), user.getUsername(), Timestamp.from(expires), Timestamp.from(clock.instant()));
        String shown = code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
        return new DefaultOneTimeToken(shown, user.getUsername(), expires);
    }

    @Override
    @Transactional
    public OneTimeToken consume(OneTimeTokenAuthenticationToken token) {
        String normal = normalise(token.getTokenValue());
        if (normal.length() != 12) {
            return null;
        }
        String h = hash(normal);
        List<OneTimeToken> found = jdbc.query("select username, expires_at from one_time_code where code_hash = ?",
                (rs, n) -> new DefaultOneTimeToken(normal, rs.getString(1), rs.getTimestamp(2).toInstant()), h);
        if (found.isEmpty() || jdbc.update("delete from one_time_code where code_hash = ?", h) != 1) {
            return null;
        }
        OneTimeToken t = found.get(0);
        boolean trainee = users.findByUsername(t.getUsername()).filter(AppUser::isActive)
                .filter(u -> u.getRoles().equals(java.util.EnumSet.of(Role.TRAINEE))).isPresent();
        return trainee && clock.instant().isBefore(t.getExpiresAt()) ? t : null;
    }

    /** Whether the account has a code that is still valid. */
    boolean hasLiveCode(String username) {
        Integer n = jdbc.queryForObject("select count(*) from one_time_code where username = ? and expires_at > ?",
                Integer.class, username, Timestamp.from(clock.instant()));
        return n != null && n > 0;
    }

    /** Removes the account's codes (deactivation). */
    void revoke(String username) {
        jdbc.update("delete from one_time_code where username = ?", username);
    }

    /** Upper case, without spaces and dashes. */
    static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        return typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }

    private static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
