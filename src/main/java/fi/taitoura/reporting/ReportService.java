package fi.taitoura.reporting;

import fi.taitoura.base.time.Time;
import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.certificate.CertificateFacts;
import fi.taitoura.certificate.CertificateFacts.CertificateFigures;
import fi.taitoura.demonstration.DemonstrationFacts;
import fi.taitoura.demonstration.DemonstrationFacts.DemonstrationFigures;
import fi.taitoura.documentation.DocumentationFacts;
import fi.taitoura.documentation.DocumentationFacts.AttendanceFigures;
import fi.taitoura.employment.EmploymentFacts;
import fi.taitoura.employment.EmploymentRecords.TeamView;
import fi.taitoura.employment.EmploymentTeamService;
import fi.taitoura.outcome.FollowUpState;
import fi.taitoura.employment.Outcome;
import fi.taitoura.outcome.OutcomeFacts;
import fi.taitoura.outcome.OutcomeFacts.GroupOutcomes;
import fi.taitoura.outcome.OutcomeFacts.OutcomeCount;
import fi.taitoura.reporting.FollowUpReport.EnvironmentRow;
import fi.taitoura.reporting.FollowUpReport.FunderRow;
import fi.taitoura.reporting.FollowUpReport.OutcomeRow;
import fi.taitoura.reporting.FollowUpReport.RowKind;
import fi.taitoura.security.CurrentUser;
import fi.taitoura.summary.SummaryFacts;
import fi.taitoura.summary.SummaryFacts.SummaryFigures;
import fi.taitoura.trainee.GroupKey;
import fi.taitoura.trainee.PeriodFacts;
import fi.taitoura.trainee.PeriodFacts.FunderFigures;
import fi.taitoura.trainee.PeriodFacts.PeriodFigures;
import fi.taitoura.trainee.ReportFilter;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserService;
import fi.taitoura.workplace.WorkplaceService.OrganisationRef;
import fi.taitoura.workplace.WorkplaceService.UnitRef;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team lead's reports (issue #15): the follow-up table, computed by the database through each feature's facts
 * API (aggregate queries), composed here per work unit and coach, and exported as xlsx and CSV. Every view and
 * every export is audited with the filter (ids and dates). The viewer's scope comes from {@link PeriodFacts}: an
 * the platform administrator sees every work unit, an organisation's administrator and a team lead those of their
 * organisation (and a team lead also their own).
 */
@Service
public class ReportService {

    static final ZoneId ZONE = Time.zone();

    private final PeriodFacts periods;
    private final DocumentationFacts documentation;
    private final DemonstrationFacts demonstrations;
    private final CertificateFacts certificates;
    private final OutcomeFacts outcomes;
    private final UserService users;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final ReportExports exports;
    private final EmploymentFacts employmentFacts;
    private final EmploymentTeamService employmentTeams;
    private final SummaryFacts summaries;

    ReportService(PeriodFacts periods, DocumentationFacts documentation, DemonstrationFacts demonstrations,
                  CertificateFacts certificates, OutcomeFacts outcomes, UserService users, CurrentUser currentUser,
                  AuditService audit, ReportExports exports, EmploymentFacts employmentFacts,
                  EmploymentTeamService employmentTeams, SummaryFacts summaries) {
        this.summaries = summaries;
        this.employmentFacts = employmentFacts;
        this.employmentTeams = employmentTeams;
        this.periods = periods;
        this.documentation = documentation;
        this.demonstrations = demonstrations;
        this.certificates = certificates;
        this.outcomes = outcomes;
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
        this.exports = exports;
    }

    /** What the filter can offer the signed-in user: their organisations, work units and the coaches of those. */
    public record Options(List<OrganisationRef> organisations, List<UnitRef> units, List<Coach> coaches) {
    }

    /** A coach and the work units (in scope) they are assigned to. */
    public record Coach(Long id, String name, Set<Long> unitIds) {
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEAD')")
    @Transactional(readOnly = true)
    public Options options() {
        List<UnitRef> units = periods.reportableUnits();
        Map<Long, OrganisationRef> orgs = new LinkedHashMap<>();
        units.forEach(w -> orgs.putIfAbsent(w.organisationId(), new OrganisationRef(w.organisationId(),
                w.organisationName())));
        Set<Long> unitIds = units.stream().map(UnitRef::id).collect(Collectors.toSet());
        List<Coach> coaches = new ArrayList<>();
        for (UserService.UserRef u : users.findActiveRefsByRole(Role.COACH)) {
            Set<Long> mine = users.findWorkUnitIds(u.id()).stream().filter(unitIds::contains)
                    .collect(Collectors.toSet());
            if (!mine.isEmpty()) {
                coaches.add(new Coach(u.id(), u.fullName(), mine));
            }
        }
        coaches.sort(Comparator.comparing(Coach::name));
        List<OrganisationRef> orgList = new ArrayList<>(orgs.values());
        orgList.sort(Comparator.comparing(o -> String.valueOf(o.name())));
        return new Options(orgList, units, coaches);
    }

    /** The follow-up table for the query; the view is audited. */
    @PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEAD')")
    @Transactional(readOnly = true)
    public FollowUpReport followUpReport(ReportQuery q) {
        FollowUpReport report = compute(q);
        audit.recordRead("FollowUpReport", null, null, q.auditDetails());
        return report;
    }

    /** The follow-up table as an xlsx workbook (streaming writer); the export is audited. */
    @PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEAD')")
    @Transactional
    public byte[] exportXlsx(ReportQuery q, Locale locale) {
        FollowUpReport report = compute(q);
        byte[] bytes = exports.xlsx(report, locale);
        audit.recordChange(AuditAction.EXPORT, "FollowUpReport", null, null, codes(AuditDetails.of("format", "xlsx"), q.auditDetails()));
        return bytes;
    }

    /** One section of the follow-up table as CSV (UTF-8, semicolons); the export is audited. */
    @PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEAD')")
    @Transactional
    public byte[] exportCsv(ReportQuery q, ReportExports.Section section, Locale locale) {
        FollowUpReport report = compute(q);
        byte[] bytes = exports.csv(report, section, locale);
        audit.recordChange(AuditAction.EXPORT, "FollowUpReport", null, null,
                codes(AuditDetails.of("format", "csv", "section", section), q.auditDetails()));
        return bytes;
    }

    // ------------------------------------------------------------------ composition

    FollowUpReport compute(ReportQuery q) {
        ReportFilter f = periods.filter(q.organisationId(), q.workUnitId(), q.coachId(), q.from(), q.to());
        Map<GroupKey, PeriodFigures> pf = periods.periodFigures(f);
        Map<GroupKey, AttendanceFigures> af = documentation.attendanceFigures(f);
        Map<GroupKey, DemonstrationFigures> df = demonstrations.demonstrationFigures(f);
        Map<GroupKey, CertificateFigures> cf = certificates.certificateFigures(f);
        Map<GroupKey, SummaryFigures> sf = summaries.summaryFigures(f);
        Map<GroupKey, GroupOutcomes> of = outcomes.groupOutcomes(f);
        List<OutcomeCount> counts = outcomes.outcomeCounts(f);
        List<FunderFigures> funder = periods.funderFigures(f);

        Map<Long, UnitRef> units = periods.reportableUnits().stream()
                .collect(Collectors.toMap(UnitRef::id, Function.identity()));
        Set<GroupKey> keys = new HashSet<>();
        keys.addAll(pf.keySet());
        keys.addAll(af.keySet());
        keys.addAll(df.keySet());
        keys.addAll(cf.keySet());
        keys.addAll(sf.keySet());
        keys.addAll(of.keySet());
        keys.add(GroupKey.TOTAL);
        Map<Long, String> coachNames = users.findNames(keys.stream().map(GroupKey::coachId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        // the coaches assigned to each unit shown, counted by one query (not one load of the coaches per unit)
        Map<Long, Integer> coachesInUnit = users.countCoachesOf(keys.stream().filter(GroupKey::isUnitTotal)
                .map(GroupKey::unitId).filter(units::containsKey).collect(Collectors.toSet()));
        List<EnvironmentRow> rows = new ArrayList<>();
        for (GroupKey k : keys) {
            RowKind kind = k.isTotal() ? RowKind.TOTAL : k.isUnitTotal() ? RowKind.UNIT : RowKind.COACH;
            UnitRef unit = k.unitId() == null ? null : units.get(k.unitId());
            String coachName = null;
            Integer capacity = null;
            if (kind == RowKind.COACH) {
                coachName = k.isWithoutCoach() ? null : coachNames.getOrDefault(k.coachId(), "#" + k.coachId());
                capacity = k.isWithoutCoach() || unit == null ? null : unit.traineesPerCoach();
            } else if (kind == RowKind.UNIT && unit != null) {
                int coaches = coachesInUnit.getOrDefault(unit.id(), 0);
                capacity = coaches == 0 ? null : coaches * unit.traineesPerCoach();
            }
            PeriodFigures p = pf.getOrDefault(k, PeriodFigures.NONE);
            AttendanceFigures a = af.getOrDefault(k, AttendanceFigures.NONE);
            DemonstrationFigures d = df.getOrDefault(k, DemonstrationFigures.NONE);
            CertificateFigures c = cf.getOrDefault(k, CertificateFigures.NONE);
            SummaryFigures sm = sf.getOrDefault(k, SummaryFigures.NONE);
            GroupOutcomes o = of.getOrDefault(k, GroupOutcomes.NONE);
            rows.add(new EnvironmentRow(kind, k.unitId(), k.coachId(), unit == null ? null : unit.name(),
                    coachName, capacity, p.activeTrainees(), p.started(), p.ended(), a.presentDays(),
                    a.recordedDays(), a.requirementsShown(), d.assessed(), d.passed(), d.unitsPassed(),
                    c.certificates(), c.units(), sm.finalised(), sm.delivered(), o.recorded(), o.toWorkOrEducation(), o.interrupted(),
                    o.followUpConsent(), o.status3mRecorded(), o.toWorkOrEducation3m()));
        }
        rows.sort(Comparator.comparing((EnvironmentRow r) -> r.kind() == RowKind.TOTAL ? 1 : 0)
                .thenComparing(r -> Objects.toString(r.unitName(), ""))
                .thenComparing(r -> r.unitId() == null ? 0L : r.unitId())
                .thenComparing(r -> r.kind() == RowKind.UNIT ? 0 : 1)
                .thenComparing(r -> r.coachName() == null ? "\uffff" : r.coachName()));

        Map<Outcome, long[]> byOutcome = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            byOutcome.put(o, new long[2]);
        }
        long missing = 0;
        Map<FollowUpState, Long> states = new EnumMap<>(FollowUpState.class);
        for (FollowUpState s : FollowUpState.values()) {
            states.put(s, 0L);
        }
        for (OutcomeCount c : counts) {
            if (c.outcome() == null) {
                missing += c.periods();
            } else {
                byOutcome.get(c.outcome())[0] += c.periods();
                states.merge(c.followUpState(), c.periods(), Long::sum);
            }
            if (c.status3m() != null) {
                byOutcome.get(c.status3m())[1] += c.periods();
            }
        }
        List<OutcomeRow> outcomeRows = new ArrayList<>();
        byOutcome.forEach((o, v) -> outcomeRows.add(new OutcomeRow(o, v[0], v[1])));
        outcomeRows.add(new OutcomeRow(null, missing, 0));

        List<FunderRow> funderRows = new ArrayList<>();
        for (FunderFigures ff : funder) {
            if (ff.status() != null && ff.serviceForm() == null) {
                continue; // the per-status subtotals of the rollup: the table shows status x form and the total
            }
            Map<Outcome, Long> m = new EnumMap<>(Outcome.class);
            long none = 0;
            for (OutcomeCount c : counts) {
                boolean match = ff.status() == null || (c.status() == ff.status() && c.serviceForm() == ff.serviceForm());
                if (!match) {
                    continue;
                }
                if (c.outcome() == null) {
                    none += c.periods();
                } else {
                    m.merge(c.outcome(), c.periods(), Long::sum);
                }
            }
            funderRows.add(new FunderRow(ff.status(), ff.serviceForm(), ff.startedPeople(), ff.startedPeriods(),
                    ff.endedPeople(), ff.endedPeriods(), m, none));
        }
        funderRows.sort(Comparator.comparing((FunderRow r) -> r.status() == null ? 1 : 0)
                .thenComparing(r -> r.status() == null ? 0 : r.status().ordinal())
                .thenComparing(r -> r.serviceForm() == null ? 0 : r.serviceForm().ordinal()));
        if (funderRows.isEmpty()) {
            funderRows.add(new FunderRow(null, null, 0, 0, 0, 0, new EnumMap<>(Outcome.class), 0));
        }

        String scope = scope(q, units);
        String by = currentUser.principal().map(p -> p.getFullName()).orElse("");
        return new FollowUpReport(q, scope, f.asOf(), Time.now(), by, rows, outcomeRows, states,
                funderRows, ips(q, f, units));
    }

    /**
     * Supported employment of the teams the team lead follows in the scope (teams of the chosen organisation, or of
     * the organisations of their work units), through the employment feature's facts. A coach filter keeps that
     * job coach's row. Teams are not work units: a work unit filter does not narrow this section.
     */
    private FollowUpReport.IpsSection ips(ReportQuery q, ReportFilter f, Map<Long, UnitRef> units) {
        if (!currentUser.hasRole(Role.TEAM_LEAD)) {
            return null;
        }
        Set<Long> orgs = units.values().stream().map(UnitRef::organisationId).collect(Collectors.toSet());
        List<TeamView> teams = employmentTeams.teams().stream().filter(TeamView::active)
                .filter(t -> q.organisationId() == null ? orgs.contains(t.organisationId())
                        : q.organisationId().equals(t.organisationId())).toList();
        if (teams.isEmpty()) {
            return null;
        }
        List<FollowUpReport.IpsRow> rows = new ArrayList<>();
        List<fi.taitoura.employment.EmploymentRecords.CaseFact> allCases = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        for (TeamView t : teams) {
            var cases = employmentFacts.caseFacts(t.id());
            var jobs = employmentFacts.jobFacts(t.id(), LocalDate.of(1900, 1, 1), f.to());
            var contacts = employmentFacts.contactFacts(t.id(), f.from(), f.to());
            rows.addAll(IpsMeasures.rows(t.name(), cases, jobs, contacts, f.from(), f.to(), f.asOf(),
                    id -> names.computeIfAbsent(id, k -> users.findNames(List.of(k)).getOrDefault(k, "#" + k)),
                    q.coachId()));
            allCases.addAll(cases);
        }
        return new FollowUpReport.IpsSection(rows, IpsMeasures.funder(allCases, f.from(), f.to()));
    }

    private String scope(ReportQuery q, Map<Long, UnitRef> units) {
        List<String> parts = new ArrayList<>();
        if (q.workUnitId() != null && units.containsKey(q.workUnitId())) {
            UnitRef w = units.get(q.workUnitId());
            parts.add(w.organisationName() + " / " + w.name());
        } else if (q.organisationId() != null) {
            units.values().stream().filter(w -> q.organisationId().equals(w.organisationId())).findFirst()
                    .ifPresent(w -> parts.add(w.organisationName()));
        }
        if (q.coachId() != null) {
            parts.add(users.findNames(List.of(q.coachId())).getOrDefault(q.coachId(), "#" + q.coachId()));
        }
        return String.join(", ", parts);
    }
    /** Code-only audit details joined with {@code ;} (null parts left out). */
    private static String codes(String... parts) {
        String s = java.util.Arrays.stream(parts).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining(";"));
        return s.isEmpty() ? null : s;
    }
}
