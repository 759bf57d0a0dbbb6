package fi.taitoura.trainee;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The facts of several periods at once, in SQL (ADR 0038: Hibernate caches no plan for a query with a list
 * parameter, so the JPQL forms were translated anew on every coach's day save). Same rows, same shapes as the
 * {@link TrainingPeriodRepository} queries they replace. Inside a read-write transaction pending changes are flushed
 * first, so that a period or coach changed earlier in the same transaction is seen as JPQL would see it.
 */
@Repository
class PeriodFactsQueries {

    private final NamedParameterJdbcTemplate jdbc;
    private final EntityManager em;

    PeriodFactsQueries(NamedParameterJdbcTemplate jdbc, EntityManager em) {
        this.jdbc = jdbc;
        this.em = em;
    }

    /**
     * As {@code TrainingPeriodRepository.findAccessFacts}, of several periods: id, trainee, work unit, last day (end date, else planned
     * end), career agent, how many of its coaches are {@code userId} (0 or 1), the trainee's own account.
     */
    List<Object[]> accessFactsOf(Collection<Long> periodIds, Long userId) {
        flushPending();
        return jdbc.query("""
                select p.id, p.trainee_id, p.work_unit_id, coalesce(p.end_date, p.planned_end_date) last_day,
                       p.career_agent_id,
                       (select count(*) from training_period_coach c where c.period_id = p.id and c.user_id = :user) n,
                       t.user_id
                from training_period p join trainee t on t.id = p.trainee_id where p.id in (:periods)""",
                new MapSqlParameterSource("periods", periodIds).addValue("user", userId), (rs, i) -> new Object[] {
                        rs.getLong(1), rs.getLong(2), nullableLong(rs, 3), rs.getObject(4, java.time.LocalDate.class),
                        nullableLong(rs, 5), rs.getLong(6), nullableLong(rs, 7)});
    }

    /**
     * What a feature recording about the periods needs of them, a row each ({@link TraineeService#writablePeriods}): id, trainee, the trainee's first and last name, work
     * unit, first day, last day (end date, else planned end), the trainee's organisation.
     */
    List<Object[]> recordingFacts(Collection<Long> periodIds) {
        flushPending();
        return jdbc.query("""
                select p.id, t.id, t.first_name, t.last_name, p.work_unit_id, p.start_date,
                       coalesce(p.end_date, p.planned_end_date) last_day, t.organisation_id
                from training_period p join trainee t on t.id = p.trainee_id where p.id in (:periods)""",
                new MapSqlParameterSource("periods", periodIds), (rs, i) -> new Object[] {
                        rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), nullableLong(rs, 5),
                        rs.getObject(6, java.time.LocalDate.class), rs.getObject(7, java.time.LocalDate.class), nullableLong(rs, 8)});
    }

    private void flushPending() {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            em.flush();
        }
    }

    private static Long nullableLong(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
