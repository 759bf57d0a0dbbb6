package fi.taitoura.inclusion;

import fi.taitoura.base.time.Time;
import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.report.ReportingWindow;
import fi.taitoura.base.report.ReportingWindows;
import fi.taitoura.capacity.InclusionReport;
import fi.taitoura.capacity.InclusionReportService;
import fi.taitoura.inclusion.SurveyDefinition.Question;
import fi.taitoura.inclusion.SurveyDefinition.QuestionType;
import fi.taitoura.security.CurrentUser;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserService;
import fi.taitoura.workplace.WorkplaceService;
import fi.taitoura.workplace.WorkplaceService.OrganisationRef;
import fi.taitoura.workplace.WorkplaceService.UnitRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole inclusion survey reported per group (seed 004): the 10 statements of the inclusion indicator (from the
 * capacity feature) and the other parts, for one work unit or organisation and one fixed reporting window.
 * Respondents are the trainees whose end answers fall in the window; their start answers are compared with them.
 * Nothing is shown for a group below the minimum size, nor for an organisation whose small units' respondents
 * together are below it (they could be found as the difference between the organisation and its shown units).
 * Open answers are listed only for a shown group, alphabetically, apart from the other answers. Counts come from
 * one aggregate query each; every view and export is audited.
 */
@Service
public class InclusionGroupReportService {

    private final InclusionReportService statements;
    private final SurveyDefinitions definitions;
    private final ReportingWindows windows;
    private final NamedParameterJdbcTemplate jdbc;
    private final AuditService audit;
    private final InclusionExports exports;
    private final WorkplaceService workplaces;
    private final UserService users;
    private final CurrentUser currentUser;

    InclusionGroupReportService(InclusionReportService statements, SurveyDefinitions definitions,
                                ReportingWindows windows, NamedParameterJdbcTemplate jdbc, AuditService audit,
                                InclusionExports exports, WorkplaceService workplaces, UserService users,
                                CurrentUser currentUser) {
        this.exports = exports;
        this.workplaces = workplaces;
        this.users = users;
        this.currentUser = currentUser;
        this.statements = statements;
        this.definitions = definitions;
        this.windows = windows;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** One work unit, or a whole organisation, and one window. */
    public record GroupQuery(Long organisationId, Long workUnitId, ReportingWindow window) {
        String auditDetails() {
            return AuditDetails.of("unit", workUnitId, "org", workUnitId != null ? null : organisationId,
                    "from", window.from(), "to", window.to());
        }
    }

    public enum Withheld { TOO_FEW, COMPLEMENT }

    /** Answers per option at the start and at the end. */
    public record OptionCount(int value, String label, long start, long end) {
    }

    /** One question: counts per option and the mean of a scale (1..5), or the open answers of a shown group. */
    public record QuestionReport(String part, String key, QuestionType type, String text, long startAnswers,
                                 long endAnswers, List<OptionCount> options, Double startMean, Double endMean,
                                 List<String> openAnswers) {
    }

    /**
     * The group's report. {@code statements}: the indicator's part as the capacity feature reports it, with its
     * own respondents; {@code statementsWithheld} when it must not be shown. {@code respondents} and
     * {@code withheld} concern the other parts.
     */
    public record GroupReport(String groupName, ReportingWindow window, int minGroupSize, InclusionReport statements,
                              Withheld statementsWithheld, long respondents, Withheld withheld, String surveyName,
                              boolean workingText, List<QuestionReport> questions) {
        public boolean shown() {
            return withheld == null;
        }
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEAD', 'COACH')")
    @Transactional(readOnly = true)
    public List<OrganisationRef> reportableOrganisations() {
        // the same reach as the statements' report (capacity's InclusionReportService), which checks it again
        if (isPlatformAdmin()) {
            return workplaces.findOrganisationRefs();
        }
        if (currentUser.hasRole(Role.ADMIN)) { // an organisation's administrator: their own organisation
            return currentUser.organisationId().flatMap(workplaces::findOrganisationRef).stream().toList();
        }
        if (currentUser.hasRole(Role.TEAM_LEAD)) {
            return currentUser.organisationId().flatMap(workplaces::findOrganisationRef).stream().toList();
        }
        return List.of();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEAD', 'COACH')")
    @Transactional(readOnly = true)
    public List<UnitRef> reportableUnits() {
        if (isPlatformAdmin()) {
            return workplaces.findAllUnitRefs();
        }
        Map<Long, UnitRef> units = new java.util.LinkedHashMap<>();
        if (currentUser.hasRole(Role.TEAM_LEAD) || currentUser.hasRole(Role.ADMIN)) {
            currentUser.organisationId().ifPresent(o -> workplaces.findUnitRefsOfOrganisation(o)
                    .forEach(u -> units.put(u.id(), u)));
        }
        workplaces.findUnitRefs(users.findWorkUnitIds(currentUser.requireId()))
                .forEach(u -> units.putIfAbsent(u.id(), u));
        List<UnitRef> list = new ArrayList<>(units.values());
        list.sort(java.util.Comparator.comparing(UnitRef::name));
        return list;
    }

    /** The window containing today and the seven before it, newest first. */
    public List<ReportingWindow> windows() {
        return windows.recent(Time.today(), 8);
    }

    public int minGroupSize() {
        return statements.minGroupSize();
    }

    /** The report of a group the signed-in user may report on; the read is audited. */
    @PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEAD', 'COACH')")
    @Transactional(readOnly = true)
    public GroupReport report(GroupQuery q, Locale locale) {
        GroupReport r = compute(q, locale);
        audit.recordRead("InclusionSurveyReport", q.workUnitId() != null ? q.workUnitId() : q.organisationId(), null,
                codes(q.auditDetails(), AuditDetails.of("respondents", r.respondents(), "shown", r.shown())));
        return r;
    }

    GroupReport compute(GroupQuery q, Locale locale) {
        if (q.window() == null || !windows.isWindow(q.window().from(), q.window().to())) {
            throw new fi.taitoura.base.BusinessRuleException("inclusion.report.error.window");
        }
        List<UnitRef> units;
        String groupName;
        if (q.workUnitId() != null) {
            UnitRef unit = reportableUnits().stream().filter(u -> u.id().equals(q.workUnitId())).findFirst()
                    .orElseThrow(() -> new AccessDeniedException("Work unit not reportable"));
            units = List.of(unit);
            groupName = unit.name();
        } else if (q.organisationId() != null) {
            OrganisationRef org = reportableOrganisations().stream()
                    .filter(o -> o.id().equals(q.organisationId())).findFirst()
                    .orElseThrow(() -> new AccessDeniedException("Organisation not reportable"));
            units = reportableUnits().stream().filter(u -> org.id().equals(u.organisationId())).toList();
            groupName = org.name();
        } else {
            throw new AccessDeniedException("A group is required");
        }
        int min = minGroupSize();
        SurveyDefinition def = definitions.current();
        MapSqlParameterSource params = new MapSqlParameterSource("units", units.isEmpty() ? List.of(-1L)
                : units.stream().map(UnitRef::id).toList())
                .addValue("code", def.code()).addValue("from", q.window().from()).addValue("to", q.window().to());

        // Respondents per work unit: trainees with an end answer in the window.
        Map<Long, Long> perUnit = new HashMap<>();
        jdbc.query("""
                select d.work_unit_id, count(distinct r.trainee_id) n
                from inclusion_survey_response r join report_period d on d.period_id = r.period_id
                where d.work_unit_id in (:units) and r.survey_code = :code and r.phase = 'END'
                  and r.answered_on between :from and :to
                group by d.work_unit_id""", params,
                rs -> {
                    perUnit.put(rs.getLong(1), rs.getLong(2));
                });
        long respondents = jdbc.queryForObject("""
                select count(distinct r.trainee_id)
                from inclusion_survey_response r join report_period d on d.period_id = r.period_id
                where d.work_unit_id in (:units) and r.survey_code = :code and r.phase = 'END'
                  and r.answered_on between :from and :to""", params, Long.class);
        Withheld withheld = withheld(respondents, q.workUnitId() == null ? perUnit.values() : List.of(), min);

        // The 10 statements through the capacity feature, with the same complementary rule over its unit counts.
        InclusionReport st = statements.report(new InclusionReportService.Query(q.organisationId(),
                q.workUnitId(), q.window().from(), q.window().to()));
        Withheld statementsWithheld = st.shown() ? null : Withheld.TOO_FEW;
        if (st.shown() && q.workUnitId() == null && units.size() > 1) {
            List<Long> counts = new ArrayList<>();
            for (UnitRef u : units) {
                counts.add((long) statements.report(new InclusionReportService.Query(null, u.id(),
                        q.window().from(), q.window().to())).respondents());
            }
            statementsWithheld = withheld(st.respondents(), counts, min);
        }

        List<QuestionReport> questions = new ArrayList<>();
        if (withheld == null) {
            Map<String, Map<Integer, long[]>> counts = new HashMap<>();
            jdbc.query("""
                    select r.phase, a.question_key, a.option_value, count(distinct r.trainee_id) n
                    from inclusion_survey_response r
                    join inclusion_survey_answer a on a.response_id = r.id
                    join report_period d on d.period_id = r.period_id
                    where d.work_unit_id in (:units) and r.survey_code = :code and a.option_value is not null
                      and r.period_id in (select e.period_id from inclusion_survey_response e
                          where e.survey_code = :code and e.phase = 'END' and e.answered_on between :from and :to)
                    group by r.phase, a.question_key, a.option_value""", params,
                    rs -> {
                        long[] v = counts.computeIfAbsent(rs.getString("question_key"), k -> new HashMap<>())
                                .computeIfAbsent(rs.getInt("option_value"), k -> new long[2]);
                        v["START".equals(rs.getString("phase")) ? 0 : 1] = rs.getLong("n");
                    });
            Map<String, List<String>> texts = new HashMap<>();
            jdbc.query("""
                    select a.question_key, a.text_value
                    from inclusion_survey_response r
                    join inclusion_survey_answer a on a.response_id = r.id
                    join report_period d on d.period_id = r.period_id
                    where d.work_unit_id in (:units) and r.survey_code = :code and r.phase = 'END'
                      and r.answered_on between :from and :to and a.text_value is not null
                    order by a.question_key, a.text_value""", params,
                    rs -> {
                        texts.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    });
            for (SurveyDefinition.Part part : def.parts()) {
                for (Question question : part.questions()) {
                    questions.add(question(part, question, counts.getOrDefault(question.key(), Map.of()),
                            texts.getOrDefault(question.key(), List.of()), locale));
                }
            }
        }
        return new GroupReport(groupName, q.window(), min, st, statementsWithheld, respondents, withheld,
                def.name().in(locale), def.workingText(), questions);
    }

    /**
     * Too few respondents; or, for an organisation, its units below the minimum (but not empty) together below it:
     * they would be the difference between the organisation and its shown units.
     */
    static Withheld withheld(long respondents, java.util.Collection<Long> unitCounts, int min) {
        if (respondents < min) {
            return Withheld.TOO_FEW;
        }
        long hiddenInUnits = unitCounts.stream().filter(n -> n > 0 && n < min).mapToLong(Long::longValue).sum();
        return hiddenInUnits > 0 && hiddenInUnits < min ? Withheld.COMPLEMENT : null;
    }

    private static QuestionReport question(SurveyDefinition.Part part, Question q, Map<Integer, long[]> counts,
                                           List<String> texts, Locale locale) {
        if (q.type() == QuestionType.TEXT) {
            return new QuestionReport(part.name().in(locale), q.key(), q.type(), q.text().in(locale), 0,
                    texts.size(), List.of(), null, null, texts);
        }
        List<OptionCount> options = new ArrayList<>();
        long startN = 0;
        long endN = 0;
        long startSum = 0;
        long endSum = 0;
        for (SurveyDefinition.Option o : q.options()) {
            long[] v = counts.getOrDefault(o.value(), new long[2]);
            options.add(new OptionCount(o.value(), o.label().in(locale), v[0], v[1]));
            startN += v[0];
            endN += v[1];
            startSum += v[0] * o.value();
            endSum += v[1] * o.value();
        }
        boolean scale = q.type() == QuestionType.SCALE;
        return new QuestionReport(part.name().in(locale), q.key(), q.type(), q.text().in(locale), startN, endN,
                options, scale && startN > 0 ? (double) startSum / startN : null,
                scale && endN > 0 ? (double) endSum / endN : null, List.of());
    }

    /** The report as xlsx for the funder's reporting (shown parts only); the export is audited. */
    @PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEAD', 'COACH')")
    @Transactional
    public byte[] exportXlsx(GroupQuery q, Locale locale) {
        GroupReport r = compute(q, locale);
        byte[] bytes = exports.xlsx(r, locale);
        audit.recordChange(AuditAction.EXPORT, "InclusionSurveyReport", q.workUnitId() != null ? q.workUnitId()
                : q.organisationId(), null, codes(AuditDetails.of("format", "xlsx"), q.auditDetails(),
                        AuditDetails.of("shown", r.shown())));
        return bytes;
    }

    /** The report as CSV (shown parts only); the export is audited. */
    @PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEAD', 'COACH')")
    @Transactional
    public byte[] exportCsv(GroupQuery q, Locale locale) {
        GroupReport r = compute(q, locale);
        byte[] bytes = exports.csv(r, locale);
        audit.recordChange(AuditAction.EXPORT, "InclusionSurveyReport", q.workUnitId() != null ? q.workUnitId()
                : q.organisationId(), null, codes(AuditDetails.of("format", "csv"), q.auditDetails(),
                        AuditDetails.of("shown", r.shown())));
        return bytes;
    }
    /** Code-only audit details joined with {@code ;} (null parts left out). */
    private static String codes(String... parts) {
        String s = java.util.Arrays.stream(parts).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining(";"));
        return s.isEmpty() ? null : s;
    }

    /** The installation's platform administrator (ADMIN without an organisation) reports on every organisation. */
    private boolean isPlatformAdmin() {
        return currentUser.hasRole(Role.ADMIN) && currentUser.organisationId().isEmpty();
    }
}
