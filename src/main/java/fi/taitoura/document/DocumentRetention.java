package fi.taitoura.document;

import fi.taitoura.lifecycle.PersonalDataHolder;
import fi.taitoura.lifecycle.Sql;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Issued documents in the data lifecycle: anonymising removes the stored PDFs and the name on the register entry
 * (the verification code then shows an anonymous, still genuine document).
 */
@Component
class DocumentRetention implements PersonalDataHolder {

    private final NamedParameterJdbcTemplate jdbc;

    DocumentRetention(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "issuedDocuments";
    }

    @Override
    public int eraseOrder() {
        return 80;
    }

    private List<Long> ids(long traineeId) {
        return jdbc.queryForList("SELECT id FROM issued_document WHERE trainee_id = :id",
                new MapSqlParameterSource("id", traineeId), Long.class);
    }

    @Override
    public void anonymise(long traineeId, List<Long> periodIds) {
        List<Long> ids = ids(traineeId);
        Sql.update(jdbc, "DELETE FROM issued_document_content WHERE document_id IN (:ids)", ids);
        Sql.update(jdbc, "UPDATE issued_document SET trainee_name = 'Anonymisoitu', withdrawn_reason = NULL,"
                + " version = version + 1 WHERE id IN (:ids)", ids);
    }

    @Override
    public void erase(long traineeId, List<Long> periodIds) {
        List<Long> ids = ids(traineeId);
        Sql.update(jdbc, "DELETE FROM issued_document_content WHERE document_id IN (:ids)", ids);
        Sql.update(jdbc, "UPDATE issued_document SET superseded_by_id = NULL WHERE id IN (:ids)", ids);
        Sql.update(jdbc, "DELETE FROM issued_document WHERE id IN (:ids)", ids);
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(long traineeId, List<Long> periodIds) {
        Map<String, List<Map<String, Object>>> m = new LinkedHashMap<>();
        m.put("documents", Sql.rows(jdbc, "SELECT id, kind, verification_code, period_id, issuer_name, trainee_name,"
                + " title, language, issued_at, status, withdrawn_at, withdrawn_reason FROM issued_document"
                + " WHERE id IN (:ids) ORDER BY issued_at", ids(traineeId)));
        return m;
    }
}
