package fi.taitoura.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import fi.taitoura.AbstractUiTest;
import fi.taitoura.certificate.CertificateService;
import fi.taitoura.demonstration.DemonstrationService;
import fi.taitoura.summary.SummaryService;
import fi.taitoura.summary.SummaryState;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12: role x organisation x route. Every registered route is a row (a route that is not listed fails the
 * test, so adding a view means adding a row): for every role, the demo account of the first organisation
 * (Esimerkkilä; the teacher of the school, the case worker of the county) opens the route with that organisation's
 * records and is allowed or refused as the row says; the same role in the second organisation (Työpajayhdistys
 * Verstas ry, {@code verstas.*}) is refused every record of the first, and the first organisation's staff every
 * record of the second. A refused page looks exactly like a missing one, and a refused client record is in the
 * audit log.
 */
class RouteMatrixTest extends AbstractUiTest {

    enum R { ADMIN, COACH, CAREER_AGENT, TEACHER, CASE_WORKER, TEAM_LEAD, JOB_COACH, TRAINEE }

    private static final Map<R, String> FIRST = Map.of(R.ADMIN, "admin", R.COACH, "valmentaja",
            R.CAREER_AGENT, "uraagentti", R.TEACHER, "opettaja", R.CASE_WORKER, "asiakasvastaava",
            R.TEAM_LEAD, "tiiminvetaja", R.JOB_COACH, "tyohonvalmentaja", R.TRAINEE, "valmentautuja");
    private static final Map<R, String> SECOND = Map.of(R.ADMIN, "verstas.admin", R.COACH, "verstas.valmentaja",
            R.CAREER_AGENT, "verstas.uraagentti", R.TEACHER, "verstas.opettaja",
            R.CASE_WORKER, "verstas.asiakasvastaava", R.TEAM_LEAD, "verstas.tiiminvetaja");

    private static final Set<R> ALL = EnumSet.allOf(R.class);
    /** Every staff role: a trainee (issue #16) opens only their own pages. */
    private static final Set<R> STAFF = EnumSet.complementOf(EnumSet.of(R.TRAINEE));
    private static final Set<R> TRAINEE = EnumSet.of(R.TRAINEE);
    private static final Set<R> CASELOAD = EnumSet.of(R.COACH, R.CAREER_AGENT, R.TEAM_LEAD);

    /** The records the paths name: of the first organisation, and of the second. */
    record Ids(long trainee, long period, long unit, long demonstration, long summary, long certificate,
               long qualification, String unitCode, long employmentCase, long employer, long fidelityReview,
               boolean full) {
    }

    /**
     * A row: the route, the path in the first organisation, in the second (null: no such record there, or a record
     * of no organisation), who may open it, whether it holds client data (a refusal is then in the audit log with
     * the trainee), and whether it belongs to no organisation (the catalogue: the same for everyone).
     */
    record Row(String template, Function<Ids, String> path, Function<Ids, String> otherPath, Set<R> allowed,
               boolean clientRecord, Set<R> allowedInSecond) {
        Row(String template, Function<Ids, String> path, Function<Ids, String> otherPath, Set<R> allowed,
            boolean clientRecord) {
            this(template, path, otherPath, allowed, clientRecord, allowed);
        }

        boolean hasId() {
            return template.contains(":");
        }
    }

    private static Row row(String template, Set<R> allowed) {
        return new Row(template, ids -> template, null, allowed, false);
    }

    private static final List<Row> ROWS = List.of(
            // public and personal
            row("", ALL),
            row("password", ALL),
            row("login", ALL),
            new Row("verify/:code?", ids -> "verify/ABCD-EFGH", null, ALL, false),
            // the caseload
            row("trainees", CASELOAD),
            new Row("trainees/:traineeId", ids -> "trainees/" + ids.trainee(), o -> "trainees/" + o.trainee(),
                    CASELOAD, true),
            new Row("trainees/:traineeId/periods/:periodId",
                    ids -> "trainees/" + ids.trainee() + "/periods/" + ids.period(),
                    o -> "trainees/" + o.trainee() + "/periods/" + o.period(), CASELOAD, true),
            new Row("trainees/:traineeId([0-9]+)/capacity", ids -> "trainees/" + ids.trainee() + "/capacity",
                    o -> "trainees/" + o.trainee() + "/capacity", CASELOAD, true),
            row("capacity", CASELOAD),
            row("day", EnumSet.of(R.COACH)),
            row("demonstrations", EnumSet.of(R.TEACHER, R.COACH, R.CAREER_AGENT, R.TEAM_LEAD)),
            new Row("demonstrations/:id", ids -> "demonstrations/" + ids.demonstration(), null,
                    EnumSet.of(R.TEACHER, R.COACH, R.CAREER_AGENT, R.TEAM_LEAD), true),
            // delivered documents
            row("summaries", EnumSet.of(R.COACH, R.CAREER_AGENT, R.CASE_WORKER)),
            new Row("summaries/:summaryId", ids -> "summaries/" + ids.summary(), null,
                    EnumSet.of(R.COACH, R.CAREER_AGENT, R.CASE_WORKER), true),
            row("certificates", EnumSet.of(R.CASE_WORKER)),
            new Row("certificates/:certificateId", ids -> "certificates/" + ids.certificate(), null,
                    EnumSet.of(R.COACH, R.CAREER_AGENT, R.TEAM_LEAD, R.CASE_WORKER), true),
            // supported employment (issue 14): the job coach's team and its team lead
            row("employment", EnumSet.of(R.JOB_COACH, R.TEAM_LEAD)),
            new Row("employment/:caseId", ids -> "employment/" + ids.employmentCase(), null,
                    EnumSet.of(R.JOB_COACH, R.TEAM_LEAD), true),
            row("employers", EnumSet.of(R.JOB_COACH, R.TEAM_LEAD)),
            new Row("employers/:employerId", ids -> "employers/" + ids.employer(), null,
                    EnumSet.of(R.JOB_COACH, R.TEAM_LEAD), false),
            row("admin/employment-teams", EnumSet.of(R.ADMIN, R.TEAM_LEAD)),
            // work units (organisation records)
            row("work-units", STAFF),
            new Row("work-units/:id", ids -> "work-units/" + ids.unit(), o -> "work-units/" + o.unit(),
                    EnumSet.of(R.ADMIN, R.COACH, R.TEAM_LEAD, R.TEACHER), false,
                    EnumSet.of(R.ADMIN, R.COACH, R.TEAM_LEAD)),
            new Row("work-units/:id/tasks", ids -> "work-units/" + ids.unit() + "/tasks",
                    o -> "work-units/" + o.unit() + "/tasks", EnumSet.of(R.ADMIN, R.COACH, R.TEAM_LEAD, R.TEACHER),
                    false,
                    EnumSet.of(R.ADMIN, R.COACH, R.TEAM_LEAD)),
            new Row("work-units/:id/recognition", ids -> "work-units/" + ids.unit() + "/recognition",
                    o -> "work-units/" + o.unit() + "/recognition",
                    EnumSet.of(R.ADMIN, R.COACH, R.TEAM_LEAD, R.TEACHER), false,
                    EnumSet.of(R.ADMIN, R.COACH, R.TEAM_LEAD)),
            row("environments", STAFF),
            // the catalogue: public knowledge, no organisation (staff pages)
            row("catalogue", STAFF),
            new Row("catalogue/unit/:code", ids -> "catalogue/unit/" + ids.unitCode(), null, STAFF, false),
            new Row("catalogue/:qualificationId([0-9]+)", ids -> "catalogue/" + ids.qualification(), null, STAFF,
                    false),
            // the trainee's own pages (issue #16); the activation page forwards anyone signed in to their start
            row("activate", ALL),
            row("me", TRAINEE),
            row("me/diary", TRAINEE),
            row("me/skills", TRAINEE),
            row("me/assess", TRAINEE),
            row("me/password", TRAINEE),
            row("me/signin", TRAINEE),
            row("me/data", TRAINEE),
            row("me/documents", TRAINEE),
            // a share link's public page (issue #16): anyone; an unknown token shows "link not valid", not "missing"
            new Row("share/:token", ids -> "share/" + "x".repeat(43), null, ALL, false),
            // reports and administration
            // issue 15: the team lead's reports; no case worker on any of them
            row("reports", EnumSet.of(R.ADMIN, R.TEAM_LEAD)),
            row("reports/inclusion", EnumSet.of(R.ADMIN, R.TEAM_LEAD, R.COACH)),
            row("reports/fidelity", EnumSet.of(R.TEAM_LEAD, R.COACH, R.CAREER_AGENT, R.TEACHER)),
            // a review of the first organisation: its team lead and its named reviewer (the coach)
            new Row("reports/fidelity/:reviewId", ids -> "reports/fidelity/" + ids.fidelityReview(), null,
                    EnumSet.of(R.TEAM_LEAD, R.COACH), false),
            // the after-support reminder list of the coach's and career agent's own periods
            row("follow-up", EnumSet.of(R.COACH, R.CAREER_AGENT)),
            row("admin/users", EnumSet.of(R.ADMIN)),
            row("admin/organisations", EnumSet.of(R.ADMIN)),
            row("admin/audit", EnumSet.of(R.ADMIN)),
            row("admin/catalogue", EnumSet.of(R.ADMIN)),
            row("admin/instruments", EnumSet.of(R.ADMIN)),
            row("admin/retention", EnumSet.of(R.ADMIN)),
            row("admin/duplicates", EnumSet.of(R.ADMIN)),
            row("admin/card-types", EnumSet.of(R.ADMIN, R.TEAM_LEAD)),
            // first-admin set-up: once an account exists it forwards everyone to the sign-in page
            row("setup", ALL));

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SummaryService summaries;
    @Autowired
    CertificateService certificates;
    @Autowired
    DemonstrationService demonstrations;

    @Test
    void everyRegisteredRouteIsARowOfTheMatrix() {
        login("admin");
        Set<String> registered = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate).collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = ROWS.stream().map(Row::template).collect(Collectors.toCollection(TreeSet::new));
        assertThat(listed).as("a row for every route, and no row for a route that does not exist")
                .isEqualTo(registered);
    }

    @Test
    void everyRoleOfEveryOrganisationOpensExactlyWhatTheMatrixSays() {
        Ids first = firstOrganisation();
        Ids second = secondOrganisation(first);
        List<String> wrong = new ArrayList<>();
        for (R role : R.values()) {
            check(wrong, FIRST.get(role), role, first, second);
            if (SECOND.containsKey(role)) { // the second organisation has no supported-employment team (yet)
                check(wrong, SECOND.get(role), role, second, first);
            }
        }
        assertThat(wrong).as("role x organisation x route").isEmpty();
    }

    /**
     * The user of the role opens every row with their own organisation's records (allowed as the row says), then
     * every row with an id with the other organisation's records (always refused).
     */
    private void check(List<String> wrong, String user, R role, Ids own, Ids other) {
        login(user);
        // A record that does not exist, on a page every signed-in user may open: what "missing" looks like.
        String missing = render("work-units/999999999");
        assertThat(missing).contains("NotFoundView");
        for (Row row : ROWS) {
            String path = pathFor(row, own);
            if (path != null) {
                Set<R> allowed = own.full() ? row.allowed() : row.allowedInSecond();
                expect(wrong, user, row, path, allowed.contains(role), missing, own);
            }
            String foreign = row.hasId() && !orgless(row) ? pathFor(row, other) : null;
            if (foreign != null) {
                expect(wrong, user, row, foreign, false, missing, other);
            }
        }
    }

    private static boolean orgless(Row row) {
        return row.template().startsWith("catalogue") || row.template().startsWith("verify")
                || row.template().startsWith("share");
    }

    /** The row's path with the records; null when that organisation has no such record in the demo data. */
    private static String pathFor(Row row, Ids ids) {
        return !row.hasId() || orgless(row) || ids.full() || row.otherPath() != null ? row.path().apply(ids) : null;
    }

    private void expect(List<String> wrong, String user, Row row, String path, boolean allowed, String missing,
                        Ids ids) {
        long before = lastAuditId();
        String shown = render(path);
        boolean refused = shown.equals(missing);
        if (allowed == refused) {
            wrong.add(user + (allowed ? " refused /" : " allowed /") + path);
            return;
        }
        if (refused && row.clientRecord()) {
            Integer logged = row.template().startsWith("trainees/")
                    ? jdbc.queryForObject("select count(*) from audit_log where id > ? and actor = ? "
                    + "and action = 'REFUSED' and trainee_id = ?", Integer.class, before, user, ids.trainee())
                    : jdbc.queryForObject("select count(*) from audit_log where id > ? and actor = ? "
                    + "and action = 'REFUSED'", Integer.class, before, user);
            if (logged == null || logged == 0) {
                wrong.add(user + " refused /" + path + " without an audit entry");
            }
        }
    }

    private long lastAuditId() {
        Long id = jdbc.queryForObject("select coalesce(max(id), 0) from audit_log", Long.class);
        return id == null ? 0 : id;
    }

    /**
     * What the page shows: the whole UI's component tree with its texts, ids and classes (the header's title
     * included), so a refused page can be compared with a missing one. The server-side class of the error view is
     * the one thing a user never sees, so the two error views are named alike.
     */
    private static String render(String path) {
        UI.getCurrent().navigate(path);
        return PrettyPrintTreeKt.toPrettyTree(UI.getCurrent()).replace("AccessDeniedView", "NotFoundView");
    }

    // ------------------------------------------------------------------ the records

    private Ids firstOrganisation() {
        runAs("asiakasvastaava");
        // Mikko Laaksonen of the property unit (valmentaja's): referred by asiakasvastaava, consents to both documents
        var delivered = certificates.findDelivered().stream()
                .filter(r -> r.traineeName().equals("Mikko Laaksonen")).findFirst().orElseThrow();
        long summary = summaries.findRows().stream().filter(r -> r.periodId().equals(delivered.periodId())
                && r.state() == SummaryState.FINALISED).findFirst().orElseThrow().summaryId();
        runAs("opettaja");
        long demonstration = demonstrations.worklist().get(0).id();
        long trainee = jdbc.queryForObject("select trainee_id from training_period where id = ?", Long.class,
                delivered.periodId());
        long unit = jdbc.queryForObject("select id from work_unit where name = 'Kiinteistö- ja ympäristöhuolto'",
                Long.class);
        long qualification = jdbc.queryForObject("select min(id) from qualification", Long.class);
        long employmentCase = jdbc.queryForObject("select min(c.id) from employment_case c join app_user u"
                + " on u.id = c.coach_id where u.username = 'tyohonvalmentaja'", Long.class);
        long employer = jdbc.queryForObject("select min(e.id) from employer e join employment_case c"
                + " on c.team_id = e.team_id where c.id = ?", Long.class, employmentCase);
        long fidelityReview = jdbc.queryForObject("select min(r.id) from fidelity_review r join work_unit w"
                + " on w.organisation_id = r.organisation_id where w.id = ?", Long.class, unit);
        return new Ids(trainee, delivered.periodId(), unit, demonstration, summary, delivered.certificateId(),
                qualification, "100449", employmentCase, employer, fidelityReview, true);
    }

    /** The second organisation's trainee and work unit (it has no demonstrations or issued documents). */
    private Ids secondOrganisation(Ids first) {
        long unit = jdbc.queryForObject("select id from work_unit where name = 'Verstas, Puutyöpaja'", Long.class);
        Map<String, Object> p = jdbc.queryForMap("select id, trainee_id from training_period where work_unit_id = ?",
                unit);
        return new Ids(((Number) p.get("trainee_id")).longValue(), ((Number) p.get("id")).longValue(), unit,
                first.demonstration(), first.summary(), first.certificate(), first.qualification(), first.unitCode(),
                first.employmentCase(), first.employer(), first.fidelityReview(), false);
    }
}
