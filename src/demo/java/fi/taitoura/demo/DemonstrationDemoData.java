package fi.taitoura.demo;

import fi.taitoura.base.time.Time;
import fi.taitoura.demonstration.*;
import fi.taitoura.demo.DemoDataContributor;
import fi.taitoura.demo.DemoSecurity;
import fi.taitoura.catalogue.CatalogueDto.TargetView;
import fi.taitoura.catalogue.CatalogueService;
import fi.taitoura.catalogue.LevelScale;
import fi.taitoura.demonstration.DemonstrationRecords.AssessmentInput;
import fi.taitoura.demonstration.DemonstrationRecords.Plan;
import fi.taitoura.demonstration.DemonstrationRecords.PlanOptions;
import fi.taitoura.demonstration.DemonstrationRecords.TaskRef;
import fi.taitoura.documentation.DocumentationService;
import fi.taitoura.documentation.LedgerRecords.UnitLedger;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TrainingPeriod;
import fi.taitoura.user.AppUser;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserService;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Demo demonstrations on the demo trainees, recorded as the users would: per coach, the first trainees' most
 * advanced target unit was demonstrated last week and assessed by the demo teacher (one not passed, with a reason),
 * the next ones have a demonstration planned in the coming weeks.
 */
@Component
public class DemonstrationDemoData implements DemoDataContributor {

    static final String PROVIDER = "Satakunnan koulutuskuntayhtymä Sataedu";
    /** A made-up OID in eHOKS's organisation OID pattern, for the demo only (not Sataedu's real OID). */
    public static final String PROVIDER_OID = "1.2.246.562.10.99999999990";
    private static final Logger log = LoggerFactory.getLogger(DemonstrationDemoData.class);

    private final DemonstrationService service;
    private final DocumentationService documentation;
    private final TraineeService trainees;
    private final CatalogueService catalogue;
    private final UserService users;

    DemonstrationDemoData(DemonstrationService service, DocumentationService documentation, TraineeService trainees,
                          CatalogueService catalogue, UserService users) {
        this.service = service;
        this.documentation = documentation;
        this.trainees = trainees;
        this.catalogue = catalogue;
        this.users = users;
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public void load() {
        Optional<AppUser> teacher = users.findActiveByRole(Role.TEACHER).stream()
                .filter(u -> u.getUsername().equals("opettaja")).findFirst()
                .or(() -> users.findActiveByRole(Role.TEACHER).stream().findFirst());
        if (teacher.isEmpty()) {
            log.warn("No teacher account; no demo demonstrations");
            return;
        }
        Set<Long> done = new HashSet<>();
        int assessed = 0;
        for (AppUser coach : users.findActiveByRole(Role.COACH)) {
            List<Planned> planned = DemoSecurity.as(coach, () -> plan(coach, teacher.get(), done));
            for (Planned p : planned) {
                if (p.assess()) {
                    final int index = assessed++;
                    DemoSecurity.as(teacher.get(), () -> assess(p, index));
                }
            }
        }
    }

    private record Planned(Long demonstrationId, Long unitId, boolean assess) {
    }

    private List<Planned> plan(AppUser coach, AppUser teacher, Set<Long> done) {
        LocalDate today = Time.today();
        List<TrainingPeriod> periods = trainees.findVisiblePeriods().stream().map(p -> trainees.requirePeriodForRead(p.getId()))
                .filter(p -> p.isActiveOn(today) && trainees.canWrite(p) && !p.getTargetUnitIds().isEmpty()
                        && p.getStartDate().isBefore(today.minusDays(14)) && !done.contains(p.getId()))
                .sorted(Comparator.comparing(TrainingPeriod::getId)).limit(4).toList();
        List<Planned> result = new java.util.ArrayList<>();
        int i = 0;
        for (TrainingPeriod p : periods) {
            done.add(p.getId());
            Optional<UnitLedger> unit = documentation.ledger(p.getId()).units().stream().filter(UnitLedger::target)
                    .max(Comparator.comparingInt(UnitLedger::independentPercent));
            if (unit.isEmpty()) {
                continue;
            }
            boolean assess = i < 2;
            PlanOptions options = service.planOptions(p.getId());
            // two assessed, one held two days ago and waiting for the teacher's assessment (issue 13: the teacher
            // has something to assess in the demo), the rest planned ahead
            LocalDate start = assess ? today.minusDays(7 + i) : i == 2 ? today.minusDays(2) : today.plusDays(7L * i);
            if (start.isBefore(p.getStartDate())) {
                start = p.getStartDate();
            }
            Set<Long> tasks = options.tasks().stream().limit(3).map(TaskRef::id).collect(Collectors.toSet());
            Plan plan = new Plan(start, start, options.defaultPlace(), DemonstrationPlace.WORKPLACE,
                    "Tavanomainen työpäivä työyksikössä: työt suunnitellaan aamulla yhdessä työvalmentajan kanssa ja "
                            + "tehdään itsenäisesti. Arviointikeskustelu työpäivän päätteeksi.",
                    tasks, teacher.getId(), coach.getId(), null, null, PROVIDER, PROVIDER_OID);
            Demonstration d = service.propose(p.getId(), unit.get().unitId(), plan);
            result.add(new Planned(d.getId(), unit.get().unitId(), assess));
            i++;
        }
        return result;
    }

    private Void assess(Planned p, int index) {
        var unit = catalogue.findUnit(p.unitId()).orElseThrow();
        LevelScale scale = unit.unit().scale() == null ? LevelScale.ONE_TO_FIVE : unit.unit().scale();
        boolean pass = index != 1;
        List<Integer> grades = DemonstrationGrades.allowed(scale);
        int good = scale == LevelScale.PASS_FAIL ? 1 : grades.get(Math.min(1, grades.size() - 2));
        Map<Long, Integer> targetGrades = new LinkedHashMap<>();
        Map<Long, String> notes = new LinkedHashMap<>();
        int n = 0;
        for (TargetView t : unit.targets()) {
            if (!t.current()) {
                continue;
            }
            int g = pass ? (scale == LevelScale.ONE_TO_FIVE && n % 2 == 1 ? 3 : good) : (n == 0 ? 0 : 1);
            targetGrades.put(t.id(), g);
            n++;
        }
        if (!pass && !targetGrades.isEmpty()) {
            notes.put(targetGrades.keySet().iterator().next(),
                    "Työturvallisuusohjeita ei noudatettu: suojaimet puuttuivat koneen käytössä.");
        }
        var detail = service.detail(p.demonstrationId());
        LocalDate assessedOn = detail.plan().endDate();
        AssessmentInput input = new AssessmentInput(-1, assessedOn, targetGrades, notes, pass ? good : 0,
                Set.of(DecidedBy.TEACHER, DecidedBy.WORKPLACE_REPRESENTATIVE),
                Set.of(DiscussionParticipant.TEACHER, DiscussionParticipant.WORKPLACE_REPRESENTATIVE,
                        DiscussionParticipant.STUDENT),
                pass ? "Työ sujui suunnitelmallisesti ja itsenäisesti. Vuorovaikutus asiakkaiden kanssa oli asiallista."
                        : "Ammattitaito on muilta osin hyvällä tasolla.",
                pass ? null : "Työturvallisuutta koskeva arvioinnin kohde ei täyttänyt tyydyttävän tason kriteerejä. "
                        + "Uusi näyttö voidaan järjestää, kun turvallinen työskentely on harjoiteltu.");
        service.saveAssessment(p.demonstrationId(), input, true);
        return null;
    }
}
