package fi.taitoura.summary;

import fi.taitoura.trainee.GroupKey;
import fi.taitoura.trainee.ReportFilter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures of end-of-period summaries for reports (ADR 0022, issue 13): one aggregate query over this feature's tables
 * and the trainee feature's reporting views. A period counts once when its summary was finalised in the range (the
 * current revision, finalised or since superseded by a correction, counts by its first finalisation), and as
 * delivered when its referrer has a Taitoura account (the summary shows there) or a delivery record exists on any of
 * its finalised revisions.
 */
@Service
public class SummaryFacts {

    private final NamedParameterJdbcTemplate jdbc;

    SummaryFacts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Periods whose summary was first finalised in the range; of those, delivered to the referrer. */
    public record SummaryFigures(long finalised, long delivered) {
        public static final SummaryFigures NONE = new SummaryFigures(0, 0);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEAD')")
    @Transactional(readOnly = true)
    public Map<GroupKey, SummaryFigures> summaryFigures(ReportFilter f) {
        Map<GroupKey, SummaryFigures> result = new HashMap<>();
        var params = f.params();
        jdbc.query("select" + ReportFilter.groupColumns() + """
                    , count(distinct s.period_id) finalised,
                      count(distinct case when d.referrer_has_account = 1 or sd.id is not null
                                          then s.period_id end) delivered
                    from (select ps.period_id, min(ps.finalised_at) first_finalised from period_summary ps
                          where ps.state in ('FINALISED', 'SUPERSEDED') group by ps.period_id) s
                    left join period_summary ps2 on ps2.period_id = s.period_id
                    left join summary_delivery sd on sd.summary_id = ps2.id""" + f.join("s.period_id")
                        + "where" + f.where() + """
                      and s.first_finalised >= :fromTs and s.first_finalised < :toTs"""
                        + ReportFilter.groupByUnitAndCoach(), params,
                rs -> {
                    result.put(ReportFilter.key(rs), new SummaryFigures(rs.getLong("finalised"),
                            rs.getLong("delivered")));
                });
        return result;
    }
}
