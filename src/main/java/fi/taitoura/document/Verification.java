package fi.taitoura.document;

import java.time.Instant;

/**
 * What the public verification page may show about a code: only whether the document is genuine and current, its
 * issuer, type, date and the trainee's name.
 */
public record Verification(Result result, DocumentKind kind, String issuerName, String traineeName, Instant issuedAt,
                           Instant withdrawnAt) {

    public enum Result {
        /** Genuine and the current version. */
        VALID,
        /** Genuine, but a corrected version has replaced it. */
        SUPERSEDED,
        /** Genuine, but withdrawn: no longer valid. */
        WITHDRAWN,
        /** No document has this code. */
        UNKNOWN
    }

    static Verification unknown() {
        return new Verification(Result.UNKNOWN, null, null, null, null, null);
    }
}
