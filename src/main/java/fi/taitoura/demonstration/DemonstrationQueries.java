package fi.taitoura.demonstration;

import fi.taitoura.demonstration.DemonstrationRecords.CardEvidence;
import fi.taitoura.demonstration.DemonstrationRecords.DiaryEvidence;
import fi.taitoura.demonstration.DemonstrationRecords.ObservationEvidence;
import fi.taitoura.demonstration.DemonstrationRecords.TaskRef;
import fi.taitoura.documentation.IndependenceLevel;
import fi.taitoura.trainee.TrainingPeriod;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads of the evidence a demonstration rests on, scoped to one period and one unit's requirements. The service
 * decides who may call them (a teacher reaches them only through a demonstration assigned to them).
 */
@Repository
class DemonstrationQueries {

    private final EntityManager em;
    private final NamedParameterJdbcTemplate jdbc;

    DemonstrationQueries(EntityManager em, NamedParameterJdbcTemplate jdbc) {
        this.em = em;
        this.jdbc = jdbc;
    }

    Optional<TrainingPeriod> period(Long periodId) {
        return Optional.ofNullable(em.find(TrainingPeriod.class, periodId));
    }

    /** The work unit's active tasks, by name. */
    List<TaskRef> activeTasks(Long workUnitId) {
        return jdbc.query("select id, name from training_task where work_unit_id = :unit and active order by name",
                new MapSqlParameterSource("unit", workUnitId), (rs, i) -> new TaskRef(rs.getLong(1), rs.getString(2)));
    }

    Map<Long, String> taskNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query("select id, name from training_task where id in (:ids)", new MapSqlParameterSource("ids", ids),
                    rs -> {
                        names.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return names;
    }

    /** Observations of the requirements in the period, by requirement, oldest first. */
    Map<Long, List<ObservationEvidence>> observations(Long periodId, Collection<Long> requirementIds) {
        Map<Long, List<ObservationEvidence>> result = new LinkedHashMap<>();
        if (requirementIds.isEmpty()) {
            return result;
        }
        jdbc.query("""
                select o.requirement_id, o.day, t.name, o.level, o.note
                from skill_observation o left join training_task t on t.id = o.task_id
                where o.period_id = :period and o.requirement_id in (:reqs)
                order by o.day, o.id""", new MapSqlParameterSource("period", periodId).addValue("reqs", requirementIds),
                rs -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ObservationEvidence(
                            rs.getDate(2).toLocalDate(), rs.getString(3), IndependenceLevel.valueOf(rs.getString(4)),
                            rs.getString(5)));
                });
        return result;
    }

    /** Number of observations of the requirements in the period. */
    long countObservations(Long periodId, Collection<Long> requirementIds) {
        if (requirementIds.isEmpty()) {
            return 0;
        }
        Long n = jdbc.queryForObject("select count(*) from skill_observation where period_id = :period "
                        + "and requirement_id in (:reqs)",
                new MapSqlParameterSource("period", periodId).addValue("reqs", requirementIds), Long.class);
        return n == null ? 0 : n;
    }

    /**
     * The period's diary entries that relate to the unit: written on a day when one of its requirements was
     * observed, or about a task that trains one of them. Newest first.
     */
    List<DiaryEvidence> diary(Long periodId, Collection<Long> requirementIds) {
        if (requirementIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select e.entry_date, e.text,
                       (select group_concat(t.name order by t.name separator '\u001f') from diary_entry_task dt
                        join training_task t on t.id = dt.task_id where dt.entry_id = e.id) tasks
                from diary_entry e
                where e.period_id = :period and (
                    exists (select 1 from skill_observation o where o.period_id = e.period_id
                            and o.day = e.entry_date and o.requirement_id in (:reqs))
                    or exists (select 1 from diary_entry_task dt join training_task_requirement tr
                               on tr.task_id = dt.task_id where dt.entry_id = e.id and tr.requirement_id in (:reqs)))
                order by e.entry_date desc, e.id desc""",
                new MapSqlParameterSource("period", periodId).addValue("reqs", requirementIds), (rs, i) -> {
                    String tasks = rs.getString(3);
                    return new DiaryEvidence(rs.getDate(1).toLocalDate(), rs.getString(2),
                            tasks == null ? List.of() : Arrays.asList(tasks.split("\u001f")));
                });
    }

    /** The trainee's cards (hygieniapassi, työturvallisuuskortti, ...), newest first. */
    List<CardEvidence> cards(Long traineeId) {
        return jdbc.query("""
                select ct.name, c.issued_on, c.expires_on from trainee_card c join card_type ct on ct.id = c.card_type_id
                where c.trainee_id = :trainee order by c.issued_on desc""",
                new MapSqlParameterSource("trainee", traineeId), (rs, i) -> {
                    Date expires = rs.getDate(3);
                    return new CardEvidence(rs.getString(1), rs.getDate(2).toLocalDate(),
                            expires == null ? null : expires.toLocalDate());
                });
    }
}
