package fi.taitoura.share;

import fi.taitoura.lifecycle.PersonalDataHolder;
import fi.taitoura.lifecycle.Sql;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Share links in the data lifecycle: anonymising and erasing both remove the trainee's links with their chosen
 * documents and openings (a link shows a named person's certificate, so none outlives the person's data).
 */
@Component
class ShareRetention implements PersonalDataHolder {

    private final NamedParameterJdbcTemplate jdbc;

    ShareRetention(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "shareLinks";
    }

    @Override
    public int eraseOrder() {
        return 90; // before the issued documents (80) the links point at
    }

    private List<Long> ids(long traineeId) {
        return jdbc.queryForList("SELECT id FROM share_link WHERE trainee_id = :id",
                new MapSqlParameterSource("id", traineeId), Long.class);
    }

    @Override
    public void anonymise(long traineeId, List<Long> periodIds) {
        erase(traineeId, periodIds);
    }

    @Override
    public void erase(long traineeId, List<Long> periodIds) {
        List<Long> ids = ids(traineeId);
        Sql.update(jdbc, "DELETE FROM share_link_opening WHERE link_id IN (:ids)", ids);
        Sql.update(jdbc, "DELETE FROM share_link_document WHERE link_id IN (:ids)", ids);
        Sql.update(jdbc, "DELETE FROM share_link WHERE id IN (:ids)", ids);
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(long traineeId, List<Long> periodIds) {
        List<Long> ids = ids(traineeId);
        Map<String, List<Map<String, Object>>> m = new LinkedHashMap<>();
        m.put("links", Sql.rows(jdbc, "SELECT id, label, created_at, expires_at, revoked_at FROM share_link"
                + " WHERE id IN (:ids) ORDER BY created_at", ids));
        m.put("documents", Sql.rows(jdbc, "SELECT link_id, certificate_id FROM share_link_document"
                + " WHERE link_id IN (:ids) ORDER BY link_id, position", ids));
        m.put("openings", Sql.rows(jdbc, "SELECT link_id, opened_at FROM share_link_opening"
                + " WHERE link_id IN (:ids) ORDER BY opened_at", ids));
        return m;
    }
}
