package fi.taitoura.demonstration;

import fi.taitoura.trainee.GroupKey;
import fi.taitoura.trainee.ReportFilter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures of competence demonstrations for reports (issue #15), one aggregate query over this feature's tables and
 * the trainee feature's reporting views: demonstrations assessed in the range (a signed assessment in force), how
 * many passed, and the distinct qualification units passed (partial qualifications, osatutkinnot).
 */
@Service
public class DemonstrationFacts {

    private final NamedParameterJdbcTemplate jdbc;

    DemonstrationFacts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record DemonstrationFigures(long assessed, long passed, long unitsPassed) {
        public static final DemonstrationFigures NONE = new DemonstrationFigures(0, 0, 0);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEAD')")
    @Transactional(readOnly = true)
    public Map<GroupKey, DemonstrationFigures> demonstrationFigures(ReportFilter f) {
        Map<GroupKey, DemonstrationFigures> result = new HashMap<>();
        jdbc.query("select" + ReportFilter.groupColumns() + """
                    , count(distinct m.id) assessed,
                      count(distinct case when x.overall_grade > 0 then m.id end) passed,
                      count(distinct case when x.overall_grade > 0 then concat(m.trainee_id, '-', m.unit_id) end)
                          units_passed
                    from demonstration m
                    join demonstration_assessment x on x.demonstration_id = m.id and x.signed_at is not null
                      and x.superseded = false""" + f.join("m.period_id") + "where" + f.where() + """
                      and m.status = 'ASSESSED' and x.assessed_on between :from and :to"""
                        + ReportFilter.groupByUnitAndCoach(), f.params(),
                rs -> {
                    result.put(ReportFilter.key(rs), new DemonstrationFigures(rs.getLong("assessed"),
                            rs.getLong("passed"), rs.getLong("units_passed")));
                });
        return result;
    }
}
