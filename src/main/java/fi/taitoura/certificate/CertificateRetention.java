package fi.taitoura.certificate;

import fi.taitoura.lifecycle.PersonalDataHolder;
import fi.taitoura.lifecycle.Sql;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Competence certificates (their content snapshots) in the data lifecycle. */
@Component
class CertificateRetention implements PersonalDataHolder {

    private final NamedParameterJdbcTemplate jdbc;

    CertificateRetention(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "certificates";
    }

    @Override
    public int eraseOrder() {
        return 85;
    }

    @Override
    public void anonymise(long traineeId, List<Long> periodIds) {
        Sql.update(jdbc, "UPDATE competence_certificate SET snapshot = '{}', version = version + 1"
                + " WHERE period_id IN (:ids)", periodIds);
    }

    @Override
    public void erase(long traineeId, List<Long> periodIds) {
        Sql.update(jdbc, "DELETE FROM competence_certificate WHERE period_id IN (:ids)", periodIds);
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(long traineeId, List<Long> periodIds) {
        Map<String, List<Map<String, Object>>> m = new LinkedHashMap<>();
        m.put("certificates", Sql.rows(jdbc, "SELECT id, period_id, language, document_id, created_at, snapshot"
                + " FROM competence_certificate WHERE period_id IN (:ids) ORDER BY created_at", periodIds));
        return m;
    }
}
