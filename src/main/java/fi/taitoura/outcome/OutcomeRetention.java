package fi.taitoura.outcome;

import fi.taitoura.lifecycle.PersonalDataHolder;
import fi.taitoura.lifecycle.Sql;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Outcomes of periods and their after-support contacts in the data lifecycle (docs/adr/0020-data-lifecycle.md),
 * found by the trainee's period ids. Anonymising removes the notes; the outcome categories, the interruption reason,
 * the consent, the follow-up state, the status at three months and the dates stay for anonymous statistics (the
 * follow-up table, the funder's counts). Erasing deletes the contacts and the outcomes.
 */
@Component
class OutcomeRetention implements PersonalDataHolder {

    private static final String OUTCOMES = "SELECT id FROM period_outcome WHERE period_id IN (:ids)";

    private final NamedParameterJdbcTemplate jdbc;

    OutcomeRetention(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "outcome";
    }

    @Override
    public int eraseOrder() {
        return 55;
    }

    @Override
    public void anonymise(long traineeId, List<Long> periodIds) {
        Sql.update(jdbc, "UPDATE follow_up_contact SET note = NULL, version = version + 1"
                + " WHERE outcome_id IN (" + OUTCOMES + ")", periodIds);
        Sql.update(jdbc, "UPDATE period_outcome SET note = NULL, status_3m_note = NULL, version = version + 1"
                + " WHERE period_id IN (:ids)", periodIds);
    }

    @Override
    public void erase(long traineeId, List<Long> periodIds) {
        Sql.update(jdbc, "DELETE FROM follow_up_contact WHERE outcome_id IN (" + OUTCOMES + ")", periodIds);
        Sql.update(jdbc, "DELETE FROM period_outcome WHERE period_id IN (:ids)", periodIds);
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(long traineeId, List<Long> periodIds) {
        Map<String, List<Map<String, Object>>> m = new LinkedHashMap<>();
        m.put("outcomes", Sql.rows(jdbc, "SELECT id, period_id, outcome, interruption_reason, note, follow_up_consent,"
                + " follow_up_state, status_3m, status_3m_on, status_3m_note FROM period_outcome"
                + " WHERE period_id IN (:ids) ORDER BY period_id", periodIds));
        m.put("followUpContacts", Sql.rows(jdbc, "SELECT c.outcome_id, c.contact_on, c.kind, c.reached, c.note"
                + " FROM follow_up_contact c WHERE c.outcome_id IN (" + OUTCOMES + ") ORDER BY c.contact_on, c.id",
                periodIds));
        return m;
    }
}
