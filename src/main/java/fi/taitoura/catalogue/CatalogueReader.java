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
        return em.createQuery("select " + ROW + FROM + " where r.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList().stream().map(CatalogueReader::row).toList();
    }

    /** The current requirements of the units, in catalogue order (one query). */
    @Transactional(readOnly = true)
    public List<RequirementRow> currentRequirementsOfUnits(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select " + ROW + FROM
                        + " where u.id in :units and r.current = true order by u.sortOrder, a.sortOrder, r.sortOrder",
                Object[].class).setParameter("units", unitIds).getResultList().stream().map(CatalogueReader::row)
                .toList();
    }

    /**
     * The columns of a {@link RequirementRow}, read as a record rather than as entities (issue 18: a ledger reads
     * a few hundred of them; the persistence context neither keeps nor dirty-checks them).
     */
    private static final String ROW = "r.id, r.text, a.name, u.id, u.code, u.name, q.name, r.code, q.id,"
            + " a.sortOrder, r.sortOrder";
    private static final String FROM = " from SkillRequirement r join r.area a join r.unit u join u.qualification q";

    private static RequirementRow row(Object[] c) {
        return new RequirementRow((Long) c[0], (LocalizedText) c[1], (LocalizedText) c[2], (Long) c[3], (String) c[4],
                (LocalizedText) c[5], (LocalizedText) c[6], (String) c[7], (Long) c[8], (Integer) c[9],
                (Integer) c[10]);
    }
}
