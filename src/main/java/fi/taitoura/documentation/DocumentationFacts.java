package fi.taitoura.documentation;

import fi.taitoura.trainee.GroupKey;
import fi.taitoura.trainee.ReportFilter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures of daily documentation for reports (issue #15): attendance and requirements shown per work unit and
 * coach, each one aggregate query over this feature's tables and the trainee feature's reporting views.
 */
@Service
public class DocumentationFacts {

    private final NamedParameterJdbcTemplate jdbc;

    DocumentationFacts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Days recorded in the range and of them days present; requirements shown = distinct (period, requirement)
     * pairs with an observation in the range.
     */
    public record AttendanceFigures(long presentDays, long recordedDays, long requirementsShown) {
        public static final AttendanceFigures NONE = new AttendanceFigures(0, 0, 0);

        /** Present days per recorded day, 0..1; null when nothing was recorded. */
        public Double attendanceRate() {
            return recordedDays == 0 ? null : (double) presentDays / recordedDays;
        }
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEAD')")
    @Transactional(readOnly = true)
    public Map<GroupKey, AttendanceFigures> attendanceFigures(ReportFilter f) {
        Map<GroupKey, long[]> rows = new HashMap<>();
        jdbc.query("select" + ReportFilter.groupColumns() + """
                    , count(distinct case when a.status = 'PRESENT' then a.id end) present, count(distinct a.id) recorded
                    from attendance a""" + f.join("a.period_id") + "where" + f.where() + """
                      and a.day between :from and :to""" + ReportFilter.groupByUnitAndCoach(), f.params(),
                rs -> {
                    long[] v = rows.computeIfAbsent(ReportFilter.key(rs), k -> new long[3]);
                    v[0] = rs.getLong("present");
                    v[1] = rs.getLong("recorded");
                });
        jdbc.query("select" + ReportFilter.groupColumns() + """
                    , count(distinct o.period_id, o.requirement_id) shown
                    from skill_observation o""" + f.join("o.period_id") + "where" + f.where() + """
                      and o.day between :from and :to""" + ReportFilter.groupByUnitAndCoach(), f.params(),
                rs -> {
                    rows.computeIfAbsent(ReportFilter.key(rs), k -> new long[3])[2] = rs.getLong("shown");
                });
        Map<GroupKey, AttendanceFigures> result = new HashMap<>();
        rows.forEach((k, v) -> result.put(k, new AttendanceFigures(v[0], v[1], v[2])));
        return result;
    }
}
