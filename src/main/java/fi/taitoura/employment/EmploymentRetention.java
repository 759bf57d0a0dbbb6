package fi.taitoura.employment;

import fi.taitoura.lifecycle.ClientMatters;
import fi.taitoura.lifecycle.PersonalDataHolder;
import fi.taitoura.lifecycle.Sql;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Supported-employment cases in the data lifecycle (docs/adr/0020-data-lifecycle.md): a client's cases, their forms,
 * jobs, events, work history, education and study units, found by the trainee id. Anonymising removes the form
 * texts and every free text (and the teacher's name and contact); dates, phases, outcomes, hours and contract types
 * stay for anonymous statistics (ESR, IPS fidelity). The employer register and its contacts belong to the team, not
 * the client: only the links of a contact to the client's cases are erased, and the free texts of a contact that
 * discussed this client alone are removed when anonymising (a contact about several clients keeps its texts for the
 * others). A case is a matter of its own ({@link ClientMatters}): the client's records are kept until the last case,
 * too, has been closed for the retention time, also for a client who never had a training period.
 */
@Component
class EmploymentRetention implements PersonalDataHolder, ClientMatters {

    private static final String CASES = "SELECT id FROM employment_case WHERE trainee_id IN (:ids)";

    private final NamedParameterJdbcTemplate jdbc;

    EmploymentRetention(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "employment";
    }

    @Override
    public int eraseOrder() {
        return 70;
    }

    @Override
    public Set<Long> openOrClosedAfter(LocalDate closedAfter) {
        return new HashSet<>(jdbc.queryForList("SELECT DISTINCT trainee_id FROM employment_case"
                + " WHERE closed_on IS NULL OR closed_on > :d", new MapSqlParameterSource("d", closedAfter), Long.class));
    }

    @Override
    public Map<Long, LocalDate> allClosedBy(LocalDate closedBy) {
        Map<Long, LocalDate> m = new LinkedHashMap<>();
        jdbc.query("SELECT trainee_id, MAX(closed_on) AS last_closed FROM employment_case GROUP BY trainee_id"
                + " HAVING COUNT(*) = COUNT(closed_on) AND MAX(closed_on) <= :d",
                new MapSqlParameterSource("d", closedBy),
                rs -> {
                    m.put(rs.getLong("trainee_id"), rs.getObject("last_closed", LocalDate.class));
                });
        return m;
    }

    @Override
    public void anonymise(long traineeId, List<Long> periodIds) {
        List<Long> ids = List.of(traineeId);
        // before the case rows change: a contact that discussed this client's cases and no other client's
        Sql.update(jdbc, "UPDATE employer_contact c SET purpose = NULL, outcome = NULL, next_step = NULL,"
                + " version = version + 1 WHERE c.id IN (SELECT k.contact_id FROM employer_contact_case k"
                + " WHERE k.case_id IN (" + CASES + ")) AND NOT EXISTS (SELECT 1 FROM employer_contact_case o"
                + " JOIN employment_case e ON e.id = o.case_id WHERE o.contact_id = c.id"
                + " AND e.trainee_id NOT IN (:ids))", ids);
        Sql.update(jdbc, "UPDATE employment_case SET teacher_name = NULL, teacher_contact = NULL,"
                + " version = version + 1 WHERE trainee_id IN (:ids)", ids);
        Sql.update(jdbc, "DELETE x FROM employment_form_text x JOIN employment_form f ON f.id = x.form_id"
                + " WHERE f.case_id IN (" + CASES + ")", ids);
        Sql.update(jdbc, "UPDATE employment_job SET tasks = NULL, supports = NULL, notes = NULL, end_reason = NULL,"
                + " learned = NULL, next_step = NULL, version = version + 1 WHERE case_id IN (" + CASES + ")", ids);
        Sql.update(jdbc, "UPDATE employment_work_history SET employer_name = '–', period_text = NULL, tasks = NULL,"
                + " liked = NULL, disliked = NULL, leaving_reason = NULL, version = version + 1"
                + " WHERE case_id IN (" + CASES + ")", ids);
        Sql.update(jdbc, "UPDATE employment_event SET note = NULL, version = version + 1"
                + " WHERE case_id IN (" + CASES + ")", ids);
        Sql.update(jdbc, "UPDATE employment_education SET note = NULL, version = version + 1"
                + " WHERE case_id IN (" + CASES + ")", ids);
        Sql.update(jdbc, "UPDATE employment_study_unit SET strengths = NULL, workplace_learning = NULL,"
                + " support_needs = NULL, version = version + 1 WHERE case_id IN (" + CASES + ")", ids);
    }

    @Override
    public void erase(long traineeId, List<Long> periodIds) {
        List<Long> ids = List.of(traineeId);
        for (String table : List.of("employer_contact_case", "employment_event", "employment_work_history",
                "employment_education", "employment_study_unit", "employment_phase_change", "employment_form",
                "employment_job")) {
            // forms (texts and parties cascade) before jobs: a support plan refers to its job
            Sql.update(jdbc, "DELETE FROM " + table + " WHERE case_id IN (" + CASES + ")", ids);
        }
        Sql.update(jdbc, "DELETE FROM employment_case WHERE trainee_id IN (:ids)", ids);
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(long traineeId, List<Long> periodIds) {
        List<Long> ids = List.of(traineeId);
        Map<String, List<Map<String, Object>>> m = new LinkedHashMap<>();
        m.put("cases", Sql.rows(jdbc, "SELECT id, team_id, coach_id, period_id, source, variant, phase, referred_on,"
                + " agreed_on, closed_on, outcome, closure_reason, school_name, qualification_name, teacher_name,"
                + " teacher_contact FROM employment_case WHERE trainee_id IN (:ids) ORDER BY referred_on", ids));
        m.put("phases", Sql.rows(jdbc, "SELECT case_id, phase, changed_on, reason FROM employment_phase_change"
                + " WHERE case_id IN (" + CASES + ") ORDER BY case_id, changed_on, id", ids));
        m.put("forms", Sql.rows(jdbc, "SELECT id, case_id, kind, revision, form_date, review_on, job_id, consent,"
                + " disclosure FROM employment_form WHERE case_id IN (" + CASES + ") ORDER BY case_id, kind, revision",
                ids));
        m.put("formTexts", Sql.rows(jdbc, "SELECT x.form_id, x.field, x.value FROM employment_form_text x"
                + " JOIN employment_form f ON f.id = x.form_id WHERE f.case_id IN (" + CASES + ")"
                + " ORDER BY x.form_id, x.field", ids));
        m.put("jobs", Sql.rows(jdbc, "SELECT j.id, j.case_id, e.name AS employer, j.title, j.start_date,"
                + " j.hours_per_week, j.pay_amount, j.pay_unit, j.contract_type, j.pay_subsidy, j.found_by, j.disclosed,"
                + " j.tasks, j.supports, j.notes, j.end_date, j.ended_by, j.end_reason, j.learned, j.next_step"
                + " FROM employment_job j JOIN employer e ON e.id = j.employer_id"
                + " WHERE j.case_id IN (" + CASES + ") ORDER BY j.start_date", ids));
        m.put("events", Sql.rows(jdbc, "SELECT id, case_id, event_date, kind, status, note FROM employment_event"
                + " WHERE case_id IN (" + CASES + ") ORDER BY event_date", ids));
        m.put("workHistory", Sql.rows(jdbc, "SELECT case_id, employer_name, title, period_text, tasks, liked,"
                + " disliked, leaving_reason FROM employment_work_history WHERE case_id IN (" + CASES + ")"
                + " ORDER BY id", ids));
        m.put("education", Sql.rows(jdbc, "SELECT case_id, institution, programme, start_date, end_date, outcome,"
                + " note FROM employment_education WHERE case_id IN (" + CASES + ") ORDER BY start_date", ids));
        m.put("studyUnits", Sql.rows(jdbc, "SELECT case_id, unit_code, unit_name, started_on, completed_on,"
                + " strengths, workplace_learning, support_needs FROM employment_study_unit"
                + " WHERE case_id IN (" + CASES + ") ORDER BY started_on", ids));
        m.put("employerContacts", Sql.rows(jdbc, "SELECT k.case_id, c.contact_date, e.name AS employer, c.kind,"
                + " c.purpose, c.outcome FROM employer_contact_case k JOIN employer_contact c ON c.id = k.contact_id"
                + " JOIN employer e ON e.id = c.employer_id WHERE k.case_id IN (" + CASES + ")"
                + " ORDER BY c.contact_date", ids));
        return m;
    }
}
