package fi.taitoura.documentation;

import fi.taitoura.documentation.DocumentationService.DiaryRow;
import fi.taitoura.documentation.DocumentationService.ObservationRow;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Read queries of daily documentation on its own table ({@code skill_observation}): aggregates in SQL, so a ledger is
 * one indexed range read. Names of requirements and tasks come from their features' services.
 */
@Repository
class DocumentationQueries {

    private final NamedParameterJdbcTemplate jdbc;

    DocumentationQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per requirement shown in the period: first and last day, count, highest level, first independent day. */
    record Aggregate(Long requirementId, LocalDate first, LocalDate last, int count, IndependenceLevel highest,
                     LocalDate firstIndependent, List<Long> taskIds) {
    }

    List<Aggregate> aggregates(Long periodId) {
        return jdbc.query("""
                select o.requirement_id, min(o.day) first_day, max(o.day) last_day, count(*) n,
                       max(case o.level when 'INDEPENDENT' then 3 when 'PARTLY_INDEPENDENT' then 2 else 1 end) lvl,
                       min(case when o.level = 'INDEPENDENT' then o.day end) first_independent,
                       group_concat(distinct o.task_id) tasks
                from skill_observation o where o.period_id = :period group by o.requirement_id""",
                new MapSqlParameterSource("period", periodId), (rs, i) -> {
                    Date fi = rs.getDate("first_independent");
                    String tasks = rs.getString("tasks");
                    return new Aggregate(rs.getLong("requirement_id"), rs.getDate("first_day").toLocalDate(),
                            rs.getDate("last_day").toLocalDate(), rs.getInt("n"),
                            IndependenceLevel.values()[rs.getInt("lvl") - 1], fi == null ? null : fi.toLocalDate(),
                            tasks == null || tasks.isBlank() ? List.of()
                                    : java.util.Arrays.stream(tasks.split(",")).map(Long::valueOf).toList());
                });
    }

    /** The most recent level of each requirement each period showed before the day (to prefill the day view). */
    Map<Long, Map<Long, IndependenceLevel>> lastLevels(Collection<Long> periodIds, LocalDate before) {
        Map<Long, Map<Long, IndependenceLevel>> result = new HashMap<>();
        if (periodIds.isEmpty()) {
            return result;
        }
        jdbc.query("""
                select o.period_id, o.requirement_id, max(o.level) level
                from skill_observation o
                join (select period_id, requirement_id, max(day) d from skill_observation
                      where period_id in (:periods) and day < :day group by period_id, requirement_id) m
                  on m.period_id = o.period_id and m.requirement_id = o.requirement_id and m.d = o.day
                group by o.period_id, o.requirement_id""",
                new MapSqlParameterSource("periods", periodIds).addValue("day", before),
                rs -> {
                    result.computeIfAbsent(rs.getLong("period_id"), k -> new HashMap<>())
                            .put(rs.getLong("requirement_id"), IndependenceLevel.valueOf(rs.getString("level")));
                });
        return result;
    }

    /** Observations of the requirements in the period, by requirement, oldest first. */
    Map<Long, List<ObservationRow>> observations(Long periodId, Collection<Long> requirementIds) {
        Map<Long, List<ObservationRow>> result = new java.util.LinkedHashMap<>();
        if (requirementIds.isEmpty()) {
            return result;
        }
        jdbc.query("""
                select o.requirement_id, o.day, o.task_id, o.level, o.note from skill_observation o
                where o.period_id = :period and o.requirement_id in (:reqs) order by o.day, o.id""",
                new MapSqlParameterSource("period", periodId).addValue("reqs", requirementIds), rs -> {
                    long task = rs.getLong(3);
                    result.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(new ObservationRow(
                            rs.getLong(1), rs.getDate(2).toLocalDate(), rs.wasNull() ? null : task,
                            IndependenceLevel.valueOf(rs.getString(4)), rs.getString(5)));
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
     * The period's diary entries written on a day when one of the requirements was observed, or about one of the
     * tasks. Newest first.
     */
    List<DiaryRow> diaryAbout(Long periodId, Collection<Long> requirementIds, Collection<Long> taskIds) {
        if (requirementIds.isEmpty()) {
            return List.of();
        }
        List<Long> tasks = taskIds.isEmpty() ? List.of(-1L) : List.copyOf(taskIds);
        return jdbc.query("""
                select e.id, e.entry_date, e.text,
                       (select group_concat(dt.task_id) from diary_entry_task dt where dt.entry_id = e.id) tasks
                from diary_entry e
                where e.period_id = :period and (
                    exists (select 1 from skill_observation o where o.period_id = e.period_id
                            and o.day = e.entry_date and o.requirement_id in (:reqs))
                    or exists (select 1 from diary_entry_task dt where dt.entry_id = e.id and dt.task_id in (:tasks)))
                order by e.entry_date desc, e.id desc""",
                new MapSqlParameterSource("period", periodId).addValue("reqs", requirementIds).addValue("tasks", tasks),
                (rs, i) -> {
                    String ids = rs.getString(4);
                    return new DiaryRow(rs.getDate(2).toLocalDate(), rs.getString(3), ids == null || ids.isBlank()
                            ? List.of() : java.util.Arrays.stream(ids.split(",")).map(Long::valueOf).toList());
                });
    }

    /**
     * Inserts the observations of a new day record in one batch (the entity's identity ids would insert them one
     * by one). The record's observations are not read back in the same transaction.
     */
    void insertObservations(Long attendanceId, List<SkillObservation> observations) {
        if (observations.isEmpty()) {
            return;
        }
        jdbc.getJdbcTemplate().batchUpdate("""
                insert into skill_observation (attendance_id, period_id, day, requirement_id, task_id, level, note)
                values (?, ?, ?, ?, ?, ?, ?)""", observations.stream().map(o -> new Object[] {attendanceId,
                o.getPeriodId(), o.getDay(), o.getRequirementId(), o.getTaskId(), o.getLevel().name(), o.getNote()})
                .toList());
    }
}
