package fi.taitoura.catalogue;

import fi.taitoura.base.db.LocalizedText;
import fi.taitoura.catalogue.ParsedDocument.StructureNode;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The qualification's structure ({@code qualification_structure}): written as a whole when an import changes it,
 * read back as the tree the parser made. Nothing else refers to its rows, so a change replaces them.
 */
@Component
class StructureStore {

    private final JdbcTemplate jdbc;

    StructureStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the stored structure when it differs from {@code roots}; true when it did. */
    boolean write(Long qualificationId, List<StructureNode> roots) {
        List<StructureNode> old = read(qualificationId);
        if (fingerprint(old).equals(fingerprint(roots))) {
            return false;
        }
        jdbc.update("delete from qualification_structure where qualification_id = ? order by id desc",
                qualificationId);
        int order = 0;
        for (StructureNode root : roots) {
            insert(qualificationId, null, root, order++);
        }
        return true;
    }

    private void insert(Long qualificationId, Long parentId, StructureNode n, int order) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("insert into qualification_structure (qualification_id, "
                    + "parent_id, completion_mode, sort_order, kind, name_fi, name_sv, name_en, mandatory, "
                    + "competence_area_uri, competence_area_code, min_credits, max_credits, unit_viite_id, unit_code, "
                    + "unit_credits) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
            ps.setLong(1, qualificationId);
            ps.setObject(2, parentId, Types.BIGINT);
            ps.setString(3, n.mode());
            ps.setInt(4, order);
            ps.setString(5, n.unit() ? "UNIT" : "GROUP");
            ps.setString(6, n.name() == null ? null : n.name().getFi());
            ps.setString(7, n.name() == null ? null : n.name().getSv());
            ps.setString(8, n.name() == null ? null : n.name().getEn());
            ps.setBoolean(9, n.mandatory());
            ps.setString(10, n.areaUri());
            ps.setString(11, n.areaCode());
            ps.setBigDecimal(12, n.minCredits());
            ps.setBigDecimal(13, n.maxCredits());
            ps.setObject(14, n.viiteId(), Types.BIGINT);
            ps.setString(15, n.unitCode());
            ps.setBigDecimal(16, n.unitCredits());
            return ps;
        }, keys);
        Long id = keys.getKey().longValue();
        int childOrder = 0;
        for (StructureNode child : n.children()) {
            insert(qualificationId, id, child, childOrder++);
        }
    }

    /** The stored structure: one root per completion mode, children in their order. */
    List<StructureNode> read(Long qualificationId) {
        record Row(Long id, Long parentId, StructureNode node) {
        }
        List<Row> rows = jdbc.query("select id, parent_id, completion_mode, kind, name_fi, name_sv, name_en, "
                + "mandatory, competence_area_uri, competence_area_code, min_credits, max_credits, unit_viite_id, "
                + "unit_code, unit_credits from qualification_structure where qualification_id = ? "
                + "order by parent_id is not null, parent_id, sort_order, id", (rs, i) -> {
                    String fi = rs.getString("name_fi");
                    String sv = rs.getString("name_sv");
                    String en = rs.getString("name_en");
                    LocalizedText name = fi == null && sv == null && en == null ? null : new LocalizedText(fi, sv, en);
                    return new Row(rs.getLong("id"), (Long) rs.getObject("parent_id", Long.class),
                            new StructureNode(rs.getString("completion_mode"), "UNIT".equals(rs.getString("kind")),
                                    name, rs.getBoolean("mandatory"), rs.getString("competence_area_uri"),
                                    rs.getString("competence_area_code"), rs.getBigDecimal("min_credits"),
                                    rs.getBigDecimal("max_credits"), rs.getObject("unit_viite_id", Long.class),
                                    rs.getString("unit_code"), rs.getBigDecimal("unit_credits"), new ArrayList<>()));
                }, qualificationId);
        Map<Long, StructureNode> byId = new LinkedHashMap<>();
        List<StructureNode> roots = new ArrayList<>();
        for (Row r : rows) {
            byId.put(r.id(), r.node());
            if (r.parentId() == null) {
                roots.add(r.node());
            } else {
                StructureNode parent = byId.get(r.parentId());
                if (parent != null) {
                    parent.children().add(r.node());
                }
            }
        }
        return roots;
    }

    private static String fingerprint(List<StructureNode> roots) {
        StringBuilder b = new StringBuilder();
        roots.forEach(r -> b.append(r.fingerprint()).append(';'));
        return b.toString();
    }

}
