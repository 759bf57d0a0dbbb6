package fi.taitoura.documentation;

import fi.taitoura.documentation.DocumentationService.DiaryRow;
import fi.taitoura.documentation.DocumentationService.ObservationRow;
import fi.taitoura.documentation.DayRecords.ObservationEntry;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
     * The periods that have a record on the day, with the record's id (issue 18: SQL, as a list parameter makes
     * Hibernate translate a JPQL query on every call, ADR 0038). For a day save before it changes anything.
     */
    Map<Long, Long> recordIdsOfDay(Collection<Long> periodIds, LocalDate day) {
        Map<Long, Long> result = new HashMap<>();
        if (periodIds.isEmpty()) {
            return result;
        }
        jdbc.query("select a.period_id, a.id from attendance a where a.day = :day and a.period_id in (:periods)",
                new MapSqlParameterSource("periods", periodIds).addValue("day", day),
                rs -> {
                    result.put(rs.getLong(1), rs.getLong(2));
                });
        return result;
    }

    /** A day record as the day view shows it, read in SQL. */
    record DayRecord(Long id, Long periodId, long version, AttendanceStatus status, String reason, String note,
                     Set<Long> taskIds, List<ObservationEntry> observations) {
    }

    /**
     * The day's records of the periods with their tasks and observations: three indexed reads in SQL (issue 18: the
     * entities' eager collections took two more selects per recorded trainee, and the list parameter a translation
     * of the JPQL per call, ADR 0038). For reads only (it does not see a transaction's unflushed changes).
     */
    Map<Long, DayRecord> recordsOfDay(Collection<Long> periodIds, LocalDate day) {
        Map<Long, DayRecord> byPeriod = new HashMap<>();
        if (periodIds.isEmpty()) {
            return byPeriod;
        }
        Map<Long, DayRecord> byId = new LinkedHashMap<>();
        jdbc.query("""
                select a.id, a.period_id, a.version, a.status, a.reason, a.note from attendance a
                where a.day = :day and a.period_id in (:periods)""",
                new MapSqlParameterSource("periods", periodIds).addValue("day", day), rs -> {
                    DayRecord r = new DayRecord(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                            AttendanceStatus.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                            new LinkedHashSet<>(), new ArrayList<>());
                    byId.put(r.id(), r);
                    byPeriod.put(r.periodId(), r);
                });
        if (byId.isEmpty()) {
            return byPeriod;
        }
        MapSqlParameterSource ids = new MapSqlParameterSource("ids", byId.keySet());
        jdbc.query("select attendance_id, task_id from task_done where attendance_id in (:ids)", ids,
                rs -> {
                    byId.get(rs.getLong(1)).taskIds().add(rs.getLong(2));
                });
        jdbc.query("""
                select attendance_id, requirement_id, task_id, level, note from skill_observation
                where attendance_id in (:ids) order by id""", ids, rs -> {
                    long task = rs.getLong(3);
                    Long taskId = rs.wasNull() ? null : task;
                    byId.get(rs.getLong(1)).observations().add(new ObservationEntry(rs.getLong(2), taskId,
                            IndependenceLevel.valueOf(rs.getString(4)), rs.getString(5)));
                });
        return byPeriod;
    }

    /**
     * Inserts new day records (not yet in the database: {@code Attendance} objects built in memory, never persisted)
     * with their tasks and observations, each kind of row as one JDBC batch, and returns their ids by period (ADR
     * 0039). The ids are read back by the unique key (period, day): the rows are this transaction's own (a
     * concurrent insert of the same period and day fails on that key), so this holds whatever ids the database
     * hands out (auto-increment lock mode, a Galera cluster's increments, several nodes).
     */
    Map<Long, Long> insertRecords(LocalDate day, List<Attendance> records, java.time.Instant at) {
        if (records.isEmpty()) {
            return Map.of();
        }
        java.time.LocalDateTime stamp = java.time.LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC);
        jdbc.getJdbcTemplate().batchUpdate("""
                insert into attendance (version, period_id, day, status, reason, note, recorded_by, created_at,
                  updated_at) values (0, ?, ?, ?, ?, ?, ?, ?, ?)""", records.stream().map(a -> new Object[] {
                a.getPeriodId(), day, a.getStatus().name(), a.getReason(), a.getNote(), a.getRecordedBy(), stamp,
                stamp}).toList());
        Map<Long, Long> ids = recordIdsOfDay(records.stream().map(Attendance::getPeriodId).toList(), day);
        if (ids.size() != records.size()) {
            throw new IllegalStateException("inserted " + records.size() + " day records, found " + ids.size());
        }
        List<Object[]> done = new java.util.ArrayList<>();
        List<Object[]> shown = new java.util.ArrayList<>();
        for (Attendance a : records) {
            Long id = ids.get(a.getPeriodId());
            a.getTaskIds().forEach(t -> done.add(new Object[] {id, t}));
            a.getObservations().forEach(o -> shown.add(new Object[] {id, a.getPeriodId(), day, o.getRequirementId(),
                    o.getTaskId(), o.getLevel().name(), o.getNote()}));
        }
        if (!done.isEmpty()) {
            jdbc.getJdbcTemplate().batchUpdate("insert into task_done (attendance_id, task_id) values (?, ?)", done);
        }
        if (!shown.isEmpty()) {
            jdbc.getJdbcTemplate().batchUpdate("""
                    insert into skill_observation (attendance_id, period_id, day, requirement_id, task_id, level, note)
                    values (?, ?, ?, ?, ?, ?, ?)""", shown);
        }
        return ids;
    }
}
