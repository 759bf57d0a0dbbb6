package fi.taitoura.demonstration;

import fi.taitoura.lifecycle.PersonalDataHolder;
import fi.taitoura.lifecycle.Sql;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Competence demonstrations, their assessments and grades in the data lifecycle. */
@Component
class DemonstrationRetention implements PersonalDataHolder {

    private final NamedParameterJdbcTemplate jdbc;

    DemonstrationRetention(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "demonstrations";
    }

    @Override
    public int eraseOrder() {
        return 60;
    }

    private List<Long> demonstrationIds(long traineeId) {
        return jdbc.queryForList("SELECT id FROM demonstration WHERE trainee_id = :id",
                new MapSqlParameterSource("id", traineeId), Long.class);
    }

    @Override
    public void anonymise(long traineeId, List<Long> periodIds) {
        List<Long> ids = demonstrationIds(traineeId);
        Sql.update(jdbc, "UPDATE demonstration SET cancel_reason = NULL, version = version + 1 WHERE id IN (:ids)", ids);
        Sql.update(jdbc, "UPDATE demonstration_assessment SET comments = NULL, rejection_reason = NULL,"
                + " correction_reason = NULL, version = version + 1 WHERE demonstration_id IN (:ids)", ids);
        Sql.update(jdbc, "UPDATE demonstration_target_grade g JOIN demonstration_assessment a ON a.id = g.assessment_id"
                + " SET g.note = NULL WHERE a.demonstration_id IN (:ids)", ids);
    }

    @Override
    public void erase(long traineeId, List<Long> periodIds) {
        List<Long> ids = demonstrationIds(traineeId);
        Sql.update(jdbc, "DELETE g FROM demonstration_target_grade g JOIN demonstration_assessment a"
                + " ON a.id = g.assessment_id WHERE a.demonstration_id IN (:ids)", ids);
        Sql.update(jdbc, "UPDATE demonstration_assessment SET corrects_id = NULL WHERE demonstration_id IN (:ids)", ids);
        Sql.update(jdbc, "DELETE FROM demonstration_assessment WHERE demonstration_id IN (:ids)", ids);
        Sql.update(jdbc, "DELETE FROM demonstration_task WHERE demonstration_id IN (:ids)", ids);
        Sql.update(jdbc, "DELETE FROM demonstration WHERE id IN (:ids)", ids);
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(long traineeId, List<Long> periodIds) {
        List<Long> ids = demonstrationIds(traineeId);
        Map<String, List<Map<String, Object>>> m = new LinkedHashMap<>();
        m.put("demonstrations", Sql.rows(jdbc, "SELECT id, period_id, unit_id, status, start_date, end_date, place,"
                + " work_description, teacher_id, workplace_assessor_name, education_provider, cancel_reason"
                + " FROM demonstration WHERE id IN (:ids) ORDER BY start_date", ids));
        m.put("assessments", Sql.rows(jdbc, "SELECT id, demonstration_id, revision, assessed_on, overall_grade,"
                + " decided_by, discussion, comments, rejection_reason, correction_reason, superseded, signed_at"
                + " FROM demonstration_assessment WHERE demonstration_id IN (:ids) ORDER BY id", ids));
        m.put("grades", Sql.rows(jdbc, "SELECT g.assessment_id, g.target_id, g.grade, g.note"
                + " FROM demonstration_target_grade g JOIN demonstration_assessment a ON a.id = g.assessment_id"
                + " WHERE a.demonstration_id IN (:ids) ORDER BY g.assessment_id, g.target_id", ids));
        return m;
    }
}
