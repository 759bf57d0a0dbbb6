package fi.taitoura.catalogue;

import fi.taitoura.base.time.Time;
import fi.taitoura.catalogue.CatalogueDto.AreaView;
import fi.taitoura.catalogue.CatalogueDto.CriterionView;
import fi.taitoura.catalogue.CatalogueDto.QualificationDetail;
import fi.taitoura.catalogue.CatalogueDto.StructureView;
import fi.taitoura.catalogue.CatalogueDto.QualificationSummary;
import fi.taitoura.catalogue.CatalogueDto.RequirementRef;
import fi.taitoura.catalogue.CatalogueDto.RequirementView;
import fi.taitoura.catalogue.CatalogueDto.SearchGroup;
import fi.taitoura.catalogue.CatalogueDto.TargetView;
import fi.taitoura.catalogue.CatalogueDto.TitleView;
import fi.taitoura.catalogue.CatalogueDto.UnitDetail;
import fi.taitoura.catalogue.CatalogueDto.UnitHit;
import fi.taitoura.catalogue.CatalogueDto.UnitSummary;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.text.Collator;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The competence catalogue's read API for views and other features: qualifications, units with their requirement
 * areas, requirements, assessment targets and criteria, and search. Every signed-in user may read the catalogue
 * (it is public regulation text); importing is {@link CatalogueImportService}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CatalogueService {

    static final int MAX_UNIT_HITS = 300;
    static final int MAX_REQUIREMENT_HITS = 600;

    private final QualificationRepository qualifications;
    private final QualificationUnitRepository units;
    private final RequirementAreaRepository areas;
    private final SkillRequirementRepository requirements;
    private final AssessmentTargetRepository targets;
    private final AssessmentCriterionRepository criteria;
    private final StructureStore structure;

    CatalogueService(QualificationRepository qualifications, QualificationUnitRepository units,
                     RequirementAreaRepository areas, SkillRequirementRepository requirements,
                     AssessmentTargetRepository targets, AssessmentCriterionRepository criteria,
                     StructureStore structure) {
        this.structure = structure;
        this.qualifications = qualifications;
        this.units = units;
        this.areas = areas;
        this.requirements = requirements;
        this.targets = targets;
        this.criteria = criteria;
    }

    /** Every qualification, valid ones first, then by Finnish name. */
    public List<QualificationSummary> listQualifications() {
        Map<Long, Long> unitCounts = unitCounts();
        LocalDate today = Time.today();
        return qualifications.findAllOrdered().stream().map(q -> summary(q, unitCounts))
                .sorted(Comparator.comparing((QualificationSummary s) -> s.isExpiredOn(today)))
                .toList();
    }

    public Optional<QualificationSummary> findQualification(Long id) {
        return qualifications.findById(id).map(q -> summary(q, unitCounts()));
    }

    public Optional<QualificationSummary> findQualificationByDiaryNumber(String diaryNumber) {
        return qualifications.findByDiaryNumber(diaryNumber).map(q -> summary(q, unitCounts()));
    }

    /** A qualification with its competence areas, titles and units (sub-areas after their unit). */
    public Optional<QualificationDetail> findQualificationDetail(Long id) {
        return qualifications.findById(id).map(q -> new QualificationDetail(summary(q, unitCounts()),
                q.getTitles().stream().map(t -> new TitleView(t.getKind(), t.getCode(), t.getName())).toList(),
                orderedUnits(units.findByQualificationId(id)),
                structure.read(id).stream().map(CatalogueService::structureView).toList()));
    }

    private static StructureView structureView(ParsedDocument.StructureNode n) {
        return new StructureView(n.mode(), n.unit(), n.name(), n.mandatory(), n.areaUri(), n.areaCode(),
                n.minCredits(), n.maxCredits(), n.viiteId(), n.unitCode(), n.unitCredits(),
                n.children().stream().map(CatalogueService::structureView).toList());
    }

    /** The units (or sub-areas) with the code, in every qualification that has one: newest qualification first. */
    public List<UnitSummary> findUnitsByCode(String code) {
        return units.findByCode(code).stream()
                .sorted(Comparator.comparing((QualificationUnit u) -> !u.isCurrent())
                        .thenComparing(u -> u.getQualification().getValidFrom(),
                                Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(u -> u.getQualification().getSourceModifiedAt(),
                                Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(u -> u.getQualification().getId()))
                .map(CatalogueService::unitSummary).toList();
    }

    public Optional<UnitSummary> findUnitSummary(Long unitId) {
        return units.findWithQualification(unitId).map(CatalogueService::unitSummary);
    }

    /** A unit with its areas, requirements, targets and criteria (not-current rows included, flagged). */
    public Optional<UnitDetail> findUnit(Long unitId) {
        return unitDetail(unitId);
    }

    /**
     * A unit for public pages without sign-in (the Open Badges achievement definitions): the catalogue is public
     * regulation text (ePerusteet), so this read needs no authentication.
     */
    @PreAuthorize("permitAll()")
    public Optional<UnitDetail> findPublicUnit(Long unitId) {
        return unitDetail(unitId);
    }

    // ------------------------------------------------------------------ units kept on the node (ADR 0041)

    /**
     * The units built whole, kept on this node with the version of their qualification. Everything in a unit detail
     * (areas, requirements, targets, criteria, sub-areas, parent, the qualification's summary) belongs to its
     * qualification, and every import that changes anything of a qualification changes the qualification's row
     * (its imported time, so its version) in the import's transaction ({@link CatalogueWriter}). A read asks for
     * that version (one primary-key read, a cached plan) and builds the unit again when it differs, so an import
     * shows at once, also one made on another node or by the command line. Public regulation text only.
     */
    private final Cache<Long, KeptUnit> kept = Caffeine.newBuilder().maximumWeight(8_000_000)
            .<Long, KeptUnit>weigher((id, unit) -> unit.weight()).expireAfterAccess(Duration.ofHours(1)).build();

    private record KeptUnit(long qualificationVersion, UnitDetail detail, int weight) {
    }

    private Optional<UnitDetail> unitDetail(Long unitId) {
        if (unitId == null) {
            return Optional.empty();
        }
        Optional<Long> version = units.findQualificationVersion(unitId);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        KeptUnit k = kept.getIfPresent(unitId);
        if (k != null && k.qualificationVersion() == version.get()) {
            return Optional.of(k.detail());
        }
        // read in the same transaction after the version: at least as new as it (a newer one is read again next time)
        Optional<UnitDetail> detail = units.findWithQualification(unitId).map(this::detail);
        detail.ifPresent(d -> kept.put(unitId, new KeptUnit(version.get(), d, weight(d))));
        return detail;
    }

    /** Roughly the characters a unit detail holds (its texts), for the bound of the kept units. */
    static int weight(UnitDetail d) {
        long chars = 200 + chars(d.demonstration()) + chars(d.description()) + chars(d.requirementSubject())
                + chars(d.unit().name()) + chars(d.qualification().name()) + 100L * d.subAreas().size();
        for (AreaView a : d.areas()) {
            chars += 50 + chars(a.name());
            for (RequirementView r : a.requirements()) {
                chars += 50 + chars(r.text());
            }
        }
        for (TargetView t : d.targets()) {
            chars += 50 + chars(t.name()) + chars(t.areaName());
            for (CriterionView c : t.criteria()) {
                chars += 50 + chars(c.text());
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, chars);
    }

    private static long chars(fi.taitoura.base.db.LocalizedText t) {
        return t == null ? 0 : (long) length(t.getFi()) + length(t.getSv()) + length(t.getEn());
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    /** Requirements by id, with their unit and qualification (for features that refer to them). */
    public List<RequirementRef> findRequirements(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return requirements.findWithUnit(ids).stream().map(r -> new RequirementRef(r.getId(), r.getCode(),
                r.getText(), r.isCurrent(), r.getUnit().getId(), r.getUnit().getCode(), r.getUnit().getName(),
                r.getUnit().getQualification().getId(), r.getUnit().getQualification().getDiaryNumber())).toList();
    }

    /**
     * Searches qualification names and diary numbers, unit names and codes, and current requirement texts (every
     * language, so a Swedish user finds Swedish text and Finnish where no translation exists). Results are grouped
     * by qualification; qualifications in force first.
     */
    public List<SearchGroup> search(String query, Locale locale) {
        String q = query == null ? "" : query.trim();
        if (q.length() < 2) {
            return List.of();
        }
        String pattern = "%" + q.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        Map<Long, Long> unitCounts = unitCounts();
        Map<Long, QualificationSummary> quals = new LinkedHashMap<>();
        Map<Long, Boolean> qualNameMatches = new HashMap<>();
        Map<Long, LinkedHashMap<Long, UnitHitBuilder>> hits = new LinkedHashMap<>();
        for (Qualification qual : qualifications.search(pattern)) {
            quals.put(qual.getId(), summary(qual, unitCounts));
            qualNameMatches.put(qual.getId(), true);
            hits.computeIfAbsent(qual.getId(), k -> new LinkedHashMap<>());
        }
        for (QualificationUnit u : units.search(pattern, PageRequest.of(0, MAX_UNIT_HITS))) {
            Qualification qual = u.getQualification();
            quals.computeIfAbsent(qual.getId(), k -> summary(qual, unitCounts));
            hits.computeIfAbsent(qual.getId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(u.getId(), k -> new UnitHitBuilder(unitSummary(u))).nameMatches = true;
        }
        for (SkillRequirement r : requirements.search(pattern, q, PageRequest.of(0, MAX_REQUIREMENT_HITS))) {
            QualificationUnit u = r.getUnit();
            Qualification qual = u.getQualification();
            quals.computeIfAbsent(qual.getId(), k -> summary(qual, unitCounts));
            hits.computeIfAbsent(qual.getId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(u.getId(), k -> new UnitHitBuilder(unitSummary(u))).requirements
                    .add(requirementView(r));
        }
        LocalDate today = Time.today();
        Collator collator = Collator.getInstance(locale == null ? Locale.of("fi") : locale);
        List<SearchGroup> groups = new ArrayList<>();
        for (var e : hits.entrySet()) {
            List<UnitHit> unitHits = e.getValue().values().stream()
                    .sorted(Comparator.comparing((UnitHitBuilder b) -> !b.unit.current())
                            .thenComparingInt(b -> b.unit.sortOrder()))
                    .map(b -> new UnitHit(b.unit, b.nameMatches, List.copyOf(b.requirements))).toList();
            groups.add(new SearchGroup(quals.get(e.getKey()), qualNameMatches.getOrDefault(e.getKey(), false),
                    unitHits));
        }
        groups.sort(Comparator.comparing((SearchGroup g) -> g.qualification().isExpiredOn(today))
                .thenComparing(g -> g.qualification().name().in(locale), collator));
        return groups;
    }

    private static final class UnitHitBuilder {
        final UnitSummary unit;
        boolean nameMatches;
        final List<RequirementView> requirements = new ArrayList<>();

        UnitHitBuilder(UnitSummary unit) {
            this.unit = unit;
        }
    }

    // ------------------------------------------------------------------ mapping

    private UnitDetail detail(QualificationUnit u) {
        Long id = u.getId();
        Map<Long, List<RequirementView>> reqsByArea = requirements.findByUnitId(id).stream()
                .collect(Collectors.groupingBy(r -> r.getArea().getId(), LinkedHashMap::new,
                        Collectors.mapping(CatalogueService::requirementView, Collectors.toList())));
        List<AreaView> areaViews = areas.findByUnitId(id).stream()
                .map(a -> new AreaView(a.getId(), a.getName(), a.isOptional(), a.isCurrent(),
                        reqsByArea.getOrDefault(a.getId(), List.of()))).toList();
        Map<Long, List<CriterionView>> criteriaByTarget = criteria.findByUnitId(id).stream()
                .collect(Collectors.groupingBy(c -> c.getTarget().getId(), LinkedHashMap::new,
                        Collectors.mapping(c -> new CriterionView(c.getId(), c.getLevel(),
                                LevelCodes.gradeOf(u.getScale(), c.getLevel(), c.getSourceCode()), c.getSourceCode(),
                                c.getText(), c.isCurrent()), Collectors.toList())));
        List<TargetView> targetViews = targets.findByUnitId(id).stream()
                .map(t -> new TargetView(t.getId(), t.getAreaName(), t.getName(), t.isCurrent(),
                        criteriaByTarget.getOrDefault(t.getId(), List.of()))).toList();
        List<UnitSummary> subAreas = units.findByQualificationId(u.getQualification().getId()).stream()
                .filter(s -> s.getParent() != null && s.getParent().getId().equals(id))
                .sorted(Comparator.comparingInt(QualificationUnit::getSortOrder))
                .map(CatalogueService::unitSummary).toList();
        UnitSummary parent = u.getParent() == null ? null : unitSummary(u.getParent());
        return new UnitDetail(unitSummary(u), summary(u.getQualification(), unitCounts()), parent,
                u.getDemonstration(), areaViews, targetViews, subAreas, u.getDescription(), u.getRequirementSubject());
    }

    private static List<UnitSummary> orderedUnits(List<QualificationUnit> all) {
        List<UnitSummary> result = new ArrayList<>();
        List<QualificationUnit> top = all.stream().filter(u -> u.getParent() == null)
                .sorted(Comparator.comparingInt(QualificationUnit::getSortOrder)).toList();
        for (QualificationUnit u : top) {
            result.add(unitSummary(u));
            all.stream().filter(s -> s.getParent() != null && s.getParent().getId().equals(u.getId()))
                    .sorted(Comparator.comparingInt(QualificationUnit::getSortOrder))
                    .forEach(s -> result.add(unitSummary(s)));
        }
        return result;
    }

    private Map<Long, Long> unitCounts() {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : qualifications.countCurrentUnits()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    static QualificationSummary summary(Qualification q, Map<Long, Long> unitCounts) {
        return new QualificationSummary(q.getId(), q.getDiaryNumber(), q.getName(), q.getQualificationType(),
                q.getEducationCodes(), q.getValidFrom(), q.getValidTo(), q.getTransitionEnds(),
                q.getSourceModifiedAt(), q.getSource(), q.getImportedAt(),
                unitCounts.getOrDefault(q.getId(), 0L).intValue(), q.getEperusteetId(),
                q.getReplacedDiaryNumbers() == null ? List.of() : List.of(q.getReplacedDiaryNumbers().split(",")));
    }

    static UnitSummary unitSummary(QualificationUnit u) {
        return new UnitSummary(u.getId(), u.getQualification().getId(), u.getCode(), u.getName(), u.getCredits(),
                u.getUnitType(), u.getScale(), u.isCurrent(), u.getParent() == null ? null : u.getParent().getId(),
                u.getSortOrder(), u.getCodeUri(), u.getCodeVersion(), u.getViiteId());
    }

    private static RequirementView requirementView(SkillRequirement r) {
        return new RequirementView(r.getId(), r.getCode(), r.getStableKey(), r.getText(), r.isCurrent());
    }
}
