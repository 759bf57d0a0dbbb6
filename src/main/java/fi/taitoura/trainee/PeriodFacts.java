package fi.taitoura.trainee;

import fi.taitoura.base.time.Time;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.security.CurrentUser;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserService;
import fi.taitoura.workplace.WorkplaceService;
import fi.taitoura.workplace.WorkplaceService.UnitRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures of training periods for reports (issue #15), each one aggregate query over the trainee feature's
 * published reporting views: counts only, no names. Also decides which work units a viewer may report on, and the
 * trainees-per-coach load behind the capacity warnings.
 */
@Service
public class PeriodFacts {

    private final NamedParameterJdbcTemplate jdbc;
    private final UserService users;
    private final WorkplaceService workplaces;
    private final CurrentUser currentUser;

    PeriodFacts(NamedParameterJdbcTemplate jdbc, UserService users, WorkplaceService workplaces,
                CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.users = users;
        this.workplaces = workplaces;
        this.currentUser = currentUser;
    }

    /** Active, started and ended periods of a group. {@code activeTrainees}: distinct trainees running on as-of. */
    public record PeriodFigures(long activeTrainees, long started, long ended) {
        public static final PeriodFigures NONE = new PeriodFigures(0, 0, 0);
    }

    /** Participants by status and service form; status and form null in the subtotal and total rows. */
    public record FunderFigures(PeriodStatus status, ServiceForm serviceForm, long startedPeople, long startedPeriods,
                                long endedPeople, long endedPeriods) {
    }

    /** How many trainees a coach guides in a work unit on a day, against the unit's trainees per coach. */
    public record CoachLoad(long trainees, int capacity) {
        public boolean exceeded() {
            return trainees > capacity;
        }
    }

    // ------------------------------------------------------------------ scope

    /**
     * The work units whose figures the signed-in user may see: every unit for the platform administrator (no
     * organisation); for an organisation's administrator or a team lead
     * the units of their own organisation and the units they are assigned to. By organisation and name.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEAD')")
    @Transactional(readOnly = true)
    public List<UnitRef> reportableUnits() {
        if (isPlatformAdmin()) {
            return workplaces.findAllUnitRefs();
        }
        Map<Long, UnitRef> units = new HashMap<>();
        currentUser.organisationId().ifPresent(o -> workplaces.findUnitRefsOfOrganisation(o)
                .forEach(w -> units.put(w.id(), w)));
        workplaces.findUnitRefs(users.findWorkUnitIds(currentUser.requireId()))
                .forEach(w -> units.putIfAbsent(w.id(), w));
        List<UnitRef> list = new ArrayList<>(units.values());
        list.sort(Comparator.comparing((UnitRef w) -> String.valueOf(w.organisationName()))
                .thenComparing(UnitRef::name));
        return list;
    }

    /**
     * The filter of a report: an organisation, one work unit, one coach (each optional) and a range, limited to the
     * viewer's work units. Asking for a unit or organisation outside them is refused.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEAD')")
    @Transactional(readOnly = true)
    public ReportFilter filter(Long organisationId, Long workUnitId, Long coachId, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new BusinessRuleException("report.error.range");
        }
        if (to.isBefore(from)) {
            throw new BusinessRuleException("report.error.rangeOrder");
        }
        List<UnitRef> units = reportableUnits();
        if (organisationId != null) {
            units = units.stream().filter(w -> organisationId.equals(w.organisationId())).toList();
            if (units.isEmpty()) {
                throw new AccessDeniedException("Organisation not reportable");
            }
        }
        if (workUnitId != null) {
            units = units.stream().filter(w -> w.id().equals(workUnitId)).toList();
            if (units.isEmpty()) {
                throw new AccessDeniedException("Work unit not reportable");
            }
        }
        Set<Long> ids = units.stream().map(UnitRef::id).collect(Collectors.toSet());
        return new ReportFilter(ids, coachId, from, to, Time.today());
    }

    // ------------------------------------------------------------------ figures

    /** Per work unit and coach: trainees active on the as-of day, periods started and ended in the range. */
    @PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEAD')")
    @Transactional(readOnly = true)
    public Map<GroupKey, PeriodFigures> periodFigures(ReportFilter f) {
        Map<GroupKey, PeriodFigures> result = new HashMap<>();
        jdbc.query("select" + ReportFilter.groupColumns() + """
                    , count(distinct case when d.start_date <= :asOf
                          and coalesce(d.end_date, d.planned_end_date) >= :asOf then d.trainee_id end) active,
                      count(distinct case when d.start_date between :from and :to then d.period_id end) started,
                      count(distinct case when d.end_date between :from and :to then d.period_id end) ended
                    from""" + f.periods() + "where" + f.where() + """
                      and d.start_date <= :to and coalesce(d.end_date, d.planned_end_date) >= :from
                    """ + ReportFilter.groupByUnitAndCoach(), f.params(),
                rs -> {
                    result.put(ReportFilter.key(rs), new PeriodFigures(rs.getLong("active"), rs.getLong("started"),
                            rs.getLong("ended")));
                });
        return result;
    }

    /**
     * Participants (distinct trainees) and periods started and ended in the range, by status and service form, with
     * subtotals per status (form null) and the total (both null).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEAD')")
    @Transactional(readOnly = true)
    public List<FunderFigures> funderFigures(ReportFilter f) {
        return jdbc.query("""
                select d.status, d.service_form,
                  count(distinct case when d.start_date between :from and :to then d.trainee_id end) started_people,
                  count(distinct case when d.start_date between :from and :to then d.period_id end) started_periods,
                  count(distinct case when d.end_date between :from and :to then d.trainee_id end) ended_people,
                  count(distinct case when d.end_date between :from and :to then d.period_id end) ended_periods
                from""" + f.periods() + "where" + f.where() + """
                  and (d.start_date between :from and :to or d.end_date between :from and :to)
                group by d.status, d.service_form with rollup""", f.params(),
                (rs, i) -> {
                    String status = rs.getString("status");
                    String form = rs.getString("service_form");
                    return new FunderFigures(status == null ? null : PeriodStatus.valueOf(status),
                            form == null ? null : ServiceForm.valueOf(form), rs.getLong("started_people"),
                            rs.getLong("started_periods"), rs.getLong("ended_people"), rs.getLong("ended_periods"));
                });
    }

    /**
     * The coach's load in a work unit on a day: distinct trainees in periods running that day with the coach named
     * on them, against the unit's trainees per coach (8–12 in LITE). For the capacity warning on {@code /day}.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CoachLoad coachLoad(Long workUnitId, Long coachId, LocalDate day) {
        UnitRef unit = workplaces.findUnitRef(workUnitId).orElseThrow();
        Long n = jdbc.queryForObject("""
                select count(distinct d.trainee_id) from report_period d
                join report_period_coach c on c.period_id = d.period_id
                where d.work_unit_id = :unit and c.coach_id = :coach and d.start_date <= :day
                  and coalesce(d.end_date, d.planned_end_date) >= :day""",
                new MapSqlParameterSource("unit", workUnitId).addValue("coach", coachId).addValue("day", day),
                Long.class);
        return new CoachLoad(n == null ? 0 : n, unit.traineesPerCoach());
    }

    /** The installation's platform administrator (ADMIN without an organisation) reports on every organisation. */
    private boolean isPlatformAdmin() {
        return currentUser.hasRole(Role.ADMIN) && currentUser.organisationId().isEmpty();
    }
}
