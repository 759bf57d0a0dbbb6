package fi.taitoura.documentation;

import fi.taitoura.lifecycle.PersonalDataHolder;
import fi.taitoura.lifecycle.Sql;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Attendance, tasks done, skills shown and the learning diary in the data lifecycle. */
@Component
class DocumentationRetention implements PersonalDataHolder {

    private final NamedParameterJdbcTemplate jdbc;

    DocumentationRetention(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "documentation";
    }

    @Override
    public int eraseOrder() {
        return 40;
    }

    @Override
    public void anonymise(long traineeId, List<Long> periodIds) {
        Sql.update(jdbc, "UPDATE attendance SET reason = NULL, note = NULL, version = version + 1"
                + " WHERE period_id IN (:ids)", periodIds);
        Sql.update(jdbc, "UPDATE skill_observation SET note = NULL WHERE period_id IN (:ids)", periodIds);
        Sql.update(jdbc, "UPDATE diary_entry SET text = '–', version = version + 1 WHERE period_id IN (:ids)",
                periodIds);
        // photos of one's work (issue #16) show the person and their work: none is kept
        Sql.update(jdbc, "DELETE p FROM diary_photo p JOIN diary_entry d ON d.id = p.entry_id"
                + " WHERE d.period_id IN (:ids)", periodIds);
    }

    @Override
    public void erase(long traineeId, List<Long> periodIds) {
        Sql.update(jdbc, "DELETE FROM skill_observation WHERE period_id IN (:ids)", periodIds);
        Sql.update(jdbc, "DELETE t FROM task_done t JOIN attendance a ON a.id = t.attendance_id"
                + " WHERE a.period_id IN (:ids)", periodIds);
        Sql.update(jdbc, "DELETE FROM attendance WHERE period_id IN (:ids)", periodIds);
        Sql.update(jdbc, "DELETE t FROM diary_entry_task t JOIN diary_entry d ON d.id = t.entry_id"
                + " WHERE d.period_id IN (:ids)", periodIds);
        // photos of one's work (issue #16) show the person and their work: none is kept
        Sql.update(jdbc, "DELETE p FROM diary_photo p JOIN diary_entry d ON d.id = p.entry_id"
                + " WHERE d.period_id IN (:ids)", periodIds);
        Sql.update(jdbc, "DELETE FROM diary_entry WHERE period_id IN (:ids)", periodIds);
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(long traineeId, List<Long> periodIds) {
        Map<String, List<Map<String, Object>>> m = new LinkedHashMap<>();
        m.put("attendance", Sql.rows(jdbc, "SELECT id, period_id, day, status, reason, note FROM attendance"
                + " WHERE period_id IN (:ids) ORDER BY day", periodIds));
        m.put("tasksDone", Sql.rows(jdbc, "SELECT a.day, t.task_id FROM task_done t JOIN attendance a"
                + " ON a.id = t.attendance_id WHERE a.period_id IN (:ids) ORDER BY a.day", periodIds));
        m.put("skillsShown", Sql.rows(jdbc, "SELECT day, requirement_id, task_id, level, note FROM skill_observation"
                + " WHERE period_id IN (:ids) ORDER BY day", periodIds));
        m.put("learningDiary", Sql.rows(jdbc, "SELECT id, period_id, entry_date, text FROM diary_entry"
                + " WHERE period_id IN (:ids) ORDER BY entry_date", periodIds));
        m.put("diaryPhotos", Sql.rows(jdbc, "SELECT p.id, p.entry_id, p.created_at, p.width, p.height FROM diary_photo p"
                + " JOIN diary_entry d ON d.id = p.entry_id WHERE d.period_id IN (:ids) ORDER BY p.id", periodIds));
        return m;
    }
}
