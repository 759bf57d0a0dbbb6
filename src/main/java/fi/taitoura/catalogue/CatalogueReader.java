package fi.taitoura.catalogue;

import fi.taitoura.base.db.LocalizedText;
import fi.taitoura.catalogue.CatalogueTree.CriterionNode;
import fi.taitoura.catalogue.CatalogueTree.QualificationNode;
import fi.taitoura.catalogue.CatalogueTree.QualificationRef;
import fi.taitoura.catalogue.CatalogueTree.RequirementNode;
import fi.taitoura.catalogue.CatalogueTree.UnitNode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue's published reads for other features (the catalogue owns its tables; nobody else queries them):
 * the detached {@link CatalogueTree} of qualifications a recognition works on, look-ups by code, and the
 * catalogue rows a recognition or task links to. The catalogue is public reference data; the calling feature's
 * service decides who may use what it builds from it.
 */
@Component
public class CatalogueReader {

    @PersistenceContext
    private EntityManager em;

    private final org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate jdbc;

    CatalogueReader(org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<QualificationRef> qualifications() {
        return em.createQuery("select q from Qualification q order by q.name.fi", Qualification.class)
                .getResultList().stream()
                .map(q -> new QualificationRef(q.getId(), q.getDiaryNumber(), q.getName())).toList();
    }

    @Transactional(readOnly = true)
    public List<Qualification> qualificationsById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select q from Qualification q where q.id in :ids", Qualification.class)
                .setParameter("ids", ids).getResultList();
    }

    /** The current units, requirements and T1/pass criteria of the qualifications, in catalogue order. */
    @Transactional(readOnly = true)
    public List<QualificationNode> tree(Collection<Long> qualificationIds) {
        if (qualificationIds.isEmpty()) {
            return List.of();
        }
        List<Qualification> quals = qualificationsById(qualificationIds);
        List<QualificationUnit> units = em.createQuery("""
                select u from QualificationUnit u left join fetch u.parent
                where u.qualification.id in :ids and u.current = true order by u.sortOrder, u.code""",
                QualificationUnit.class).setParameter("ids", qualificationIds).getResultList();
        List<Long> unitIds = units.stream().map(QualificationUnit::getId).toList();
        Map<Long, List<RequirementNode>> requirements = new LinkedHashMap<>();
        Map<Long, List<CriterionNode>> criteria = new LinkedHashMap<>();
        if (!unitIds.isEmpty()) {
            em.createQuery("""
                    select r from SkillRequirement r join fetch r.area a
                    where r.unit.id in :ids and r.current = true order by a.sortOrder, r.sortOrder""",
                    SkillRequirement.class).setParameter("ids", unitIds).getResultList()
                    .forEach(r -> requirements.computeIfAbsent(r.getUnit().getId(), k -> new ArrayList<>())
                            .add(new RequirementNode(r.getId(), r.getUnit().getId(), r.getCode(), r.getText(),
                                    r.getArea().getName())));
            em.createQuery("""
                    select c from AssessmentCriterion c join fetch c.target t
                    where t.unit.id in :ids and c.current = true and t.current = true and c.level in :levels
                    order by t.sortOrder, c.sortOrder""", AssessmentCriterion.class)
                    .setParameter("ids", unitIds)
                    .setParameter("levels", List.of(CriterionLevel.SATISFACTORY, CriterionLevel.PASS))
                    .getResultList()
                    .forEach(c -> criteria.computeIfAbsent(c.getTarget().getUnit().getId(), k -> new ArrayList<>())
                            .add(new CriterionNode(c.getId(), c.getTarget().getUnit().getId(),
                                    c.getTarget().getName(), c.getText())));
        }
        Map<Long, List<QualificationUnit>> children = units.stream().filter(u -> u.getParent() != null)
                .collect(Collectors.groupingBy(u -> u.getParent().getId(), LinkedHashMap::new, Collectors.toList()));
        List<QualificationNode> result = new ArrayList<>();
        for (Qualification q : quals.stream().sorted(Comparator.comparing(q -> q.getName().getFi())).toList()) {
            List<UnitNode> top = units.stream()
                    .filter(u -> u.getParent() == null && u.getQualification().getId().equals(q.getId()))
                    .map(u -> node(u, children, requirements, criteria)).toList();
            result.add(new QualificationNode(q.getId(), q.getDiaryNumber(), q.getName(), top));
        }
        return result;
    }

    private static UnitNode node(QualificationUnit u, Map<Long, List<QualificationUnit>> children,
                                 Map<Long, List<RequirementNode>> requirements, Map<Long, List<CriterionNode>> criteria) {
        List<UnitNode> subs = children.getOrDefault(u.getId(), List.of()).stream()
                .map(c -> node(c, children, requirements, criteria)).toList();
        return new UnitNode(u.getId(), u.getQualification().getId(), u.getCode(), u.getName(), u.getCredits(), subs,
                requirements.getOrDefault(u.getId(), List.of()), criteria.getOrDefault(u.getId(), List.of()));
    }

    public QualificationUnit unit(Long id) {
        return em.find(QualificationUnit.class, id);
    }

    public SkillRequirement requirement(Long id) {
        return em.find(SkillRequirement.class, id);
    }

    public AssessmentCriterion criterion(Long id) {
        return em.find(AssessmentCriterion.class, id);
    }

    /** The current unit with the code in the qualification with the diary number, if imported. */
    @Transactional(readOnly = true)
    public Optional<QualificationUnit> unitByCode(String diaryNumber, String code) {
        return em.createQuery("""
                select u from QualificationUnit u where u.code = :code and u.qualification.diaryNumber = :diary
                and u.current = true""", QualificationUnit.class)
                .setParameter("code", code).setParameter("diary", diaryNumber).getResultStream().findFirst();
    }

    /** Any current unit with the code (the newest qualification first), if imported. */
    @Transactional(readOnly = true)
    public Optional<QualificationUnit> unitByCode(String code) {
        return em.createQuery("""
                select u from QualificationUnit u where u.code = :code and u.current = true
                order by u.qualification.validFrom desc, u.id desc""", QualificationUnit.class)
                .setParameter("code", code).setMaxResults(1).getResultStream().findFirst();
    }

    /** The current top-level units of every qualification, by Finnish name (a period's target units). */
    @Transactional(readOnly = true)
    public List<QualificationUnit> findTopLevelCurrentUnits() {
        return em.createQuery("""
                select u from QualificationUnit u join fetch u.qualification
                where u.parent is null and u.current = true order by u.name.fi""", QualificationUnit.class)
                .getResultList();
    }

    /** {@link #findTopLevelCurrentUnits} as rows (a period's target units, chosen in another feature's form). */
    @Transactional(readOnly = true)
    public List<UnitRow> topLevelCurrentUnitRows() {
        return em.createQuery("""
                select new fi.taitoura.catalogue.CatalogueReader$UnitRow(u.id, u.qualification.id, p.id, u.code,
                       u.name, u.credits, u.sortOrder)
                from QualificationUnit u left join u.parent p where p.id is null and u.current = true
                order by u.name.fi""",
                UnitRow.class).getResultList();
    }

    /** What documents print about a unit beside its name: ePerusteet id, credits, the qualification's diary number. */
    public record UnitFacts(Long unitId, Long eperusteetId, BigDecimal credits, String diaryNumber) {
    }

    /** The facts of the units, by unit id (one query). */
    @Transactional(readOnly = true)
    public Map<Long, UnitFacts> unitFacts(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("""
                select new fi.taitoura.catalogue.CatalogueReader$UnitFacts(u.id, u.eperusteetId, u.credits,
                       u.qualification.diaryNumber)
                from QualificationUnit u where u.id in :ids""", UnitFacts.class)
                .setParameter("ids", unitIds).getResultStream()
                .collect(Collectors.toMap(UnitFacts::unitId, f -> f));
    }

    /** A skill requirement with its area, unit and qualification, as other features list it (and sort it). */
    public record RequirementRow(Long id, LocalizedText text, LocalizedText areaName, Long unitId, String unitCode,
                                 LocalizedText unitName, LocalizedText qualificationName, String code,
                                 Long qualificationId, int areaSortOrder, int sortOrder) {
    }

    /** A qualification unit (or sub-area, with its parent) as other features name, group and sort it. */
    public record UnitRow(Long id, Long qualificationId, Long parentId, String code, LocalizedText name,
                          BigDecimal credits, int sortOrder) {
    }

    /** An assessment criterion with the unit it belongs to, as other features name and sort it. */
    public record CriterionRow(Long id, Long unitId, LocalizedText text, int sortOrder) {
    }

    /** The qualifications with the ids, by Finnish name (one query). */
    @Transactional(readOnly = true)
    public List<QualificationRef> qualificationRefs(Collection<Long> ids) {
        return qualificationsById(ids).stream().sorted(Comparator.comparing(q -> q.getName().getFi()))
                .map(q -> new QualificationRef(q.getId(), q.getDiaryNumber(), q.getName())).toList();
    }

    /** The units with the ids (current or not), by id (one query). */
    @Transactional(readOnly = true)
    public Map<Long, UnitRow> units(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("""
                select new fi.taitoura.catalogue.CatalogueReader$UnitRow(u.id, u.qualification.id, p.id, u.code,
                       u.name, u.credits, u.sortOrder)
                from QualificationUnit u left join u.parent p where u.id in :ids""", UnitRow.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(UnitRow::id, u -> u));
    }

    /** The requirements with the ids (current or not), by id (one query). */
    @Transactional(readOnly = true)
    public Map<Long, RequirementRow> requirementsById(Collection<Long> ids) {
        return requirements(ids).stream().collect(Collectors.toMap(RequirementRow::id, r -> r));
    }

    /** The criteria with the ids (current or not), by id (one query). */
    @Transactional(readOnly = true)
    public Map<Long, CriterionRow> criteria(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("""
                select new fi.taitoura.catalogue.CatalogueReader$CriterionRow(c.id, t.unit.id, c.text, c.sortOrder)
                from AssessmentCriterion c join c.target t where c.id in :ids""", CriterionRow.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(CriterionRow::id, c -> c));
    }

    /** The requirements with the ids (current or not), in no particular order (one query). */
    @Transactional(readOnly = true)
    public List<RequirementRow> requirements(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query(ROW_SQL + " WHERE r.id IN (:ids)", Map.of("ids", ids), CatalogueReader::row);
    }

    /** The current requirements of the units, in catalogue order (one query). */
    @Transactional(readOnly = true)
    public List<RequirementRow> currentRequirementsOfUnits(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(ROW_SQL + " WHERE u.id IN (:units) AND r.current = TRUE"
                + " ORDER BY u.sort_order, a.sort_order, r.sort_order", Map.of("units", unitIds), CatalogueReader::row);
    }

    /**
     * The columns of a {@link RequirementRow}, read as a record rather than as entities (issue 18: a ledger reads
     * a few hundred of them; the persistence context neither keeps nor dirty-checks them), in SQL: Hibernate
     * translates a query with a list parameter anew on every call (it caches no plan for one; ADR 0038), which
     * was the largest part of a ledger's server time.
     */
    private static final String ROW_SQL = "SELECT r.id, r.text_fi, r.text_sv, r.text_en, a.name_fi, a.name_sv,"
            + " a.name_en, u.id AS unit_id, u.code AS unit_code, u.name_fi AS unit_fi, u.name_sv AS unit_sv,"
            + " u.name_en AS unit_en, q.name_fi AS q_fi, q.name_sv AS q_sv, q.name_en AS q_en, r.code,"
            + " q.id AS q_id, a.sort_order AS area_sort, r.sort_order"
            + " FROM skill_requirement r JOIN requirement_area a ON a.id = r.area_id"
            + " JOIN qualification_unit u ON u.id = r.unit_id JOIN qualification q ON q.id = u.qualification_id";

    private static RequirementRow row(java.sql.ResultSet rs, int rowNum) throws java.sql.SQLException {
        return new RequirementRow(rs.getLong("id"), text(rs, "text_fi", "text_sv", "text_en"),
                text(rs, "name_fi", "name_sv", "name_en"), rs.getLong("unit_id"), rs.getString("unit_code"),
                text(rs, "unit_fi", "unit_sv", "unit_en"), text(rs, "q_fi", "q_sv", "q_en"), rs.getString("code"),
                rs.getLong("q_id"), rs.getInt("area_sort"), rs.getInt("sort_order"));
    }

    /** As Hibernate reads an embedded text: none when all its columns are empty. */
    private static LocalizedText text(java.sql.ResultSet rs, String fi, String sv, String en)
            throws java.sql.SQLException {
        String f = rs.getString(fi);
        String s = rs.getString(sv);
        String e = rs.getString(en);
        return f == null && s == null && e == null ? null : new LocalizedText(f, s, e);
    }
}
