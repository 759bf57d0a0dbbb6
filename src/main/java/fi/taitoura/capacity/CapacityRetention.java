package fi.taitoura.capacity;

import fi.taitoura.lifecycle.PersonalDataHolder;
import fi.taitoura.lifecycle.Sql;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Capacity assessments and inclusion-survey answers in the data lifecycle. */
@Component
class CapacityRetention implements PersonalDataHolder {

    private final NamedParameterJdbcTemplate jdbc;

    CapacityRetention(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "capacity";
    }

    @Override
    public int eraseOrder() {
        return 50;
    }

    @Override
    public void anonymise(long traineeId, List<Long> periodIds) {
        Sql.update(jdbc, "UPDATE capacity_assessment SET comment_text = NULL, version = version + 1"
                + " WHERE period_id IN (:ids)", periodIds);
    }

    @Override
    public void erase(long traineeId, List<Long> periodIds) {
        Sql.update(jdbc, "DELETE x FROM capacity_answer x JOIN capacity_assessment a ON a.id = x.assessment_id"
                + " WHERE a.period_id IN (:ids)", periodIds);
        Sql.update(jdbc, "DELETE FROM capacity_assessment WHERE period_id IN (:ids)", periodIds);
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(long traineeId, List<Long> periodIds) {
        Map<String, List<Map<String, Object>>> m = new LinkedHashMap<>();
        m.put("assessments", Sql.rows(jdbc, "SELECT id, period_id, instrument_id, phase, assessed_on, rater,"
                + " entry_method, comment_text FROM capacity_assessment WHERE period_id IN (:ids) ORDER BY assessed_on",
                periodIds));
        m.put("answers", Sql.rows(jdbc, "SELECT x.assessment_id, x.item_id, x.answer_value FROM capacity_answer x"
                + " JOIN capacity_assessment a ON a.id = x.assessment_id WHERE a.period_id IN (:ids)"
                + " ORDER BY x.assessment_id, x.item_id", periodIds));
        return m;
    }
}
