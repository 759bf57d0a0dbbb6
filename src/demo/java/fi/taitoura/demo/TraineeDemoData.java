package fi.taitoura.demo;

import fi.taitoura.base.time.Time;
import fi.taitoura.trainee.*;
import fi.taitoura.demo.DemoDataContributor;
import fi.taitoura.catalogue.QualificationUnit;
import fi.taitoura.user.AppUser;
import fi.taitoura.user.UserService;
import fi.taitoura.workplace.WorkUnit;
import fi.taitoura.workplace.WorkplaceService;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** About a dozen demo trainees with periods, goals with follow-ups, and cards, across the demo work units. */
@Component
class TraineeDemoData implements DemoDataContributor {

    private record Person(String first, String last, LocalDate born, String personalId, String unit,
                          PeriodStatus status, ServiceForm form, int days, String languages, String[] unitCodes) {
    }

    private static final String PROPERTY = "Kiinteistö- ja ympäristöhuolto";
    private static final String CLEANING = "Siivouspalvelut";
    private static final String FOOD = "Ruokapalvelut, Keskuskeittiö";
    private static final String RECYCLING = "Kierrätyskeskus Kiertokaari";

    static final List<Person> PEOPLE = List.of(
            new Person("Mikko", "Laaksonen", LocalDate.of(1988, 3, 14), "140388-937C", PROPERTY,
                    PeriodStatus.REHABILITATIVE_WORK_ACTIVITY, ServiceForm.WORK_AND_EDUCATION, 4, "suomi",
                    new String[] {"100757", "106729"}),
            new Person("Jenna", "Heikkinen", LocalDate.of(1996, 11, 2), null, PROPERTY,
                    PeriodStatus.WORK_TRIAL, ServiceForm.WORK_AND_EDUCATION, 5, "suomi, englanti",
                    new String[] {"100757"}),
            new Person("Ahmed", "Hassan", LocalDate.of(1991, 6, 21), null, PROPERTY,
                    PeriodStatus.REHABILITATIVE_WORK_ACTIVITY, ServiceForm.IMMIGRANT_COACHING, 4, "arabia, suomi",
                    new String[] {"100757", "106727"}),
            new Person("Sari", "Nieminen", LocalDate.of(1979, 1, 30), null, CLEANING,
                    PeriodStatus.REHABILITATIVE_WORK_ACTIVITY, ServiceForm.ASSESSMENT, 3, "suomi",
                    new String[] {}),
            new Person("Tommi", "Kallio", LocalDate.of(1999, 8, 9), null, CLEANING,
                    PeriodStatus.WORK_TRIAL, ServiceForm.WORK_AND_EDUCATION, 5, "suomi",
                    new String[] {}),
            new Person("Olga", "Petrova", LocalDate.of(1985, 4, 17), null, CLEANING,
                    PeriodStatus.SUBSIDISED_EMPLOYMENT, ServiceForm.COACHING_EMPLOYMENT, 5, "venäjä, suomi",
                    new String[] {}),
            new Person("Pekka", "Rantanen", LocalDate.of(1972, 12, 5), null, FOOD,
                    PeriodStatus.REHABILITATIVE_WORK_ACTIVITY, ServiceForm.WORK_AND_EDUCATION, 4, "suomi",
                    new String[] {}),
            new Person("Laura", "Mäkelä", LocalDate.of(2001, 2, 23), null, FOOD,
                    PeriodStatus.CAREER_COACHING, ServiceForm.WORK_AND_EDUCATION, 4, "suomi, ruotsi",
                    new String[] {}),
            new Person("Jussi", "Salminen", LocalDate.of(1993, 7, 1), null, FOOD,
                    PeriodStatus.WORK_TRIAL, ServiceForm.ASSESSMENT, 4, "suomi",
                    new String[] {}),
            new Person("Niina", "Koskinen", LocalDate.of(1990, 9, 12), null, RECYCLING,
                    PeriodStatus.REHABILITATIVE_WORK_ACTIVITY, ServiceForm.WORK_AND_EDUCATION, 4, "suomi",
                    new String[] {"100449", "106729"}),
            new Person("Ali", "Rahimi", LocalDate.of(1997, 5, 28), null, RECYCLING,
                    PeriodStatus.WORK_TRIAL, ServiceForm.IMMIGRANT_COACHING, 5, "dari, suomi, englanti",
                    new String[] {"100449"}),
            new Person("Kaisa", "Lehtonen", LocalDate.of(1983, 10, 19), null, RECYCLING,
                    PeriodStatus.REHABILITATIVE_WORK_ACTIVITY, ServiceForm.WORK_AND_EDUCATION, 3, "suomi",
                    new String[] {"100449", "100451"}));

    private static final String[][] GOALS = {
            {"Saapuu työpaikalle sovittuun aikaan vähintään neljänä päivänä viikossa.",
                    "Aamupuhelu tarvittaessa, viikkopalaveri valmentajan kanssa."},
            {"Oppii tekemään yksikön perustehtävät itsenäisesti turvallisia työtapoja noudattaen.",
                    "Työnopastus vaihe vaiheelta, kuvalliset työohjeet."},
            {"Selvittää koulutusvaihtoehdot ja hakee yhteishaussa ammatilliseen koulutukseen.",
                    "Ura-agentin kanssa tutustuminen oppilaitoksiin ja hakemuksen tekeminen."}};

    private final TraineeService service;
    private final WorkplaceService workplaces;
    private final UserService users;
    private final EntityManager em;

    TraineeDemoData(TraineeService service, WorkplaceService workplaces, UserService users, EntityManager em) {
        this.service = service;
        this.workplaces = workplaces;
        this.users = users;
        this.em = em;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public void load() {
        List<WorkUnit> units = workplaces.findAllWorkUnits();
        AppUser coach = users.findByUsername("valmentaja").orElseThrow();
        AppUser coach2 = users.findByUsername("valmentaja2").orElseThrow();
        AppUser agent = users.findByUsername("uraagentti").orElseThrow();
        AppUser caseWorker = users.findByUsername("asiakasvastaava").orElseThrow();
        List<CardType> cardTypes = service.findCardTypes();
        LocalDate today = Time.today();
        int i = 0;
        for (Person person : PEOPLE) {
            WorkUnit unit = units.stream().filter(u -> u.getName().equals(person.unit())).findFirst().orElseThrow();
            Trainee t = new Trainee();
            t.setFirstName(person.first());
            t.setLastName(person.last());
            t.setDateOfBirth(person.born());
            t.setLanguages(person.languages());
            t.setPhone("040 " + (1000000 + i * 7919));
            t.setSupportNeeds(i % 3 == 0 ? "Selkeät, kirjalliset työohjeet; lyhyet tauot tarvittaessa." : null);
            t.setConsents(i % 4 == 3 ? EnumSet.of(Consent.SUMMARY_TO_REFERRER)
                    : EnumSet.of(Consent.SUMMARY_TO_REFERRER, Consent.CERTIFICATE_TO_REFERRER,
                            Consent.CERTIFICATE_TO_SCHOOL, Consent.FOLLOW_UP_CONTACT));
            TrainingPeriod p = new TrainingPeriod();
            p.setWorkUnitId(unit.getId());
            boolean firstCoachUnit = person.unit().equals(PROPERTY) || person.unit().equals(RECYCLING);
            p.setCoachIds(Set.of((firstCoachUnit ? coach : coach2).getId()));
            p.setCareerAgentId(agent.getId());
            if (i % 5 == 4) {
                p.setReferrerName("Minna Virta");
                p.setReferrerOrganisation("Esimerkkilän työllisyyspalvelut");
                p.setReferrerContact("minna.virta@example.fi");
            } else {
                p.setReferrerUserId(caseWorker.getId());
            }
            p.setStatus(person.status());
            p.setServiceForm(person.form());
            p.setStartDate(today.minusWeeks(5 + (i % 4)).with(java.time.DayOfWeek.MONDAY));
            p.setPlannedEndDate(p.getStartDate().plusMonths(person.status() == PeriodStatus.WORK_TRIAL ? 3 : 6));
            p.setDaysPerWeek(person.days());
            p.setHoursPerDay(new BigDecimal(person.days() >= 5 ? "6.0" : "5.0"));
            Set<QualificationUnit> targets = new HashSet<>();
            for (String code : person.unitCodes()) {
                em.createQuery("select u from QualificationUnit u where u.code = :code and u.parent is null "
                                + "order by u.qualification.validFrom desc", QualificationUnit.class)
                        .setParameter("code", code).setMaxResults(1).getResultList().forEach(targets::add);
            }
            p.setTargetUnitIds(targets.stream().map(QualificationUnit::getId).collect(java.util.stream.Collectors.toSet()));
            TrainingPeriod saved = service.createTrainee(t, person.personalId(), p);

            for (int g = 0; g < GOALS.length; g++) {
                if (g == 2 && i % 2 == 1) {
                    continue;
                }
                PersonalGoal goal = new PersonalGoal();
                goal.setDescription(GOALS[g][0]);
                goal.setSupport(GOALS[g][1]);
                final boolean attendanceGoal = g == 0;
                PersonalGoal savedGoal = saveAs(firstCoachUnit ? coach : coach2,
                        () -> service.saveGoal(saved.getId(), goal));
                saveAs(firstCoachUnit ? coach : coach2, () -> service.addFollowUp(savedGoal.getId(),
                        saved.getStartDate().plusWeeks(2), attendanceGoal ? "Läsnäolo on vakiintunut, yksi poissaolo."
                                : "Edistynyt hyvin; tarvitsee vielä ohjausta uusissa tehtävissä."));
            }
            if (person.unit().equals(FOOD) || i % 3 == 1) {
                TraineeCard card = new TraineeCard();
                card.setCardType(cardTypes.stream().filter(c -> c.getName().equals(
                        person.unit().equals(FOOD) ? "Hygieniapassi" : "Työturvallisuuskortti")).findFirst().orElseThrow());
                card.setIssuedOn(today.minusYears(i % 2 == 0 ? 1 : 4).minusMonths(10));
                card.setExpiresOn(card.getCardType().getValidityYears() == null ? null
                        : card.getIssuedOn().plusYears(card.getCardType().getValidityYears()));
                saveAs(firstCoachUnit ? coach : coach2, () -> service.saveCard(saved.getTrainee().getId(), card));
            }
            i++;
        }
    }

    private <T> T saveAs(AppUser user, java.util.function.Supplier<T> action) {
        return fi.taitoura.demo.DemoSecurity.as(user, action);
    }
}
