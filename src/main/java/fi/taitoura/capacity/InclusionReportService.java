package fi.taitoura.capacity;

import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.report.ReportingWindows;
import fi.taitoura.security.CurrentUser;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserService;
import fi.taitoura.workplace.WorkplaceService.OrganisationRef;
import fi.taitoura.workplace.WorkplaceService.UnitRef;
import fi.taitoura.workplace.WorkplaceService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Osallisuusindikaattori group report. THL does not recommend the indicator for assessing individuals: it is
 * reported only per group (a work unit or an organisation, in a time range), as the change from the start to the
 * end of the respondents' periods, and only when the group has at least {@code taitoura.inclusion.min-group-size}
 * respondents (default 7). Nothing here returns an individual's answers.
 * <p>
 * Who: ADMIN any group; TEAM_LEAD their organisation and its work units; COACH the work units they coach.
 */
@Service
public class InclusionReportService {

    private static final Logger log = LoggerFactory.getLogger(InclusionReportService.class);

    private final CapacityAssessmentRepository assessments;
    private final InstrumentService instruments;
    private final WorkplaceService workplaces;
    private final UserService users;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final int minGroupSize;
    private final ReportingWindows windows;
    private final fi.taitoura.trainee.TraineeService trainees;

    InclusionReportService(CapacityAssessmentRepository assessments, InstrumentService instruments,
                           WorkplaceService workplaces, UserService users, CurrentUser currentUser, AuditService audit,
                           @Value("${taitoura.inclusion.min-group-size:7}") int minGroupSize,
                           ReportingWindows windows, fi.taitoura.trainee.TraineeService trainees) {
        this.windows = windows;
        this.trainees = trainees;
        this.assessments = assessments;
        this.instruments = instruments;
        this.workplaces = workplaces;
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
        if (minGroupSize < 5) {
            log.warn("taitoura.inclusion.min-group-size={} is below 5; using 5 so that individuals cannot be "
                    + "recognised", minGroupSize);
        }
        this.minGroupSize = Math.max(5, minGroupSize);
    }

    public int minGroupSize() {
        return minGroupSize;
    }

    /**
     * The group: one work unit, or a whole organisation; and the fixed reporting window (see {@link ReportingWindows})
     * the end answers fall in. Any other range is refused, so that overlapping ranges cannot isolate a person.
     */
    public record Query(Long organisationId, Long workUnitId, LocalDate from, LocalDate to) {
    }

    /** Organisations the signed-in user may report on as a whole. */
    @PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEAD', 'COACH')")
    @Transactional(readOnly = true)
    public List<OrganisationRef> reportableOrganisations() {
        if (currentUser.hasRole(Role.ADMIN)) {
            return workplaces.findOrganisationRefs();
        }
        if (currentUser.hasRole(Role.TEAM_LEAD)) {
            return currentUser.organisationId().flatMap(workplaces::findOrganisationRef).stream().toList();
        }
        return List.of();
    }

    /** Work units the signed-in user may report on. */
    @PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEAD', 'COACH')")
    @Transactional(readOnly = true)
    public List<UnitRef> reportableUnits() {
        if (currentUser.hasRole(Role.ADMIN)) {
            return workplaces.findAllUnitRefs();
        }
        Map<Long, UnitRef> units = new java.util.LinkedHashMap<>();
        if (currentUser.hasRole(Role.TEAM_LEAD)) {
            currentUser.organisationId().ifPresent(o -> workplaces.findUnitRefsOfOrganisation(o)
                    .forEach(u -> units.put(u.id(), u)));
        }
        workplaces.findUnitRefs(users.findWorkUnitIds(currentUser.requireId()))
                .forEach(u -> units.putIfAbsent(u.id(), u));
        List<UnitRef> list = new ArrayList<>(units.values());
        list.sort(java.util.Comparator.comparing(UnitRef::name));
        return list;
    }

    /** The report of a group; refused for a group outside the user's reach. The (aggregate) read is audited. */
    @PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEAD', 'COACH')")
    @Transactional(readOnly = true)
    public InclusionReport report(Query q) {
        if (!windows.isWindow(q.from(), q.to())) {
            throw new BusinessRuleException("inclusion.report.error.window");
        }
        String groupName;
        if (q.workUnitId() != null) {
            UnitRef unit = reportableUnits().stream().filter(u -> u.id().equals(q.workUnitId())).findFirst()
                    .orElseThrow(() -> new AccessDeniedException("Work unit not reportable"));
            groupName = unit.name();
        } else if (q.organisationId() != null) {
            OrganisationRef org = reportableOrganisations().stream().filter(o -> o.id().equals(q.organisationId()))
                    .findFirst().orElseThrow(() -> new AccessDeniedException("Organisation not reportable"));
            groupName = org.name();
        } else {
            throw new AccessDeniedException("A group is required");
        }
        // The group's periods with their trainees from the trainee feature, then their answers (two queries).
        Map<Long, Long> traineeOf = trainees.periodTraineesInGroup(q.workUnitId(),
                q.workUnitId() != null ? null : q.organisationId());
        List<Object[]> rows = traineeOf.isEmpty() ? List.of() : assessments.findByPeriodsAndKind(traineeOf.keySet(),
                InstrumentKind.INCLUSION).stream().map(a -> new Object[] {a, traineeOf.get(a.getPeriodId())}).toList();
        InclusionReport report = compute(groupName, q, rows);
        audit.recordRead("InclusionReport", q.workUnitId() != null ? q.workUnitId() : q.organisationId(), null,
                AuditDetails.of("group", q.workUnitId() != null ? "workUnit" : "organisation", "from", q.from(),
                        "to", q.to(), "respondents", report.respondents(), "shown", report.shown()));
        return report;
    }

    private record Pair(Long traineeId, CapacityAssessment start, CapacityAssessment end) {
    }

    private InclusionReport compute(String groupName, Query q, List<Object[]> rows) {
        Map<Long, CapacityAssessment> starts = new HashMap<>();
        Map<Long, CapacityAssessment> ends = new HashMap<>();
        Map<Long, Long> traineeOfPeriod = new HashMap<>();
        for (Object[] row : rows) {
            CapacityAssessment a = (CapacityAssessment) row[0];
            traineeOfPeriod.put(a.getPeriodId(), (Long) row[1]);
            if (a.getRater() != Rater.SELF) {
                continue;
            }
            if (a.getPhase() == AssessmentPhase.START) {
                starts.merge(a.getPeriodId(), a, (x, y) -> x.getAssessedOn().isBefore(y.getAssessedOn()) ? x : y);
            } else if (a.getPhase() == AssessmentPhase.END) {
                ends.merge(a.getPeriodId(), a, (x, y) -> x.getAssessedOn().isAfter(y.getAssessedOn()) ? x : y);
            }
        }
        // One pair per trainee: their latest period with both answers, the end answer within the range.
        Map<Long, Pair> pairs = new HashMap<>();
        int startOnly = 0;
        for (var e : starts.entrySet()) {
            CapacityAssessment end = ends.get(e.getKey());
            boolean inRange = end != null && (q.from() == null || !end.getAssessedOn().isBefore(q.from()))
                    && (q.to() == null || !end.getAssessedOn().isAfter(q.to()));
            if (!inRange) {
                if (end == null) {
                    startOnly++;
                }
                continue;
            }
            Long trainee = traineeOfPeriod.get(e.getKey());
            Pair candidate = new Pair(trainee, e.getValue(), end);
            pairs.merge(trainee, candidate,
                    (x, y) -> x.end().getAssessedOn().isAfter(y.end().getAssessedOn()) ? x : y);
        }
        int n = pairs.size();
        if (n < minGroupSize) {
            return new InclusionReport(groupName, q.from(), q.to(), n, startOnly, minGroupSize, List.of(), null, null);
        }
        Instrument current = instruments.findCurrent(InstrumentService.OSALLISUUSINDIKAATTORI).orElseThrow();
        List<InstrumentItem> statements = current.items().toList();
        List<InclusionReport.StatementChange> changes = new ArrayList<>();
        double startTotal = 0;
        double endTotal = 0;
        for (int i = 0; i < statements.size(); i++) {
            String key = statements.get(i).getKey();
            double s = mean(pairs.values().stream().map(p -> valueOf(p.start(), key)).toList());
            double e = mean(pairs.values().stream().map(p -> valueOf(p.end(), key)).toList());
            changes.add(new InclusionReport.StatementChange(i + 1, statements.get(i).getText().getFi(), s, e));
            startTotal += s;
            endTotal += e;
        }
        return new InclusionReport(groupName, q.from(), q.to(), n, startOnly, minGroupSize, changes,
                startTotal / statements.size(), endTotal / statements.size());
    }

    private static Integer valueOf(CapacityAssessment a, String itemKey) {
        return a.getAnswers().stream().filter(x -> x.getItem().getKey().equals(itemKey))
                .map(CapacityAnswer::getValue).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static double mean(List<Integer> values) {
        return values.stream().filter(Objects::nonNull).mapToInt(Integer::intValue).average().orElse(Double.NaN);
    }

}
