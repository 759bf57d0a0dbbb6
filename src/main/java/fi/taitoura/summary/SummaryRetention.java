package fi.taitoura.summary;

import fi.taitoura.lifecycle.PersonalDataHolder;
import fi.taitoura.lifecycle.Sql;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** End-of-period summaries, their recommendations and comments in the data lifecycle. */
@Component
class SummaryRetention implements PersonalDataHolder {

    private final NamedParameterJdbcTemplate jdbc;

    SummaryRetention(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "summaries";
    }

    @Override
    public int eraseOrder() {
        return 90;
    }

    @Override
    public void anonymise(long traineeId, List<Long> periodIds) {
        Sql.update(jdbc, "UPDATE period_summary SET strengths = NULL, limitations = NULL, unit_statement = NULL,"
                + " coach_statement = NULL, follow_up = NULL, snapshot = NULL, version = version + 1"
                + " WHERE period_id IN (:ids)", periodIds);
        Sql.update(jdbc, "UPDATE summary_recommendation r JOIN period_summary s ON s.id = r.summary_id SET r.text = NULL"
                + " WHERE s.period_id IN (:ids)", periodIds);
        Sql.update(jdbc, "UPDATE summary_comment c JOIN period_summary s ON s.id = c.summary_id SET c.text = '–'"
                + " WHERE s.period_id IN (:ids)", periodIds);
        Sql.update(jdbc, "UPDATE summary_delivery d JOIN period_summary s ON s.id = d.summary_id SET d.reference = NULL"
                + " WHERE s.period_id IN (:ids)", periodIds);
    }

    @Override
    public void erase(long traineeId, List<Long> periodIds) {
        Sql.update(jdbc, "DELETE d FROM summary_delivery d JOIN period_summary s ON s.id = d.summary_id"
                + " WHERE s.period_id IN (:ids)", periodIds);
        Sql.update(jdbc, "DELETE c FROM summary_comment c JOIN period_summary s ON s.id = c.summary_id"
                + " WHERE s.period_id IN (:ids)", periodIds);
        Sql.update(jdbc, "DELETE r FROM summary_recommendation r JOIN period_summary s ON s.id = r.summary_id"
                + " WHERE s.period_id IN (:ids)", periodIds);
        Sql.update(jdbc, "UPDATE period_summary SET replaces_id = NULL WHERE period_id IN (:ids)", periodIds);
        Sql.update(jdbc, "DELETE FROM period_summary WHERE period_id IN (:ids)", periodIds);
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(long traineeId, List<Long> periodIds) {
        Map<String, List<Map<String, Object>>> m = new LinkedHashMap<>();
        m.put("summaries", Sql.rows(jdbc, "SELECT id, period_id, revision, state, language, strengths, limitations,"
                + " unit_statement, coach_statement, follow_up, finalised_at FROM period_summary"
                + " WHERE period_id IN (:ids) ORDER BY period_id, revision", periodIds));
        m.put("recommendations", Sql.rows(jdbc, "SELECT r.summary_id, r.kind, r.text FROM summary_recommendation r"
                + " JOIN period_summary s ON s.id = r.summary_id WHERE s.period_id IN (:ids)", periodIds));
        m.put("comments", Sql.rows(jdbc, "SELECT c.summary_id, c.created_at, c.text FROM summary_comment c"
                + " JOIN period_summary s ON s.id = c.summary_id WHERE s.period_id IN (:ids) ORDER BY c.created_at",
                periodIds));
        m.put("deliveries", Sql.rows(jdbc, "SELECT d.summary_id, d.method, d.delivered_on, d.reference"
                + " FROM summary_delivery d JOIN period_summary s ON s.id = d.summary_id WHERE s.period_id IN (:ids)",
                periodIds));
        return m;
    }
}
