package fi.taitoura.lifecycle;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Small helpers for {@link PersonalDataHolder}s working on their own tables with plain SQL. */
public final class Sql {

    private Sql() {
    }

    /** Runs {@code sql} with {@code :ids} bound to the ids; nothing when there are none. */
    public static int update(NamedParameterJdbcTemplate jdbc, String sql, List<Long> ids) {
        return ids.isEmpty() ? 0 : jdbc.update(sql, new MapSqlParameterSource("ids", ids));
    }

    /** Rows of {@code sql} with {@code :ids} bound; empty when there are no ids. */
    public static List<Map<String, Object>> rows(NamedParameterJdbcTemplate jdbc, String sql, List<Long> ids) {
        return ids.isEmpty() ? List.of() : jdbc.queryForList(sql, new MapSqlParameterSource("ids", ids));
    }
}
