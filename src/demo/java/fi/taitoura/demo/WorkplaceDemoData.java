package fi.taitoura.demo;

import fi.taitoura.base.time.Time;
import fi.taitoura.catalogue.CatalogueReader;
import fi.taitoura.catalogue.CatalogueTree;
import fi.taitoura.workplace.*;
import fi.taitoura.demo.DemoDataContributor;
import fi.taitoura.catalogue.QualificationUnit;
import fi.taitoura.user.UserAccountDetailsService;
import fi.taitoura.catalogue.CatalogueTree.QualificationNode;
import fi.taitoura.catalogue.CatalogueTree.RequirementNode;
import fi.taitoura.catalogue.CatalogueTree.UnitNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The demo municipality's work units in detail, their approved environment recognitions against the shipped
 * qualifications and their task libraries. Units and requirements are looked up in the catalogue by unit code and
 * requirement wording, so the data follows whatever the catalogue importer stored; with an empty catalogue the
 * recognitions and tasks are skipped with a warning (the unit details are still filled in).
 */
@Component
class WorkplaceDemoData implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(WorkplaceDemoData.class);
    static final String REVIEWER = "opettaja";

    private final WorkplaceService workplaces;
    private final RecognitionService recognitions;
    private final TaskLibraryService tasks;
    private final CatalogueReader catalogue;
    private final UserAccountDetailsService accounts;

    WorkplaceDemoData(WorkplaceService workplaces, RecognitionService recognitions, TaskLibraryService tasks,
                      CatalogueReader catalogue, UserAccountDetailsService accounts) {
        this.workplaces = workplaces;
        this.recognitions = recognitions;
        this.tasks = tasks;
        this.catalogue = catalogue;
        this.accounts = accounts;
    }

    /** A unit of a qualification to recognise, with the wording of the requirements the work offers. */
    record UnitSpec(String diaryNumber, String unitCode, String practice, List<String> requirementWords,
                    String rejectWord, String rejectReason) {
        UnitSpec(String diaryNumber, String unitCode, String practice, List<String> requirementWords) {
            this(diaryNumber, unitCode, practice, requirementWords, null, null);
        }
    }

    record TaskSpec(String name, TaskDifficulty difficulty, String description, String tools, String safety,
                    Set<String> cards, List<String> requirementWords) {
    }

    record UnitPlan(String workUnitName, WorkUnitSector sector, String street, String postalCode, String contactName,
                    String contactPhone, int capacity, String description, String coach, String workDescription,
                    List<UnitSpec> units, List<TaskSpec> tasks) {
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void load() {
        Authentication system = SecurityContextHolder.getContext().getAuthentication();
        try {
            Map<String, WorkUnit> byName = new LinkedHashMap<>();
            workplaces.findAllWorkUnits().forEach(w -> byName.put(w.getName(), w));
            for (UnitPlan plan : WorkplaceDemoPlans.plans()) {
                WorkUnit unit = byName.get(plan.workUnitName());
                if (unit == null) {
                    log.warn("Demo work unit {} not found; skipped", plan.workUnitName());
                    continue;
                }
                SecurityContextHolder.getContext().setAuthentication(system);
                fillDetails(unit, plan);
                populate(unit, plan);
            }
        } finally {
            SecurityContextHolder.getContext().setAuthentication(system);
        }
    }

    private void fillDetails(WorkUnit unit, UnitPlan plan) {
        WorkUnit w = workplaces.findWorkUnit(unit.getId()).orElseThrow();
        w.setSector(plan.sector());
        w.setStreetAddress(plan.street());
        w.setPostalCode(plan.postalCode());
        w.setPostOffice("Esimerkkilä");
        w.setContactName(plan.contactName());
        w.setContactPhone(plan.contactPhone());
        w.setContactEmail(plan.contactName().toLowerCase(Locale.ROOT).replace(' ', '.')
                .replace('ä', 'a').replace('ö', 'o') + "@esimerkkila.fi");
        w.setTraineesPerCoach(plan.capacity());
        w.setDescription(plan.description());
        workplaces.saveWorkUnit(w);
    }

    /**
     * Drafts the plan's recognition as the coach, approves it as the demo teacher and adds the tasks. Returns false
     * (and logs a warning) when the catalogue lacks the plan's units.
     */
    boolean populate(WorkUnit unit, UnitPlan plan) {
        Map<ItemRef, String> items = new LinkedHashMap<>();
        Set<Long> qualificationIds = new LinkedHashSet<>();
        Map<Long, String> rejectReasons = new LinkedHashMap<>();
        Map<Long, String> requirementTexts = new LinkedHashMap<>();
        for (UnitSpec spec : plan.units()) {
            Optional<QualificationUnit> found = catalogue.unitByCode(spec.diaryNumber(), spec.unitCode())
                    .or(() -> catalogue.unitByCode(spec.unitCode()));
            if (found.isEmpty()) {
                log.warn("Demo data: unit {} of {} is not in the competence catalogue; {} not recognised from it",
                        spec.unitCode(), spec.diaryNumber(), plan.workUnitName());
                continue;
            }
            Long qualificationId = found.get().getQualification().getId();
            Long unitId = found.get().getId();
            UnitNode node = findUnit(catalogue.tree(Set.of(qualificationId)), unitId);
            if (node == null) {
                continue;
            }
            qualificationIds.add(qualificationId);
            items.put(ItemRef.unit(unitId), spec.practice());
            List<RequirementNode> all = allRequirements(node);
            int added = 0;
            for (RequirementNode r : all) {
                String text = r.text().getFi().toLowerCase(Locale.ROOT);
                boolean wanted = spec.requirementWords().isEmpty()
                        || spec.requirementWords().stream().anyMatch(w -> text.contains(w.toLowerCase(Locale.ROOT)));
                if (wanted && !items.containsKey(ItemRef.requirement(r.id()))) {
                    items.put(ItemRef.requirement(r.id()), null);
                    requirementTexts.put(r.id(), text);
                    added++;
                    if (spec.rejectWord() != null && text.contains(spec.rejectWord())) {
                        rejectReasons.put(r.id(), spec.rejectReason());
                    }
                }
            }
            if (added == 0) {
                all.stream().limit(3).forEach(r -> {
                    items.put(ItemRef.requirement(r.id()), null);
                    requirementTexts.put(r.id(), r.text().getFi().toLowerCase(Locale.ROOT));
                });
            }
            allCriteria(node).stream().limit(4).forEach(c -> items.put(ItemRef.criterion(c.id()), null));
        }
        if (qualificationIds.isEmpty()) {
            log.warn("Demo data: the competence catalogue has none of the units planned for {}; its recognition "
                    + "and tasks are skipped (import the catalogue and load the demo data again)", plan.workUnitName());
            return false;
        }
        Long reviewerId = user(REVIEWER);
        runAs(plan.coach());
        EnvironmentRecognition r = recognitions.start(unit.getId());
        r = recognitions.save(new RecognitionDraft(r.getId(), r.getVersion(), plan.workDescription(), reviewerId,
                qualificationIds, items));
        r = recognitions.submit(r.getId(), r.getVersion());
        runAs(REVIEWER);
        Map<Long, ItemDecision> decisions = new LinkedHashMap<>();
        for (RecognitionItem item : recognitions.load(r.getId()).recognition().getItems()) {
            if (item.getKind() == RecognitionItemKind.REQUIREMENT
                    && rejectReasons.containsKey(item.getRequirementId())) {
                decisions.put(item.getId(), new ItemDecision(ReviewStatus.REJECTED,
                        rejectReasons.get(item.getRequirementId())));
            }
        }
        r = recognitions.approve(r.getId(), r.getVersion(), decisions, Time.today().plusYears(2),
                "Työtehtävät vastaavat tunnistettuja ammattitaitovaatimuksia. Tarkistetaan kahden vuoden kuluttua.");

        runAs(plan.coach());
        Set<Long> recognised = recognitions.findRecognisedRequirementIds(unit.getId());
        List<Long> recognisedInOrder = requirementTexts.keySet().stream().filter(recognised::contains).toList();
        for (TaskSpec t : plan.tasks()) {
            Set<Long> mapped = new LinkedHashSet<>();
            for (Long id : recognisedInOrder) {
                String text = requirementTexts.get(id);
                if (t.requirementWords().stream().anyMatch(w -> text.contains(w.toLowerCase(Locale.ROOT)))) {
                    mapped.add(id);
                }
            }
            if (mapped.isEmpty() && !recognisedInOrder.isEmpty()) {
                mapped.add(recognisedInOrder.getFirst());
            }
            tasks.save(new TaskDraft(null, 0, unit.getId(), t.name(), t.description(), t.difficulty(), t.tools(),
                    t.safety(), t.cards(), true, mapped));
        }
        log.info("Demo data: {} recognised (version {}), {} tasks", plan.workUnitName(), r.getRevision(),
                plan.tasks().size());
        return true;
    }

    private static UnitNode findUnit(List<QualificationNode> tree, Long unitId) {
        for (QualificationNode q : tree) {
            for (UnitNode u : q.units()) {
                UnitNode found = findUnit(u, unitId);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static UnitNode findUnit(UnitNode u, Long unitId) {
        if (u.id().equals(unitId)) {
            return u;
        }
        for (UnitNode s : u.subAreas()) {
            UnitNode found = findUnit(s, unitId);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static List<RequirementNode> allRequirements(UnitNode u) {
        List<RequirementNode> all = new ArrayList<>(u.requirements());
        u.subAreas().forEach(s -> all.addAll(allRequirements(s)));
        return all;
    }

    private static List<CatalogueTree.CriterionNode> allCriteria(UnitNode u) {
        List<CatalogueTree.CriterionNode> all = new ArrayList<>(u.criteria());
        u.subAreas().forEach(s -> all.addAll(allCriteria(s)));
        return all;
    }

    private void runAs(String username) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private Long user(String username) {
        return ((fi.taitoura.security.TaitouraPrincipal) accounts.loadUserByUsername(username)).getUserId();
    }
}
