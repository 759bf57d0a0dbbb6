package fi.taitoura.documentation;

import fi.taitoura.catalogue.SkillRequirement;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Read queries of daily documentation: aggregates in SQL, so a ledger is one indexed range read. */
@Repository
class DocumentationQueries {

    private final EntityManager em;
    private final NamedParameterJdbcTemplate jdbc;

    DocumentationQueries(EntityManager em, NamedParameterJdbcTemplate jdbc) {
        this.em = em;
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

    /** Requirements with their area, unit and qualification loaded. */
    List<SkillRequirement> requirements(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                select r from SkillRequirement r join fetch r.area a join fetch r.unit u join fetch u.qualification
                where r.id in :ids""", SkillRequirement.class).setParameter("ids", ids).getResultList();
    }

    /** The current requirements of the units, in catalogue order. */
    List<SkillRequirement> requirementsOfUnits(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                select r from SkillRequirement r join fetch r.area a join fetch r.unit u join fetch u.qualification
                where u.id in :units and r.current = true order by u.sortOrder, a.sortOrder, r.sortOrder""",
                SkillRequirement.class).setParameter("units", unitIds).getResultList();
    }

    Map<Long, String> taskNames(Collection<Long> taskIds) {
        Map<Long, String> names = new HashMap<>();
        if (taskIds.isEmpty()) {
            return names;
        }
        em.createQuery("select t.id, t.name from TrainingTask t where t.id in :ids", Object[].class)
                .setParameter("ids", taskIds).getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }
}
