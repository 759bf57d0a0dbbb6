package fi.taitoura.certificate;

import fi.taitoura.trainee.GroupKey;
import fi.taitoura.trainee.ReportFilter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures of competence certificates for reports (issue #15), one aggregate query over this feature's table, the
 * document feature's published {@code report_document} view (for the document's status) and the trainee feature's
 * reporting views: certificates in force issued in the range, and the qualification units they document.
 */
@Service
public class CertificateFacts {

    private final NamedParameterJdbcTemplate jdbc;

    CertificateFacts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Periods with a certificate in force issued in the range; distinct (period, unit) pairs on them. */
    public record CertificateFigures(long certificates, long units) {
        public static final CertificateFigures NONE = new CertificateFigures(0, 0);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEAD')")
    @Transactional(readOnly = true)
    public Map<GroupKey, CertificateFigures> certificateFigures(ReportFilter f) {
        Map<GroupKey, CertificateFigures> result = new HashMap<>();
        var params = f.params();
        jdbc.query("select" + ReportFilter.groupColumns() + """
                    , count(distinct cc.period_id) certificates, count(distinct cc.period_id, u.unit_id) units
                    from competence_certificate cc
                    join report_document rd on rd.document_id = cc.document_id and rd.status = 'CURRENT'
                    left join json_table(cc.snapshot, '$.units[*]' columns (unit_id bigint path '$.unitId')) u
                      on true""" + f.join("cc.period_id") + "where" + f.where() + """
                      and rd.issued_at >= :fromTs and rd.issued_at < :toTs"""
                        + ReportFilter.groupByUnitAndCoach(), params,
                rs -> {
                    result.put(ReportFilter.key(rs), new CertificateFigures(rs.getLong("certificates"),
                            rs.getLong("units")));
                });
        return result;
    }
}
