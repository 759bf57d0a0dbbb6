package fi.taitoura.outcome;

import fi.taitoura.employment.Outcome;
import fi.taitoura.trainee.GroupKey;
import fi.taitoura.trainee.PeriodStatus;
import fi.taitoura.trainee.ReportFilter;
import fi.taitoura.trainee.ServiceForm;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outcome figures for reports (issue #15): one aggregate query each over this feature's table and the trainee
 * feature's published reporting views. The cohort is always the periods that ended in the range; their outcome at
 * the end and their status at three months. Counts only.
 */
@Service
public class OutcomeFacts {

    /** Outcomes counted as "to work or education" (sijoittuminen työhön tai koulutukseen). */
    public static final Set<Outcome> WORK_OR_EDUCATION = EnumSet.of(Outcome.EMPLOYMENT, Outcome.SUBSIDISED_WORK,
            Outcome.EDUCATION);

    private static final String WORK_OR_EDUCATION_SQL = "('EMPLOYMENT', 'SUBSIDISED_WORK', 'EDUCATION')";

    private final NamedParameterJdbcTemplate jdbc;

    OutcomeFacts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Per group of periods ended in the range: how many ended, how many have an outcome recorded, went to work or
     * education, were interrupted; how many consented to follow-up, have the status at three months recorded, and
     * were in work or education at three months.
     */
    public record GroupOutcomes(long ended, long recorded, long toWorkOrEducation, long interrupted,
                                long followUpConsent, long status3mRecorded, long toWorkOrEducation3m) {
        public static final GroupOutcomes NONE = new GroupOutcomes(0, 0, 0, 0, 0, 0, 0);
    }

    /** Periods ended in the range by status, service form, outcome, status at three months and follow-up state. */
    public record OutcomeCount(PeriodStatus status, ServiceForm serviceForm, Outcome outcome, Outcome status3m,
                               FollowUpState followUpState, long periods) {
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEAD')")
    @Transactional(readOnly = true)
    public Map<GroupKey, GroupOutcomes> groupOutcomes(ReportFilter f) {
        Map<GroupKey, GroupOutcomes> result = new HashMap<>();
        jdbc.query("select" + ReportFilter.groupColumns() + """
                    , count(distinct d.period_id) ended,
                      count(distinct o.period_id) recorded,
                      count(distinct case when o.outcome in""" + WORK_OR_EDUCATION_SQL + """
                          then o.period_id end) work_or_education,
                      count(distinct case when o.outcome = 'INTERRUPTED' then o.period_id end) interrupted,
                      count(distinct case when o.follow_up_consent then o.period_id end) consent,
                      count(distinct case when o.follow_up_state = 'DONE' then o.period_id end) done,
                      count(distinct case when o.status_3m in""" + WORK_OR_EDUCATION_SQL + """
                          then o.period_id end) work_or_education_3m
                    from""" + f.periods() + """
                    left join period_outcome o on o.period_id = d.period_id
                    where""" + f.where() + " and d.end_date between :from and :to"
                        + ReportFilter.groupByUnitAndCoach(), f.params(),
                rs -> {
                    result.put(ReportFilter.key(rs), new GroupOutcomes(rs.getLong("ended"), rs.getLong("recorded"),
                            rs.getLong("work_or_education"), rs.getLong("interrupted"), rs.getLong("consent"),
                            rs.getLong("done"), rs.getLong("work_or_education_3m")));
                });
        return result;
    }

    /** The outcome distribution of the periods ended in the range; outcome null = not recorded. */
    @PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEAD')")
    @Transactional(readOnly = true)
    public List<OutcomeCount> outcomeCounts(ReportFilter f) {
        return jdbc.query("""
                select d.status, d.service_form, o.outcome, o.status_3m, o.follow_up_state,
                       count(distinct d.period_id) periods
                from""" + f.periods() + """
                left join period_outcome o on o.period_id = d.period_id
                where""" + f.where() + """
                  and d.end_date between :from and :to
                group by d.status, d.service_form, o.outcome, o.status_3m, o.follow_up_state""", f.params(),
                (rs, i) -> new OutcomeCount(PeriodStatus.valueOf(rs.getString("status")),
                        ServiceForm.valueOf(rs.getString("service_form")), outcome(rs.getString("outcome")),
                        outcome(rs.getString("status_3m")), rs.getString("follow_up_state") == null ? null
                        : FollowUpState.valueOf(rs.getString("follow_up_state")), rs.getLong("periods")));
    }

    private static Outcome outcome(String s) {
        return s == null ? null : Outcome.valueOf(s);
    }
}
