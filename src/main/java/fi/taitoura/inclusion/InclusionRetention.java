package fi.taitoura.inclusion;

import fi.taitoura.lifecycle.PersonalDataHolder;
import fi.taitoura.lifecycle.Sql;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The inclusion survey's other parts in the data lifecycle (docs/adr/0020-data-lifecycle.md), found by the trainee's
 * period ids. Anonymising removes the free-text answers (open questions, "other" texts); the chosen options, phases
 * and dates stay for the group reports, which never show a group below the minimum size. Erasing deletes the
 * responses and their answers. (The 10 statements of the indicator are the capacity feature's.)
 */
@Component
class InclusionRetention implements PersonalDataHolder {

    private static final String RESPONSES = "SELECT id FROM inclusion_survey_response WHERE period_id IN (:ids)";

    private final NamedParameterJdbcTemplate jdbc;

    InclusionRetention(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "inclusion";
    }

    @Override
    public int eraseOrder() {
        return 52;
    }

    @Override
    public void anonymise(long traineeId, List<Long> periodIds) {
        Sql.update(jdbc, "DELETE FROM inclusion_survey_answer WHERE option_value IS NULL"
                + " AND response_id IN (" + RESPONSES + ")", periodIds);
        Sql.update(jdbc, "UPDATE inclusion_survey_answer SET text_value = NULL WHERE text_value IS NOT NULL"
                + " AND response_id IN (" + RESPONSES + ")", periodIds);
        Sql.update(jdbc, "UPDATE inclusion_survey_response SET version = version + 1 WHERE period_id IN (:ids)",
                periodIds);
    }

    @Override
    public void erase(long traineeId, List<Long> periodIds) {
        Sql.update(jdbc, "DELETE FROM inclusion_survey_answer WHERE response_id IN (" + RESPONSES + ")", periodIds);
        Sql.update(jdbc, "DELETE FROM inclusion_survey_response WHERE period_id IN (:ids)", periodIds);
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(long traineeId, List<Long> periodIds) {
        Map<String, List<Map<String, Object>>> m = new LinkedHashMap<>();
        m.put("surveyResponses", Sql.rows(jdbc, "SELECT id, period_id, survey_code, survey_version, phase,"
                + " answered_on, entry_method FROM inclusion_survey_response WHERE period_id IN (:ids)"
                + " ORDER BY period_id, answered_on", periodIds));
        m.put("surveyAnswers", Sql.rows(jdbc, "SELECT a.response_id, a.question_key, a.option_value, a.text_value"
                + " FROM inclusion_survey_answer a WHERE a.response_id IN (" + RESPONSES + ")"
                + " ORDER BY a.response_id, a.question_key", periodIds));
        return m;
    }
}
