package fi.taitoura.security;

/** What a user does in Taitoura; see ../shared/design/DOMAIN.md. Spring authorities are {@code ROLE_<name>}. */
public enum Role {
    ADMIN, COACH, CAREER_AGENT, TEACHER, CASE_WORKER, TEAM_LEAD,
    /** Työhönvalmentaja: supported employment (IPS) in the open labour market, issue #14. */
    JOB_COACH,
    /** Valmentautuja: the trainee themself, signed in to their own pages only (issue #16). */
    TRAINEE;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Constants for {@code @RolesAllowed} and {@code @PreAuthorize}. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String COACH = "COACH";
        public static final String CAREER_AGENT = "CAREER_AGENT";
        public static final String TEACHER = "TEACHER";
        public static final String CASE_WORKER = "CASE_WORKER";
        public static final String TEAM_LEAD = "TEAM_LEAD";
        public static final String JOB_COACH = "JOB_COACH";
        public static final String TRAINEE = "TRAINEE";

        private Names() {
        }
    }
}
