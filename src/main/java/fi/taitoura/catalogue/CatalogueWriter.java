package fi.taitoura.catalogue;

import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.catalogue.CatalogueImportResult.Outcome;
import fi.taitoura.catalogue.ParsedDocument.Area;
import fi.taitoura.catalogue.ParsedDocument.Criterion;
import fi.taitoura.catalogue.ParsedDocument.Requirement;
import fi.taitoura.catalogue.ParsedDocument.Target;
import fi.taitoura.catalogue.ParsedDocument.Title;
import fi.taitoura.catalogue.ParsedDocument.Unit;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes parsed qualifications into the catalogue, in the caller's transaction (one per file). A new diary number
 * is inserted; a newer version of a known one is merged by stable keys: texts are updated, new rows added, and rows
 * missing from the new version are marked not current — never deleted, since documentation may refer to them. The
 * same or an older version changes nothing.
 */
@Component
class CatalogueWriter {

    /**
     * The importer's format: 2 keeps the identifiers and structure of issue 17. A row written by an older format is
     * re-written by the next import of the same document, even an unchanged one.
     */
    static final int IMPORT_FORMAT = 2;

    private final QualificationRepository qualifications;
    private final QualificationUnitRepository units;
    private final RequirementAreaRepository areas;
    private final SkillRequirementRepository requirements;
    private final AssessmentTargetRepository targets;
    private final AssessmentCriterionRepository criteria;
    private final AuditService audit;
    private final JdbcTemplate jdbc;
    private final StructureStore structure;

    @PersistenceContext
    private EntityManager em;

    CatalogueWriter(QualificationRepository qualifications, QualificationUnitRepository units,
                    RequirementAreaRepository areas, SkillRequirementRepository requirements,
                    AssessmentTargetRepository targets, AssessmentCriterionRepository criteria, AuditService audit,
                    JdbcTemplate jdbc, StructureStore structure) {
        this.jdbc = jdbc;
        this.structure = structure;
        this.qualifications = qualifications;
        this.units = units;
        this.areas = areas;
        this.requirements = requirements;
        this.targets = targets;
        this.criteria = criteria;
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public CatalogueImportResult write(ParsedDocument.Qualification doc, String source, Instant now) {
        Qualification existing = qualifications.findByDiaryNumber(doc.diaryNumber()).orElse(null);
        Counter counter = new Counter();
        Outcome outcome;
        Qualification q;
        if (existing == null) {
            q = new Qualification();
            q.setDiaryNumber(doc.diaryNumber());
            q.setImportFormat(IMPORT_FORMAT);
            applyQualification(q, doc, source, now, counter);
            em.persist(q);
            writeUnits(q, doc, new HashMap<>(), new Existing(), counter);
            structure.write(q.getId(), doc.structure());
            outcome = Outcome.CREATED;
            audit.recordChange(AuditAction.CREATE, "Qualification", q.getId(), null,
                    counts(doc));
        } else {
            q = existing;
            Instant known = existing.getSourceModifiedAt();
            boolean olderFormat = existing.getImportFormat() < IMPORT_FORMAT;
            if (!olderFormat && doc.modifiedAt() != null && known != null && !doc.modifiedAt().isAfter(known)) {
                outcome = doc.modifiedAt().isBefore(known) ? Outcome.OLDER : Outcome.UNCHANGED;
            } else {
                Map<String, QualificationUnit> byCode = units.findByQualification(q).stream()
                        .collect(Collectors.toMap(QualificationUnit::getCode, Function.identity(), (a, b) -> a,
                                LinkedHashMap::new));
                Existing old = new Existing();
                old.load(q, areas, requirements, targets, criteria);
                applyQualification(q, doc, source, now, counter);
                writeUnits(q, doc, byCode, old, counter);
                if (structure.write(q.getId(), doc.structure())) {
                    counter.changed++;
                }
                for (QualificationUnit gone : byCode.values()) {
                    if (gone.isCurrent()) {
                        gone.setCurrent(false);
                        counter.retired++;
                    }
                }
                if (olderFormat) {
                    existing.setImportFormat(IMPORT_FORMAT);
                }
                boolean changed = counter.added + counter.changed + counter.retired > 0;
                if (changed) {
                    // the qualification's row changes with anything of it (so its version: the units that
                    // CatalogueService keeps are read again on every node, ADR 0041)
                    q.setSource(source);
                    q.setImportedAt(now);
                    if (doc.modifiedAt() != null) {
                        q.setSourceModifiedAt(doc.modifiedAt());
                    }
                    audit.recordChange(AuditAction.UPDATE, "Qualification", q.getId(), null,
                            counts(doc) + ";" + AuditDetails.of("added", counter.added, "changed", counter.changed,
                                    "retired", counter.retired));
                }
                outcome = changed ? Outcome.UPDATED : Outcome.UNCHANGED;
            }
        }
        em.flush();
        insertBatches(counter);
        return new CatalogueImportResult(source, outcome, q.getId(), doc.diaryNumber(),
                outcome == Outcome.OLDER || outcome == Outcome.UNCHANGED ? q.getName() : doc.name(), doc.unitCount(),
                doc.requirementCount(), doc.criterionCount(), counter.added, counter.changed, counter.retired);
    }

    private void insertBatches(Counter c) {
        if (!c.newRequirements.isEmpty()) {
            jdbc.batchUpdate("insert into skill_requirement (unit_id, area_id, code, stable_key, text_fi, text_sv, "
                    + "text_en, sort_order, current) values (?, ?, ?, ?, ?, ?, ?, ?, true)", c.newRequirements);
        }
        if (!c.newCriteria.isEmpty()) {
            jdbc.batchUpdate("insert into assessment_criterion (target_id, level, source_code, stable_key, text_fi, "
                    + "text_sv, text_en, sort_order, current) values (?, ?, ?, ?, ?, ?, ?, ?, true)", c.newCriteria);
        }
    }

    private static String counts(ParsedDocument.Qualification doc) {
        return AuditDetails.of("what", "catalogueImport", "units", doc.unitCount(), "requirements",
                doc.requirementCount(), "criteria", doc.criterionCount());
    }

    private void applyQualification(Qualification q, ParsedDocument.Qualification doc, String source, Instant now,
                                    Counter c) {
        boolean isNew = q.getId() == null;
        if (isNew) {
            q.setSource(source);
            q.setImportedAt(now);
            q.setSourceModifiedAt(doc.modifiedAt());
        }
        int before = c.changed;
        if (!Objects.equals(q.getEperusteetId(), doc.eperusteetId())) {
            q.setEperusteetId(doc.eperusteetId());
            c.changed++;
        }
        if (!Objects.equals(q.getName(), doc.name())) {
            q.setName(doc.name());
            c.changed++;
        }
        if (!Objects.equals(q.getQualificationType(), doc.type())) {
            q.setQualificationType(doc.type());
            c.changed++;
        }
        String education = doc.educationCodes().isEmpty() ? null : String.join(",", doc.educationCodes());
        if (!Objects.equals(q.getEducationCodes(), education)) {
            q.setEducationCodes(education);
            c.changed++;
        }
        if (!Objects.equals(q.getValidFrom(), doc.validFrom())) {
            q.setValidFrom(doc.validFrom());
            c.changed++;
        }
        if (!Objects.equals(q.getValidTo(), doc.validTo())) {
            q.setValidTo(doc.validTo());
            c.changed++;
        }
        if (!Objects.equals(q.getTransitionEnds(), doc.transitionEnds())) {
            q.setTransitionEnds(doc.transitionEnds());
            c.changed++;
        }
        String replaced = doc.replacedDiaryNumbers().isEmpty() ? null : String.join(",", doc.replacedDiaryNumbers());
        if (!Objects.equals(q.getReplacedDiaryNumbers(), replaced)) {
            q.setReplacedDiaryNumbers(replaced);
            c.changed++;
        }
        List<String> oldTitles = q.getTitles().stream().map(t -> t.getKind() + "|" + t.getCode() + "|" + t.getName().getFi()
                + "|" + t.getName().getSv() + "|" + t.getName().getEn()).toList();
        List<String> newTitles = doc.titles().stream().map(t -> t.kind() + "|" + t.code() + "|" + t.name().getFi()
                + "|" + t.name().getSv() + "|" + t.name().getEn()).toList();
        if (!oldTitles.equals(newTitles)) {
            q.getTitles().clear();
            int i = 0;
            for (Title t : doc.titles()) {
                q.getTitles().add(new QualificationTitle(q, t.kind(), t.code(), t.name(), i++));
            }
            c.changed++;
        }
        if (isNew) {
            c.changed = before;
            c.added++;
        }
    }

    private void writeUnits(Qualification q, ParsedDocument.Qualification doc, Map<String, QualificationUnit> byCode,
                            Existing old, Counter c) {
        int order = 0;
        for (Unit parsed : doc.units()) {
            QualificationUnit unit = writeUnit(q, null, parsed, order++, byCode, old, c);
            int subOrder = 0;
            for (Unit sub : parsed.subAreas()) {
                writeUnit(q, unit, sub, subOrder++, byCode, old, c);
            }
        }
    }

    private QualificationUnit writeUnit(Qualification q, QualificationUnit parent, Unit p, int order,
                                        Map<String, QualificationUnit> byCode, Existing old, Counter c) {
        QualificationUnit u = byCode.remove(p.code());
        boolean isNew = u == null;
        if (isNew) {
            u = new QualificationUnit();
            u.setQualification(q);
            u.setCode(p.code());
        }
        int changes = 0;
        if (!sameEntity(u.getParent(), parent)) {
            u.setParent(parent);
            changes++;
        }
        if (!Objects.equals(u.getEperusteetId(), p.eperusteetId())) {
            u.setEperusteetId(p.eperusteetId());
            changes++;
        }
        if (!Objects.equals(u.getName(), p.name())) {
            u.setName(p.name());
            changes++;
        }
        if (!sameDecimal(u.getCredits(), p.credits())) {
            u.setCredits(p.credits());
            changes++;
        }
        if (!Objects.equals(u.getUnitType(), p.unitType())) {
            u.setUnitType(p.unitType());
            changes++;
        }
        if (u.getScale() != p.scale()) {
            u.setScale(p.scale());
            changes++;
        }
        if (!Objects.equals(u.getDemonstration(), p.demonstration())) {
            u.setDemonstration(p.demonstration());
            changes++;
        }
        if (!Objects.equals(u.getDescription(), p.description())) {
            u.setDescription(p.description());
            changes++;
        }
        if (!Objects.equals(u.getRequirementSubject(), p.requirementSubject())) {
            u.setRequirementSubject(p.requirementSubject());
            changes++;
        }
        if (!Objects.equals(u.getCodeUri(), p.codeUri())) {
            u.setCodeUri(p.codeUri());
            changes++;
        }
        if (!Objects.equals(u.getCodeVersion(), p.codeVersion())) {
            u.setCodeVersion(p.codeVersion());
            changes++;
        }
        if (!Objects.equals(u.getViiteId(), p.viiteId())) {
            u.setViiteId(p.viiteId());
            changes++;
        }
        if (u.getSortOrder() != order) {
            u.setSortOrder(order);
            changes++;
        }
        if (!u.isCurrent()) {
            u.setCurrent(true);
            changes++;
        }
        if (isNew) {
            em.persist(u);
            c.added++;
        } else if (changes > 0) {
            c.changed++;
        }
        writeAreas(u, p, old, c);
        writeTargets(u, p, old, c);
        return u;
    }

    private void writeAreas(QualificationUnit u, Unit p, Existing old, Counter c) {
        Map<String, RequirementArea> oldAreas = old.areas.getOrDefault(u.getId(), new HashMap<>());
        Map<String, SkillRequirement> oldReqs = old.requirements.getOrDefault(u.getId(), new HashMap<>());
        int areaOrder = 0;
        int reqOrder = 0;
        for (Area pa : p.areas()) {
            RequirementArea a = oldAreas.remove(pa.stableKey());
            if (a == null) {
                a = new RequirementArea(u, pa.stableKey(), pa.name(), areaOrder);
                a.setOptional(pa.optional());
                em.persist(a);
                c.added++;
            } else {
                int changes = 0;
                if (!Objects.equals(a.getName(), pa.name())) {
                    a.setName(pa.name());
                    changes++;
                }
                if (a.getSortOrder() != areaOrder) {
                    a.setSortOrder(areaOrder);
                    changes++;
                }
                if (a.isOptional() != pa.optional()) {
                    a.setOptional(pa.optional());
                    changes++;
                }
                if (!a.isCurrent()) {
                    a.setCurrent(true);
                    changes++;
                }
                c.changed += changes > 0 ? 1 : 0;
            }
            areaOrder++;
            for (Requirement pr : pa.requirements()) {
                SkillRequirement r = oldReqs.remove(pr.stableKey());
                if (r == null) {
                    c.newRequirements.add(new Object[] {u.getId(), a.getId(), pr.code(), pr.stableKey(),
                            pr.text().getFi(), pr.text().getSv(), pr.text().getEn(), reqOrder});
                    c.added++;
                } else {
                    int changes = 0;
                    if (!sameEntity(r.getArea(), a)) {
                        r.setArea(a);
                        changes++;
                    }
                    if (!Objects.equals(r.getCode(), pr.code())) {
                        r.setCode(pr.code());
                        changes++;
                    }
                    if (!Objects.equals(r.getText(), pr.text())) {
                        r.setText(pr.text());
                        changes++;
                    }
                    if (r.getSortOrder() != reqOrder) {
                        r.setSortOrder(reqOrder);
                        changes++;
                    }
                    if (!r.isCurrent()) {
                        r.setCurrent(true);
                        changes++;
                    }
                    c.changed += changes > 0 ? 1 : 0;
                }
                reqOrder++;
            }
        }
        for (RequirementArea gone : oldAreas.values()) {
            if (gone.isCurrent()) {
                gone.setCurrent(false);
                c.retired++;
            }
        }
        for (SkillRequirement gone : oldReqs.values()) {
            if (gone.isCurrent()) {
                gone.setCurrent(false);
                c.retired++;
            }
        }
    }

    private void writeTargets(QualificationUnit u, Unit p, Existing old, Counter c) {
        Map<String, AssessmentTarget> oldTargets = old.targets.getOrDefault(u.getId(), new HashMap<>());
        int targetOrder = 0;
        for (Target pt : p.targets()) {
            AssessmentTarget t = oldTargets.remove(pt.stableKey());
            Map<String, AssessmentCriterion> oldCriteria;
            if (t == null) {
                t = new AssessmentTarget(u, pt.stableKey(), pt.areaName(), pt.name(), targetOrder);
                em.persist(t);
                c.added++;
                oldCriteria = new HashMap<>();
            } else {
                int changes = 0;
                if (!Objects.equals(t.getAreaName(), pt.areaName())) {
                    t.setAreaName(pt.areaName());
                    changes++;
                }
                if (!Objects.equals(t.getName(), pt.name())) {
                    t.setName(pt.name());
                    changes++;
                }
                if (t.getSortOrder() != targetOrder) {
                    t.setSortOrder(targetOrder);
                    changes++;
                }
                if (!t.isCurrent()) {
                    t.setCurrent(true);
                    changes++;
                }
                c.changed += changes > 0 ? 1 : 0;
                oldCriteria = old.criteria.getOrDefault(t.getId(), new HashMap<>());
            }
            targetOrder++;
            int criterionOrder = 0;
            for (Criterion pc : pt.criteria()) {
                AssessmentCriterion cr = oldCriteria.remove(pc.stableKey());
                if (cr == null) {
                    c.newCriteria.add(new Object[] {t.getId(), pc.level().name(), pc.sourceCode(), pc.stableKey(),
                            pc.text().getFi(), pc.text().getSv(), pc.text().getEn(), criterionOrder});
                    c.added++;
                } else {
                    int changes = 0;
                    if (!Objects.equals(cr.getText(), pc.text())) {
                        cr.setText(pc.text());
                        changes++;
                    }
                    if (cr.getSortOrder() != criterionOrder) {
                        cr.setSortOrder(criterionOrder);
                        changes++;
                    }
                    if (!cr.isCurrent()) {
                        cr.setCurrent(true);
                        changes++;
                    }
                    c.changed += changes > 0 ? 1 : 0;
                }
                criterionOrder++;
            }
            retire(oldCriteria.values(), c);
        }
        for (AssessmentTarget gone : oldTargets.values()) {
            if (gone.isCurrent()) {
                gone.setCurrent(false);
                c.retired++;
            }
            retire(old.criteria.getOrDefault(gone.getId(), Map.of()).values(), c);
        }
    }

    private static void retire(Iterable<AssessmentCriterion> gone, Counter c) {
        for (AssessmentCriterion cr : gone) {
            if (cr.isCurrent()) {
                cr.setCurrent(false);
                c.retired++;
            }
        }
    }

    private static boolean sameEntity(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a == b || a.equals(b);
    }

    private static boolean sameDecimal(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? a == b : a.compareTo(b) == 0;
    }

    /** What the catalogue already holds for a qualification, by unit (or target) id and stable key. */
    private static final class Existing {
        final Map<Long, Map<String, RequirementArea>> areas = new HashMap<>();
        final Map<Long, Map<String, SkillRequirement>> requirements = new HashMap<>();
        final Map<Long, Map<String, AssessmentTarget>> targets = new HashMap<>();
        final Map<Long, Map<String, AssessmentCriterion>> criteria = new HashMap<>();

        void load(Qualification q, RequirementAreaRepository a, SkillRequirementRepository r,
                  AssessmentTargetRepository t, AssessmentCriterionRepository c) {
            for (RequirementArea x : a.findByQualification(q)) {
                areas.computeIfAbsent(x.getUnit().getId(), k -> new HashMap<>()).put(x.getStableKey(), x);
            }
            for (SkillRequirement x : r.findByQualification(q)) {
                requirements.computeIfAbsent(x.getUnit().getId(), k -> new HashMap<>()).put(x.getStableKey(), x);
            }
            for (AssessmentTarget x : t.findByQualification(q)) {
                targets.computeIfAbsent(x.getUnit().getId(), k -> new HashMap<>()).put(x.getStableKey(), x);
            }
            for (AssessmentCriterion x : c.findByQualification(q)) {
                criteria.computeIfAbsent(x.getTarget().getId(), k -> new HashMap<>()).put(x.getStableKey(), x);
            }
        }
    }

    private static final class Counter {
        /** New requirement and criterion rows: nothing in the import refers to them, so they go in as one batch. */
        final List<Object[]> newRequirements = new ArrayList<>();
        final List<Object[]> newCriteria = new ArrayList<>();
        int added;
        int changed;
        int retired;
    }

    /** For tests and the benchmark: the number of rows the catalogue holds, by table. */
    Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String entity : new ArrayList<>(List.of("Qualification", "QualificationTitle", "QualificationUnit",
                "RequirementArea", "SkillRequirement", "AssessmentTarget", "AssessmentCriterion"))) {
            counts.put(entity, em.createQuery("select count(x) from " + entity + " x", Long.class).getSingleResult());
        }
        return counts;
    }
}
