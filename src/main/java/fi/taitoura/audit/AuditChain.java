package fi.taitoura.audit;

import fi.taitoura.base.crypto.KeyMaterial;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tamper evidence for the audit log: every entry is sealed, in the order it is found committed, into a chain where
 * {@code hash(n) = HMAC-SHA256(key, hash(n-1) || entry n)}. The key lives outside the database
 * ({@code TAITOURA_AUDIT_CHAIN_KEY}, else {@code audit-chain.key} in the data folder), so someone who can write the
 * database but not read the key cannot rewrite an entry and re-seal the chain. {@link #verify} recomputes it: an
 * edited, deleted or reordered entry, or a deleted or edited seal, breaks it. Sealing runs every few seconds in its
 * own short transaction; the head row is locked so that two application nodes never fork the chain.
 * <p>
 * What it cannot see alone: cutting off the newest entries together with their seals. Each sealing run logs the new
 * head (sequence and hash) to the application log, which is kept elsewhere; compare it with {@code audit-verify}.
 */
@Component
public class AuditChain {

    private static final Logger log = LoggerFactory.getLogger(AuditChain.class);
    static final String GENESIS = "0".repeat(64);
    private static final int BATCH = 500;
    /** Entries are looked for above the last sealed id minus this, which covers late commits cheaply. */
    private static final long LATE_WINDOW = 100_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final SecretKeySpec key;

    AuditChain(JdbcTemplate jdbc, PlatformTransactionManager transactions,
               @Value("${taitoura.audit.chain-key:}") String configuredKey,
               @Value("${TAITOURA_DATA_DIR:./data}") String dataDir) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.key = new SecretKeySpec(KeyMaterial.configuredOrFile(configuredKey, Path.of(dataDir, "audit-chain.key"),
                "audit chain key (TAITOURA_AUDIT_CHAIN_KEY)"), "HmacSHA256");
    }

    /** Seals the entries not yet in the chain, oldest first; returns how many. */
    public int sealPending() {
        int total = 0;
        int n;
        do {
            n = tx.execute(s -> sealBatch());
            total += n;
        } while (n == BATCH);
        return total;
    }

    /** Seals every few seconds in the web application (not in {@code ./run} commands, which only read). */
    @Component
    @org.springframework.context.annotation.Profile("!command")
    static class Scheduler {

        private final AuditChain chain;

        Scheduler(AuditChain chain) {
            this.chain = chain;
        }

        @Scheduled(initialDelayString = "${taitoura.audit.seal-interval:PT5S}",
                fixedDelayString = "${taitoura.audit.seal-interval:PT5S}")
        @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "audit-chain-seal", lockAtMostFor = "PT1M")
        public void seal() {
            try {
                chain.sealPending();
            } catch (RuntimeException e) {
                log.warn("Sealing the audit chain failed, will retry: {}", e.toString());
            }
        }
    }

    private int sealBatch() {
        Map<String, Object> head = jdbc.queryForMap(
                "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
        String prev = (String) head.get("last_hash");
        Long maxSealed = jdbc.queryForObject("SELECT COALESCE(MAX(audit_id), 0) FROM audit_chain", Long.class);
        List<Entry> pending = jdbc.query(ENTRY_SELECT + " WHERE a.id > ? AND NOT EXISTS "
                + "(SELECT 1 FROM audit_chain c WHERE c.audit_id = a.id) ORDER BY a.id LIMIT " + BATCH,
                (rs, i) -> entry(rs), Math.max(0, maxSealed - LATE_WINDOW));
        if (pending.isEmpty()) {
            return 0;
        }
        Map<Long, String> shown = shown(pending.get(0).id(), pending.get(pending.size() - 1).id());
        long seq = 0;
        for (Entry e : pending) {
            prev = hash(prev, e.canonical(shown.get(e.id())));
            jdbc.update("INSERT INTO audit_chain (audit_id, hash, sealed_at) VALUES (?, ?, UTC_TIMESTAMP(6))",
                    e.id(), prev);
            seq = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        }
        jdbc.update("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", seq, prev);
        log.info("Audit chain head {} {}", seq, prev);
        return pending.size();
    }

    /** The result of recomputing the chain. */
    public record Verification(long sealed, long unsealed, List<String> problems, long headSeq, String headHash) {
        public boolean intact() {
            return problems.isEmpty();
        }
    }

    /**
     * Recomputes the whole chain from the first seal. Reports every seal whose entry is missing or whose hash does
     * not match, and counts entries not yet sealed.
     */
    public Verification verify() {
        List<String> problems = new ArrayList<>();
        String[] prev = {GENESIS};
        long[] sealed = {0};
        long[] lastSeq = {0};
        long chunk = 0;
        while (true) {
            List<Map<String, Object>> seals = jdbc.queryForList(
                    "SELECT seq, audit_id, hash FROM audit_chain WHERE seq > ? ORDER BY seq LIMIT 2000", chunk);
            if (seals.isEmpty()) {
                break;
            }
            long minId = Long.MAX_VALUE;
            long maxId = 0;
            for (Map<String, Object> s : seals) {
                long id = ((Number) s.get("audit_id")).longValue();
                minId = Math.min(minId, id);
                maxId = Math.max(maxId, id);
            }
            Map<Long, Entry> entries = new TreeMap<>();
            jdbc.query(ENTRY_SELECT + " WHERE a.id BETWEEN ? AND ?", rs -> {
                Entry e = entry(rs);
                entries.put(e.id(), e);
            }, minId, maxId);
            Map<Long, String> shown = shown(minId, maxId);
            for (Map<String, Object> s : seals) {
                long seq = ((Number) s.get("seq")).longValue();
                long id = ((Number) s.get("audit_id")).longValue();
                String stored = (String) s.get("hash");
                Entry e = entries.get(id);
                if (e == null) {
                    problems.add("seal " + seq + ": audit entry " + id + " is missing");
                } else {
                    String expected = hash(prev[0], e.canonical(shown.get(id)));
                    if (!expected.equals(stored)) {
                        problems.add("seal " + seq + ": audit entry " + id + " does not match its seal");
                    }
                }
                prev[0] = stored;
                sealed[0]++;
                lastSeq[0] = seq;
                chunk = seq;
            }
        }
        Long unsealed = jdbc.queryForObject("SELECT COUNT(*) FROM audit_log a WHERE NOT EXISTS "
                + "(SELECT 1 FROM audit_chain c WHERE c.audit_id = a.id)", Long.class);
        return new Verification(sealed[0], unsealed == null ? 0 : unsealed, problems, lastSeq[0], prev[0]);
    }

    private static final String ENTRY_SELECT = "SELECT a.id, DATE_FORMAT(a.occurred_at, '%Y-%m-%d %H:%i:%s.%f') AS t,"
            + " a.actor_user_id, a.actor, a.action, a.entity_type, a.entity_id, a.trainee_id, a.organisation_id,"
            + " a.actor_organisation_id, a.details FROM audit_log a";

    private record Entry(long id, String[] fields) {
        String canonical(String shown) {
            StringBuilder sb = new StringBuilder();
            for (String f : fields) {
                append(sb, f);
            }
            append(sb, shown == null ? "" : shown);
            return sb.toString();
        }
    }

    private static void append(StringBuilder sb, String value) {
        if (value == null) {
            sb.append("-1:");
        } else {
            sb.append(value.length()).append(':').append(value);
        }
        sb.append('|');
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        String[] f = new String[11];
        f[0] = rs.getString("id");
        f[1] = rs.getString("t");
        f[2] = rs.getString("actor_user_id");
        f[3] = rs.getString("actor");
        f[4] = rs.getString("action");
        f[5] = rs.getString("entity_type");
        f[6] = rs.getString("entity_id");
        f[7] = rs.getString("trainee_id");
        f[8] = rs.getString("organisation_id");
        f[9] = rs.getString("actor_organisation_id");
        f[10] = rs.getString("details");
        return new Entry(rs.getLong("id"), f);
    }

    /** The trainees each entry in the id range showed, as "trainee:organisation,..." sorted by trainee. */
    private Map<Long, String> shown(long fromId, long toId) {
        Map<Long, StringBuilder> m = new TreeMap<>();
        jdbc.query("SELECT audit_id, trainee_id, organisation_id FROM audit_log_trainee WHERE audit_id BETWEEN ? AND ?"
                + " ORDER BY audit_id, trainee_id", rs -> {
                    StringBuilder sb = m.computeIfAbsent(rs.getLong("audit_id"), k -> new StringBuilder());
                    if (!sb.isEmpty()) {
                        sb.append(',');
                    }
                    sb.append(rs.getLong("trainee_id")).append(':').append(rs.getString("organisation_id"));
                }, fromId, toId);
        Map<Long, String> result = new TreeMap<>();
        m.forEach((k, v) -> result.put(k, v.toString()));
        return result;
    }

    private String hash(String previous, String canonical) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(previous.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC failed", e);
        }
    }
}
