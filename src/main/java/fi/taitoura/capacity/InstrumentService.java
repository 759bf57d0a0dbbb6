package fi.taitoura.capacity;

import static fi.taitoura.base.Texts.blankToNull;

import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.ConcurrentEditException;
import fi.taitoura.base.db.LocalizedText;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The instrument engine: instruments, their versions, domains, items and scales. ADMIN defines and edits them. A
 * version that has answers is locked: editing it is refused with the reason, and the administrator saves the
 * changes as the next version instead (the earlier version stays, with its answers, and is no longer offered).
 */
@Service
public class InstrumentService {

    public static final String WORK_ABILITY_SCORE = "WORK_ABILITY_SCORE";
    public static final String TAITOURA_EXAMPLE = "TAITOURA_EXAMPLE";
    public static final String OSALLISUUSINDIKAATTORI = "OSALLISUUSINDIKAATTORI";
    static final int MAX_POINTS = 21;

    private final InstrumentRepository instruments;
    private final CapacityAssessmentRepository assessments;
    private final AuditService audit;

    InstrumentService(InstrumentRepository instruments, CapacityAssessmentRepository assessments, AuditService audit) {
        this.instruments = instruments;
        this.assessments = assessments;
        this.audit = audit;
    }

    /** An instrument version in the administration list, with how many assessments use it. */
    public record InstrumentRow(Instrument instrument, long assessments) {
        public boolean locked() {
            return instrument.isFixedWording() || assessments > 0;
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<InstrumentRow> findAllVersions() {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : assessments.countPerInstrument()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return instruments.findAllOrdered().stream()
                .map(i -> new InstrumentRow(initialize(i), counts.getOrDefault(i.getId(), 0L))).toList();
    }

    /** An instrument version with its scale, domains and items loaded. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Instrument get(Long id) {
        return initialize(instruments.findById(id).orElseThrow());
    }

    /** The current version of an instrument. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Instrument> findCurrent(String code) {
        return instruments.findByCodeAndCurrentVersionTrue(code).map(InstrumentService::initialize);
    }

    /** The instruments offered for new assessments (current, active versions) of the kind. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Instrument> findOffered(InstrumentKind kind) {
        return instruments.findOffered(kind).stream().map(InstrumentService::initialize).toList();
    }

    /** True when the version can no longer be edited in place (it has answers, or its wording is fixed). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean isLocked(Long id) {
        Instrument i = instruments.findById(id).orElseThrow();
        return i.isFixedWording() || assessments.countByInstrumentId(id) > 0;
    }

    /** Creates a new capacity instrument (version 1). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Instrument create(InstrumentDraft draft) {
        validate(draft);
        String code = uniqueCode(draft.getNameFi());
        Instrument instrument = new Instrument(code, 1);
        instrument.setKind(InstrumentKind.CAPACITY);
        apply(draft, instrument);
        Instrument saved = instruments.saveAndFlush(instrument);
        audit.recordChange(AuditAction.CREATE, "Instrument", saved.getId(), null, summary(saved));
        return saved;
    }

    /**
     * Saves changes to a version in place. Refused when the version has answers ({@code instrument.error.locked})
     * or its wording is fixed ({@code instrument.error.fixedWording}); a stale edit throws
     * {@link ConcurrentEditException}.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Instrument update(Long id, long expectedVersion, InstrumentDraft draft) {
        Instrument instrument = instruments.findById(id).orElseThrow();
        if (instrument.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("Instrument", id);
        }
        refuseFixed(instrument);
        long answered = assessments.countByInstrumentId(id);
        if (answered > 0) {
            throw new BusinessRuleException("instrument.error.locked", instrument.getInstrumentVersion(), answered);
        }
        validate(draft);
        String before = summary(instrument);
        // Remove the old content first: the new rows reuse the same keys and values (unique per version).
        instrument.getScalePoints().clear();
        instrument.getDomains().clear();
        instruments.saveAndFlush(instrument);
        apply(draft, instrument);
        Instrument saved = instruments.saveAndFlush(instrument);
        audit.recordChange(AuditAction.UPDATE, "Instrument", saved.getId(), null,
                AuditDetails.of("changed", !before.equals(summary(saved))) + ";" + summary(saved));
        return saved;
    }

    /**
     * Saves the draft as the next version of the instrument the given version belongs to. The new version becomes
     * the current one, offered for new assessments; earlier versions keep their answers.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Instrument saveAsNewVersion(Long basedOnId, InstrumentDraft draft) {
        Instrument base = instruments.findById(basedOnId).orElseThrow();
        refuseFixed(base);
        validate(draft);
        instruments.findByCodeAndCurrentVersionTrue(base.getCode()).ifPresent(current -> {
            current.setCurrentVersion(false);
            current.setActive(false);
            instruments.saveAndFlush(current);
        });
        Instrument next = new Instrument(base.getCode(), instruments.maxVersion(base.getCode()) + 1);
        next.setKind(base.getKind());
        apply(draft, next);
        Instrument saved = instruments.saveAndFlush(next);
        audit.recordChange(AuditAction.CREATE, "Instrument", saved.getId(), null,
                AuditDetails.of("basedOn", base.getId()) + ";" + summary(saved));
        return saved;
    }

    /** Offers the current version for new assessments, or stops offering it (its answers stay). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setActive(Long id, boolean active) {
        Instrument instrument = instruments.findById(id).orElseThrow();
        if (active && !instrument.isCurrentVersion()) {
            throw new BusinessRuleException("instrument.error.notCurrent");
        }
        boolean before = instrument.isActive();
        instrument.setActive(active);
        audit.recordChange(AuditAction.UPDATE, "Instrument", id, null, AuditDetails.of("active", active));
    }

    private static void refuseFixed(Instrument instrument) {
        if (instrument.isFixedWording()) {
            throw new BusinessRuleException("instrument.error.fixedWording", instrument.getName().getFi());
        }
    }

    /** The rules the form checks field by field, checked again here for any caller. */
    static void validate(InstrumentDraft d) {
        if (d.getNameFi().isBlank()) {
            throw new BusinessRuleException("instrument.error.nameRequired");
        }
        if (d.getNameFi().length() > 200 || d.getNameSv().length() > 200 || d.getNameEn().length() > 200) {
            throw new BusinessRuleException("validation.maxLength", 200);
        }
        if (d.getRaterMode() == null || d.getScaleType() == null) {
            throw new BusinessRuleException("validation.required");
        }
        if (d.getPoints().size() < 2 || d.getPoints().size() > MAX_POINTS) {
            throw new BusinessRuleException("instrument.error.scaleSize", 2, MAX_POINTS);
        }
        Set<Integer> values = new HashSet<>();
        for (InstrumentDraft.Point p : d.getPoints()) {
            if (p.getValue() == null || p.getValue() < 0 || p.getValue() > 100) {
                throw new BusinessRuleException("instrument.error.pointValue");
            }
            if (!values.add(p.getValue())) {
                throw new BusinessRuleException("instrument.error.duplicatePoint", p.getValue());
            }
            if (p.getLabelFi().isBlank()) {
                throw new BusinessRuleException("instrument.error.pointLabel", p.getValue());
            }
        }
        if (d.getDomains().isEmpty()) {
            throw new BusinessRuleException("instrument.error.noDomains");
        }
        int n = 0;
        for (InstrumentDraft.Domain domain : d.getDomains()) {
            n++;
            if (domain.getNameFi().isBlank()) {
                throw new BusinessRuleException("instrument.error.domainName", n);
            }
            if (domain.getItems().isEmpty()) {
                throw new BusinessRuleException("instrument.error.domainWithoutItems", domain.getNameFi());
            }
            for (InstrumentDraft.Item item : domain.getItems()) {
                if (item.getTextFi().isBlank()) {
                    throw new BusinessRuleException("instrument.error.itemText", domain.getNameFi());
                }
            }
        }
    }

    /** Fills an empty version with the draft's content. */
    private static void apply(InstrumentDraft d, Instrument target) {
        target.setName(new LocalizedText(d.getNameFi().trim(), blankToNull(d.getNameSv()), blankToNull(d.getNameEn())));
        target.setDescription(new LocalizedText(blankToNull(d.getDescriptionFi()), blankToNull(d.getDescriptionSv()),
                blankToNull(d.getDescriptionEn())));
        target.setRaterMode(d.getRaterMode());
        target.setScaleType(d.getScaleType());
        target.setAllowNotAssessed(d.isAllowNotAssessed());
        target.setExample(d.isExample());
        d.getPoints().stream().sorted(java.util.Comparator.comparing(InstrumentDraft.Point::getValue))
                .forEach(p -> target.getScalePoints().add(new ScalePoint(target, p.getValue(),
                        new LocalizedText(p.getLabelFi().trim(), blankToNull(p.getLabelSv()),
                                blankToNull(p.getLabelEn())))));
        Set<String> domainKeys = new HashSet<>();
        int order = 0;
        for (InstrumentDraft.Domain dd : d.getDomains()) {
            String key = unique(dd.getKey() != null ? dd.getKey() : slug(dd.getNameFi()), domainKeys);
            dd.setKey(key);
            InstrumentDomain domain = new InstrumentDomain(target, key, new LocalizedText(dd.getNameFi().trim(),
                    blankToNull(dd.getNameSv()), blankToNull(dd.getNameEn())), ++order);
            Set<String> itemKeys = new HashSet<>();
            int itemOrder = 0;
            for (InstrumentDraft.Item di : dd.getItems()) {
                String itemKey = unique(di.getKey() != null ? di.getKey() : slug(di.getTextFi()), itemKeys);
                di.setKey(itemKey);
                domain.getItems().add(new InstrumentItem(domain, itemKey, new LocalizedText(di.getTextFi().trim(),
                        blankToNull(di.getTextSv()), blankToNull(di.getTextEn())), ++itemOrder));
            }
            target.getDomains().add(domain);
        }
    }

    private String uniqueCode(String name) {
        String base = slug(name).toUpperCase(Locale.ROOT);
        String code = base;
        for (int i = 2; instruments.existsByCode(code); i++) {
            code = base + "_" + i;
        }
        return code;
    }

    private static String unique(String key, Set<String> taken) {
        String k = key;
        for (int i = 2; !taken.add(k); i++) {
            k = key + "_" + i;
        }
        return k;
    }

    /** A short ASCII key from a Finnish text: "Läsnäolo ja täsmällisyys" → "lasnaolo_ja_tasmallisyys". */
    static String slug(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (s.isEmpty()) {
            s = "x";
        }
        return s.length() > 40 ? s.substring(0, 40).replaceAll("_+$", "") : s;
    }

    private static String summary(Instrument i) {
        return AuditDetails.of("raterMode", i.getRaterMode(), "scale", i.getScaleType(), "points",
                i.getScalePoints().size(), "domains", i.getDomains().size(), "items", i.items().count());
    }

    static Instrument initialize(Instrument i) {
        i.getScalePoints().size();
        i.getDomains().forEach(d -> d.getItems().size());
        return i;
    }
}
