package fi.taitoura.trainee;

import fi.taitoura.lifecycle.PersonalDataHolder;
import fi.taitoura.lifecycle.RetentionSubjects;
import fi.taitoura.lifecycle.Sql;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The trainee feature in the data lifecycle: which clients are due, and the client record itself (identity,
 * contact details, consents, periods' referrer details, goals, follow-ups, cards).
 */
@Component
class TraineeRetention implements RetentionSubjects, PersonalDataHolder {

    private static final String ANONYMISED = "Anonymisoitu";

    private final NamedParameterJdbcTemplate jdbc;
    private final PersonalIdCipher cipher;

    TraineeRetention(NamedParameterJdbcTemplate jdbc, PersonalIdCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    private static final String CLIENTS = """
            SELECT t.id, t.organisation_id, MAX(COALESCE(p.end_date, p.planned_end_date)) AS last_end,
                   DAY(t.date_of_birth) AS born_day, t.anonymised_at IS NOT NULL AS anonymised
            FROM trainee t LEFT JOIN training_period p ON p.trainee_id = t.id
            """;

    private static Client client(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Client(rs.getLong("id"), rs.getLong("organisation_id"),
                rs.getObject("last_end", LocalDate.class), rs.getInt("born_day"), rs.getBoolean("anonymised"));
    }

    @Override
    public List<Client> endedBy(LocalDate endedBy) {
        return jdbc.query(CLIENTS + " WHERE t.anonymised_at IS NULL GROUP BY t.id, t.organisation_id, t.date_of_birth,"
                + " t.anonymised_at HAVING MAX(COALESCE(p.end_date, p.planned_end_date)) <= :endedBy ORDER BY last_end",
                new MapSqlParameterSource("endedBy", endedBy), (rs, i) -> client(rs));
    }

    @Override
    public Optional<Client> find(long traineeId) {
        return jdbc.query(CLIENTS + " WHERE t.id = :id GROUP BY t.id, t.organisation_id, t.date_of_birth,"
                + " t.anonymised_at", new MapSqlParameterSource("id", traineeId), (rs, i) -> client(rs)).stream()
                .findFirst();
    }

    @Override
    public List<Client> notAnonymised(java.util.Collection<Long> traineeIds) {
        if (traineeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(CLIENTS + " WHERE t.id IN (:ids) AND t.anonymised_at IS NULL GROUP BY t.id,"
                + " t.organisation_id, t.date_of_birth, t.anonymised_at",
                new MapSqlParameterSource("ids", traineeIds), (rs, i) -> client(rs));
    }

    @Override
    public List<Long> periodIds(long traineeId) {
        return jdbc.queryForList("SELECT id FROM training_period WHERE trainee_id = :id ORDER BY start_date",
                new MapSqlParameterSource("id", traineeId), Long.class);
    }

    @Override
    public void markAnonymised(long traineeId) {
        jdbc.update("UPDATE trainee SET anonymised_at = UTC_TIMESTAMP(6) WHERE id = :id",
                new MapSqlParameterSource("id", traineeId));
    }

    @Override
    public String section() {
        return "trainee";
    }

    @Override
    public int eraseOrder() {
        return 0;
    }

    @Override
    public void anonymise(long traineeId, List<Long> periodIds) {
        MapSqlParameterSource id = new MapSqlParameterSource("id", traineeId).addValue("name", ANONYMISED);
        jdbc.update("""
                UPDATE trainee SET first_name = :name, last_name = CONCAT('#', id),
                    date_of_birth = MAKEDATE(YEAR(date_of_birth), 1), personal_id_enc = NULL,
                    personal_id_hash = NULL, phone = NULL, email = NULL, address = NULL, languages = NULL,
                    support_needs = NULL, version = version + 1, updated_at = UTC_TIMESTAMP(6)
                WHERE id = :id""", id);
        jdbc.update("DELETE FROM trainee_consent WHERE trainee_id = :id", id);
        jdbc.update("UPDATE trainee_card SET note = NULL, version = version + 1 WHERE trainee_id = :id", id);
        jdbc.update("""
                UPDATE training_period SET referrer_name = NULL, referrer_contact = NULL, version = version + 1
                WHERE trainee_id = :id""", id);
        Sql.update(jdbc, "UPDATE goal_follow_up f JOIN personal_goal g ON g.id = f.goal_id SET f.note = '–'"
                + " WHERE g.period_id IN (:ids)", periodIds);
        Sql.update(jdbc, "UPDATE personal_goal SET description = '–', support = NULL, version = version + 1"
                + " WHERE period_id IN (:ids)", periodIds);
        Sql.update(jdbc, "DELETE FROM own_answer_draft WHERE period_id IN (:ids)", periodIds);
    }

    @Override
    public void erase(long traineeId, List<Long> periodIds) {
        MapSqlParameterSource id = new MapSqlParameterSource("id", traineeId);
        Sql.update(jdbc, "DELETE f FROM goal_follow_up f JOIN personal_goal g ON g.id = f.goal_id"
                + " WHERE g.period_id IN (:ids)", periodIds);
        Sql.update(jdbc, "DELETE FROM personal_goal WHERE period_id IN (:ids)", periodIds);
        Sql.update(jdbc, "DELETE FROM own_answer_draft WHERE period_id IN (:ids)", periodIds);
        jdbc.update("DELETE FROM trainee_card WHERE trainee_id = :id", id);
        jdbc.update("DELETE FROM training_period WHERE trainee_id = :id", id);
        jdbc.update("DELETE FROM trainee_consent WHERE trainee_id = :id", id);
        jdbc.update("DELETE FROM trainee WHERE id = :id", id);
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(long traineeId, List<Long> periodIds) {
        MapSqlParameterSource id = new MapSqlParameterSource("id", traineeId);
        Map<String, List<Map<String, Object>>> m = new LinkedHashMap<>();
        List<Map<String, Object>> person = jdbc.queryForList("""
                SELECT id, first_name, last_name, date_of_birth, personal_id_enc AS personal_identity_code, phone,
                       email, address, languages, support_needs, created_at, updated_at, anonymised_at
                FROM trainee WHERE id = :id""", id);
        person.forEach(row -> {
            Object enc = row.get("personal_identity_code");
            row.put("personal_identity_code", enc == null ? null : cipher.decrypt((String) enc));
        });
        m.put("person", person);
        m.put("consents", jdbc.queryForList("SELECT consent FROM trainee_consent WHERE trainee_id = :id", id));
        m.put("periods", jdbc.queryForList("""
                SELECT id, work_unit_id, status, service_form, start_date, planned_end_date, end_date, days_per_week,
                       hours_per_day, career_agent_id, referrer_user_id, referrer_name, referrer_organisation,
                       referrer_contact
                FROM training_period WHERE trainee_id = :id ORDER BY start_date""", id));
        m.put("goals", Sql.rows(jdbc, "SELECT id, period_id, description, support, outcome FROM personal_goal"
                + " WHERE period_id IN (:ids) ORDER BY period_id, sort_order", periodIds));
        m.put("goalFollowUps", Sql.rows(jdbc, "SELECT f.id, f.goal_id, f.entry_date, f.note FROM goal_follow_up f"
                + " JOIN personal_goal g ON g.id = f.goal_id WHERE g.period_id IN (:ids) ORDER BY f.entry_date",
                periodIds));
        m.put("unfinishedOwnAnswers", Sql.rows(jdbc, "SELECT period_id, form_key, answers, updated_at"
                + " FROM own_answer_draft WHERE period_id IN (:ids)", periodIds));
        m.put("cards", jdbc.queryForList("SELECT c.id, c.card_type_id, c.issued_on, c.expires_on, c.note"
                + " FROM trainee_card c WHERE c.trainee_id = :id ORDER BY c.issued_on", id));
        return m;
    }
}
