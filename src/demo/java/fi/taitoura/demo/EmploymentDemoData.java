package fi.taitoura.demo;

import fi.taitoura.base.time.Time;
import fi.taitoura.employment.*;
import fi.taitoura.employment.EmploymentRecords.ContactInput;
import fi.taitoura.employment.EmploymentRecords.EducationInput;
import fi.taitoura.employment.EmploymentRecords.EmployerInput;
import fi.taitoura.employment.EmploymentRecords.EventInput;
import fi.taitoura.employment.EmploymentRecords.FormInput;
import fi.taitoura.employment.EmploymentRecords.JobEndInput;
import fi.taitoura.employment.EmploymentRecords.JobStartInput;
import fi.taitoura.employment.EmploymentRecords.JobView;
import fi.taitoura.employment.EmploymentRecords.NewCase;
import fi.taitoura.employment.EmploymentRecords.NewClient;
import fi.taitoura.employment.EmploymentRecords.PersonInput;
import fi.taitoura.employment.EmploymentRecords.SchoolInfo;
import fi.taitoura.employment.EmploymentRecords.StudyUnitInput;
import fi.taitoura.employment.EmploymentRecords.WorkHistoryInput;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TrainingPeriod;
import fi.taitoura.user.AppUser;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserService;
import fi.taitoura.workplace.Organisation;
import fi.taitoura.workplace.WorkplaceService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Supported employment in the demo: two teams of job coaches; the job coach {@code tyohonvalmentaja} has twelve
 * cases over all five phases (one from a training period, one of the school variant, one closed with a follow-up),
 * the team's employer register with contact people, employer contacts, job starts and a job end. The team lead
 * {@code tiiminvetaja} follows the team; {@code tyohonvalmentaja2} works in another team with two cases.
 */
@Component
class EmploymentDemoData implements DemoDataContributor {

    static final String TEAM = "Työhönvalmennustiimi Esimerkkilä";
    static final String OTHER_TEAM = "Työhönvalmennus Naapurila";

    private final EmploymentTeamService teams;
    private final EmploymentService service;
    private final EmployerService employers;
    private final UserService users;
    private final WorkplaceService workplaces;
    private final TraineeService trainees;
    private final LocalDate today = Time.today();
    private final Map<String, Long> employerIds = new HashMap<>();
    private final Map<String, Long> personIds = new HashMap<>();

    EmploymentDemoData(EmploymentTeamService teams, EmploymentService service, EmployerService employers,
                       UserService users, WorkplaceService workplaces, TraineeService trainees) {
        this.teams = teams;
        this.service = service;
        this.employers = employers;
        this.users = users;
        this.workplaces = workplaces;
        this.trainees = trainees;
    }

    @Override
    public int order() {
        return 800;
    }

    @Override
    public void load() {
        Organisation city = organisation("Esimerkkilän kaupunki");
        Organisation county = organisation("Esimerkkimaan hyvinvointialue");
        String pw = DemoDataLoader.DEMO_PASSWORD;
        AppUser coach = users.createDemoUser("tyohonvalmentaja", "Hanna Harju", pw, Set.of(Role.JOB_COACH), city.getId(),
                Set.of());
        AppUser coach2 = users.createDemoUser("tyohonvalmentaja2", "Petri Pelto", pw, Set.of(Role.JOB_COACH),
                county.getId(), Set.of());
        AppUser lead = users.findByUsername("tiiminvetaja").orElseThrow();

        Long team = teams.saveTeam(null, 0, city.getId(), TEAM, true);
        teams.setMembers(team, version(team), Set.of(coach.getId(), lead.getId()));
        Long otherTeam = teams.saveTeam(null, 0, county.getId(), OTHER_TEAM, true);
        teams.setMembers(otherTeam, version(otherTeam), Set.of(coach2.getId()));

        as(coach, () -> {
            register(team);
            caseload(team, coach.getId());
            return null;
        });
        as(coach2, () -> {
            otherTeam(otherTeam, coach2.getId());
            return null;
        });
        referFromPeriod(team, coach);
    }

    private long version(Long teamId) {
        return teams.teams().stream().filter(t -> t.id().equals(teamId)).findFirst().orElseThrow().version();
    }

    private Organisation organisation(String name) {
        return workplaces.findOrganisations().stream().filter(o -> o.getName().equals(name)).findFirst()
                .orElseThrow();
    }

    private static <T> T as(AppUser user, Supplier<T> action) {
        return DemoSecurity.as(user, action);
    }

    // ------------------------------------------------------------------ employers

    private void register(Long team) {
        employer(team, "Lähikauppa Torikulma Oy", "2345678-9", "Vähittäiskauppa", "Torikatu 4, Esimerkkilä",
                "Kauppias Sirpa Mäki", "kauppias");
        employer(team, "Ravintola Kulmakeittiö", "3456789-1", "Ravintolat", "Asemakatu 12, Esimerkkilä",
                "Keittiöpäällikkö Jari Koski", "keittiöpäällikkö");
        employer(team, "Puhdas Pinta Oy", "4567891-6", "Siivous", "Teollisuustie 3, Esimerkkilä",
                "Esihenkilö Paula Rinne", "palveluesihenkilö");
        employer(team, "Esimerkkilän Varasto ja Logistiikka Oy", "5678912-3", "Logistiikka",
                "Satamatie 20, Esimerkkilä", "Varastopäällikkö Mika Lahti", "varastopäällikkö");
        employer(team, "Kiinteistöhuolto Huolellinen Oy", "6789123-0", "Kiinteistöhuolto",
                "Huoltotie 1, Esimerkkilä", "Työnjohtaja Arto Niemi", "työnjohtaja");
        employer(team, "Autokorjaamo Ratas", "7891234-8", "Autoala", "Konepajankatu 7, Esimerkkilä",
                "Yrittäjä Kari Ratas", "yrittäjä");
        employer(team, "Esimerkkilän kaupunki, varhaiskasvatus", null, "Julkinen sektori",
                "Kaupungintalo, Esimerkkilä", "Päiväkodin johtaja Leena Aho", "päiväkodin johtaja");
        employer(team, "Hoivakoti Kotiranta", "8912345-5", "Sosiaali- ja terveysala", "Rantatie 9, Esimerkkilä",
                "Vastaava hoitaja Tuula Saari", "vastaava hoitaja");
    }

    private void employer(Long team, String name, String businessId, String sector, String address,
                          String person, String title) {
        Long id = employers.saveEmployer(null, new EmployerInput(-1, team, name, businessId, sector, address,
                "040 555 " + (1000 + employerIds.size() * 37), null,
                "Tavattu työhönvalmennuksen esittelyssä; kiinnostunut osatyökykyisten palkkaamisesta.", true));
        employerIds.put(name, id);
        String personName = person.substring(person.indexOf(' ') + 1);
        var p = employers.savePerson(id, null, new PersonInput(-1, personName, title, "050 444 "
                + (2000 + employerIds.size() * 53), null, true));
        personIds.put(name, p.id());
    }

    private Long employerId(String name) {
        return employerIds.get(name);
    }

    private void contact(String employer, int daysAgo, boolean inPerson, String purpose, String outcome,
                         String nextStep, Long... caseIds) {
        employers.recordContact(new ContactInput(-1, employerId(employer), today.minusDays(daysAgo),
                personIds.get(employer), null, inPerson, employers.suggestedKind(employerId(employer)), purpose,
                outcome, nextStep, null, Set.of(caseIds)));
    }

    // ------------------------------------------------------------------ cases

    private Long newCase(Long team, Long coachId, String first, String last, LocalDate born, int referredDaysAgo,
                         String referrer, String organisation, String reason) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("REFERRER_NAME", referrer);
        texts.put("REFERRER_ORGANISATION", organisation);
        texts.put("REFERRER_CONTACT", referrer.toLowerCase().replace(' ', '.') + "@example.fi");
        texts.put("REASON", reason);
        texts.put("GOAL", "Työllistyminen avoimille työmarkkinoille omien kiinnostuksen kohteiden mukaisesti.");
        texts.put("CURRENT_SERVICES", "Aikuissosiaalityö; työllisyyspalvelujen asiakkuus.");
        return service.createCase(new NewCase(team, coachId, CaseVariant.ADULT, today.minusDays(referredDaysAgo),
                new NewClient(first, last, born, null, "040 7" + (100000 + born.getDayOfYear() * 91), null,
                        "suomi"), SchoolInfo.NONE, new FormInput(-1, today.minusDays(referredDaysAgo), null, null,
                true, null, Set.of(), texts, null, null)));
    }

    private void agreement(Long caseId, int daysAgo, boolean disclosure) {
        service.saveForm(caseId, FormKind.AGREEMENT, new FormInput(-1, today.minusDays(daysAgo),
                today.minusDays(daysAgo).plusMonths(3), null, null, disclosure,
                EnumSet.of(ContactParty.REFERRER, ContactParty.EMPLOYMENT_SERVICES, ContactParty.KELA),
                Map.of("GOAL", "Löytää palkkatyö avoimilta työmarkkinoilta, aluksi osa-aikaisesti.",
                        "PARTIES", "Asiakas, työhönvalmentaja, lähettävä asiakasvastaava.",
                        "MEETING_RHYTHM", "Kerran viikossa, tarvittaessa puhelimitse."), null, null));
    }

    private void profile(Long caseId, int daysAgo, String strengths, String interests, String field) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("EDUCATION", "Peruskoulu; keskeytyneet ammatilliset opinnot.");
        texts.put("CARDS", "Työturvallisuuskortti, hygieniapassi.");
        texts.put("STRENGTHS", strengths);
        texts.put("INTERESTS", interests);
        texts.put("PREFERRED_FIELD", field);
        texts.put("PREFERRED_HOURS", "20–30 tuntia viikossa, päivätyö");
        texts.put("PREFERRED_PLACE", "Esimerkkilän keskusta tai bussireitin varrella");
        texts.put("TRANSPORT", "Linja-auto, polkupyörä");
        texts.put("BENEFITS", "Työttömyysetuus ja asumistuki; soviteltu päiväraha selvitettävä.");
        texts.put("DISCLOSURE_PREFERENCE", "Saa kertoa tuen tarpeesta yleisellä tasolla, ei diagnooseja.");
        texts.put("SUPPORT_NETWORK", "Sisko, kuntoutusohjaaja.");
        texts.put("GOALS", "Vakituinen osa-aikatyö vuoden sisällä.");
        service.saveForm(caseId, FormKind.PROFILE, new FormInput(-1, today.minusDays(daysAgo), null, null, null, null,
                Set.of(), texts, null, null));
    }

    private void jobSearchPlan(Long caseId, int daysAgo, int baseRevision, String targets) {
        service.saveForm(caseId, FormKind.JOB_SEARCH_PLAN, new FormInput(baseRevision, today.minusDays(daysAgo),
                today.minusDays(daysAgo).plusWeeks(8), null, null, null, Set.of(),
                Map.of("TARGET_JOBS", targets,
                        "EMPLOYERS", "Rekisterin työnantajat alalta; uudet yhteydet valmentajan kautta.",
                        "CLIENT_TASKS", "Päivittää CV:n, käy kaksi työnantajakäyntiä valmentajan kanssa viikossa.",
                        "COACH_TASKS", "Kontaktoi kolme työnantajaa viikossa asiakkaan toiveiden mukaan.",
                        "SCHEDULE", "Tavoite: ensimmäinen työhaastattelu kuukauden sisällä."), null, null));
    }

    private JobView job(Long caseId, String employer, String title, int startedDaysAgo, String hours,
                        ContractType type, boolean subsidy) {
        return service.saveJobStart(caseId, null, new JobStartInput(-1, employerId(employer), title,
                today.minusDays(startedDaysAgo), new BigDecimal(hours), new BigDecimal("12.10"), PayUnit.HOUR, type,
                subsidy, FoundBy.COACH_CONTACT, true, today.minusDays(startedDaysAgo).plusWeeks(1),
                "Työtehtävät sovittu työnantajan kanssa vahvuuksien mukaan.",
                "Valmentaja mukana ensimmäisinä työpäivinä; viikoittainen yhteydenpito.", null));
    }

    private void supportPlan(Long caseId, Long jobId, int daysAgo) {
        service.saveForm(caseId, FormKind.SUPPORT_PLAN, new FormInput(0, today.minusDays(daysAgo),
                today.minusDays(daysAgo).plusMonths(2), jobId, null, null, Set.of(),
                Map.of("ON_THE_JOB", "Perehdytyksen tuki työpaikalla kahtena ensimmäisenä viikkona.",
                        "OFF_THE_JOB", "Viikkotapaaminen työajan ulkopuolella; arjen rytmin tuki.",
                        "FREQUENCY", "1 krt/vko, harvenee kuukauden jälkeen",
                        "EMPLOYER_CONTACTS", "Puhelu esihenkilölle joka toinen viikko.",
                        "FADING", "Tuki vähenee asteittain kolmen kuukauden aikana."), null, null));
    }

    private void caseload(Long team, Long coachId) {
        // 1: phase 1, a new referral
        newCase(team, coachId, "Eero", "Väisänen", LocalDate.of(1994, 5, 3), 4, "Minna Virta",
                "Esimerkkilän työllisyyspalvelut", "Pitkä työttömyys; haluaa palkkatyöhön.");

        // 2: phase 2, agreement made, profile under way
        Long mira = newCase(team, coachId, "Mira", "Lindholm", LocalDate.of(1990, 8, 17), 16, "Aki Asikainen",
                "Esimerkkimaan hyvinvointialue", "Mielenterveyskuntoutuja; toive päästä takaisin työelämään.");
        agreement(mira, 10, true);

        // 3: phase 2, profile with work history, an early employer contact
        Long joonas = newCase(team, coachId, "Joonas", "Aalto", LocalDate.of(1998, 2, 9), 34, "Aki Asikainen",
                "Esimerkkimaan hyvinvointialue", "Päihdekuntoutuksen jälkeen työhön suuntaaminen.");
        agreement(joonas, 28, false);
        profile(joonas, 20, "Täsmällinen, pitää käytännön tekemisestä.", "Autot, koneet, ulkotyöt",
                "Autoala, varastotyö");
        service.saveWorkHistory(joonas, null, new WorkHistoryInput(-1, "Rengasliike Pyörä Oy", "Rengasasentaja",
                "2017–2018", "Renkaanvaihdot, varastointi", "Tiimi ja konkreettinen työ", "Kiire sesonkeina",
                "Määräaikainen sopimus päättyi"));
        service.saveWorkHistory(joonas, null, new WorkHistoryInput(-1, "Esimerkkilän seurakunta", "Kesätyöntekijä",
                "2015", "Hautausmaan hoito", "Ulkotyö", "Yksin työskentely", "Kesätyö"));

        // 4: phase 3 with a job-search plan and contacts within 30 days
        Long sanna = newCase(team, coachId, "Sanna", "Koivu", LocalDate.of(1987, 11, 28), 60, "Minna Virta",
                "Esimerkkilän työllisyyspalvelut", "Lomautuksen jälkeen pitkittynyt työttömyys.");
        agreement(sanna, 52, true);
        profile(sanna, 45, "Asiakaspalvelu, ruotsin kieli.", "Kauppa, ihmisten kanssa toimiminen",
                "Vähittäiskauppa");
        jobSearchPlan(sanna, 40, 0, "Myyjä tai kassatyö, osa-aikainen.");

        // 5: phase 3 without a plan, no contact 45 days after the agreement (both warnings)
        Long timo = newCase(team, coachId, "Timo", "Rautio", LocalDate.of(1979, 4, 2), 55, "Aki Asikainen",
                "Esimerkkimaan hyvinvointialue", "Työkyvyn arvioinnin jälkeen tuettu työllistyminen.");
        agreement(timo, 45, true);
        profile(timo, 38, "Kokemus rakennusalalta.", "Kiinteistöhuolto, ulkotyöt", "Kiinteistöhuolto");
        service.changePhase(timo, service.detail(timo).version(), Phase.JOB_SEARCH, today.minusDays(30));

        // 6: phase 4, a job agreed to start next week
        Long aino = newCase(team, coachId, "Aino", "Peltonen", LocalDate.of(2000, 7, 30), 70, "Minna Virta",
                "Esimerkkilän työllisyyspalvelut", "Nuori aikuinen, opinnot keskeytyneet.");
        agreement(aino, 63, true);
        profile(aino, 58, "Lasten kanssa toimiminen, luovuus.", "Varhaiskasvatus", "Varhaiskasvatus");
        jobSearchPlan(aino, 55, 0, "Avustavat tehtävät päiväkodissa.");
        job(aino, "Esimerkkilän kaupunki, varhaiskasvatus", "Päiväkotiapulainen", -7, "25", ContractType.FIXED_TERM,
                true);

        // 7: phase 5, in work for 20 weeks with a support plan, benefits counselling
        Long markus = newCase(team, coachId, "Markus", "Hiltunen", LocalDate.of(1985, 1, 15), 210, "Aki Asikainen",
                "Esimerkkimaan hyvinvointialue", "Mielenterveyskuntoutuja, vahva työmotivaatio.");
        agreement(markus, 200, true);
        profile(markus, 190, "Huolellinen, tarkka.", "Varastotyö, logistiikka", "Logistiikka");
        jobSearchPlan(markus, 185, 0, "Varastotyöntekijä, trukkikortti tavoitteena.");
        JobView markusJob = job(markus, "Esimerkkilän Varasto ja Logistiikka Oy", "Varastotyöntekijä", 140, "30",
                ContractType.PERMANENT, false);
        supportPlan(markus, markusJob.id(), 138);
        service.saveEvent(markus, null, new EventInput(-1, today.minusDays(150), EventKind.BENEFITS_COUNSELLING,
                null, "Laskettu, miten palkka vaikuttaa asumistukeen ja työttömyysetuuteen.",
                EnumSet.of(BenefitTopic.ADJUSTED_BENEFIT, BenefitTopic.HOUSING_ALLOWANCE,
                        BenefitTopic.EARNINGS_CALCULATION)));

        // 8: phase 5, in work for 3 weeks without a support plan (warning)
        Long riikka = newCase(team, coachId, "Riikka", "Salo", LocalDate.of(1992, 3, 6), 90, "Minna Virta",
                "Esimerkkilän työllisyyspalvelut", "Kuntouttavan työtoiminnan jälkeen palkkatyöhön.");
        agreement(riikka, 84, false);
        profile(riikka, 80, "Siivous, järjestelmällisyys.", "Siivous", "Siivous ja puhtaanapito");
        jobSearchPlan(riikka, 78, 0, "Siivooja, aamuvuorot.");
        job(riikka, "Puhdas Pinta Oy", "Siivooja", 21, "20", ContractType.FIXED_TERM, true);
        service.saveEvent(riikka, null, new EventInput(-1, today.minusDays(25), EventKind.BENEFITS_COUNSELLING, null,
                "Palkkatuki ja soviteltu päiväraha käyty läpi.",
                EnumSet.of(BenefitTopic.PAY_SUBSIDY, BenefitTopic.ADJUSTED_BENEFIT)));

        // 9: a job that ended (form D), back in job search with a revised plan
        Long kimmo = newCase(team, coachId, "Kimmo", "Laine", LocalDate.of(1989, 9, 21), 150, "Aki Asikainen",
                "Esimerkkimaan hyvinvointialue", "Tuettu työllistyminen mielenterveyspalveluista.");
        agreement(kimmo, 140, true);
        profile(kimmo, 135, "Ruoanlaitto, nopea oppimaan.", "Ravintolat", "Ravintola-ala");
        jobSearchPlan(kimmo, 130, 0, "Kokin apulainen.");
        JobView kimmoJob = job(kimmo, "Ravintola Kulmakeittiö", "Kokin apulainen", 77, "24", ContractType.FIXED_TERM,
                false);
        supportPlan(kimmo, kimmoJob.id(), 75);
        service.endJob(kimmo, kimmoJob.id(), new JobEndInput(kimmoJob.version(), today.minusDays(14),
                EndedBy.TERM_ENDED, "Määräaikainen sopimus päättyi kesäkauden jälkeen.",
                "Keittiötyö sujui; iltavuorot kuormittivat.", "Haetaan päivävuoroja, esim. henkilöstöravintolat."));
        jobSearchPlan(kimmo, 10, 1, "Keittiötyö päivävuoroissa, henkilöstöravintolat.");

        // 10: closed with an outcome (employment) and a follow-up three months later
        Long heidi = newCase(team, coachId, "Heidi", "Nurmi", LocalDate.of(1983, 6, 11), 330, "Minna Virta",
                "Esimerkkilän työllisyyspalvelut", "Osatyökykyinen, haluaa hoiva-alalle.");
        agreement(heidi, 320, true);
        profile(heidi, 310, "Empaattinen, kokemus omaishoitajana.", "Hoiva-ala", "Hoiva-avustaja");
        jobSearchPlan(heidi, 300, 0, "Hoiva-avustaja hoivakodissa.");
        JobView heidiJob = job(heidi, "Hoivakoti Kotiranta", "Hoiva-avustaja", 260, "30", ContractType.PERMANENT,
                true);
        supportPlan(heidi, heidiJob.id(), 258);
        service.saveForm(heidi, FormKind.CLOSURE, new FormInput(-1, today.minusDays(120), null, null, null, null,
                Set.of(), Map.of("STATUS", "Vakituisessa työsuhteessa, 30 h/vko.",
                "LATER_SUPPORT", "Yhteydenotto tarvittaessa; seuranta 3 kk kuluttua."), Outcome.EMPLOYMENT,
                ClosureReason.GOAL_REACHED));
        service.saveEvent(heidi, null, new EventInput(-1, today.minusDays(30), EventKind.FOLLOW_UP,
                Outcome.EMPLOYMENT, "Työ jatkuu, tunnit nousseet 32 tuntiin.", Set.of()));

        // 11: the school variant: a student, two qualification units, workplace learning on strengths
        Long onni = service.createCase(new NewCase(team, coachId, CaseVariant.STUDENT, today.minusDays(120),
                new NewClient("Onni", "Vainio", LocalDate.of(2006, 10, 4), null, "040 765 4321", null, "suomi"),
                new SchoolInfo("Esimerkkilän ammattiopisto", "Kiinteistöpalvelujen perustutkinto", "Outi Ojala",
                        "outi.ojala@example.fi"),
                new FormInput(-1, today.minusDays(120), null, null, true, null, Set.of(),
                        Map.of("REFERRER_NAME", "Outi Ojala", "REFERRER_ORGANISATION", "Esimerkkilän ammattiopisto",
                                "REASON", "Erityisen tuen opiskelija; työelämässä oppimisen paikka puuttuu."),
                        null, null)));
        agreement(onni, 115, true);
        service.saveForm(onni, FormKind.STUDY_PLAN, new FormInput(0, today.minusDays(110),
                today.minusDays(110).plusMonths(4), null, null, null, Set.of(),
                Map.of("GOAL", "Tutkinnon osat työelämässä oppien; valmistuminen keväällä.",
                        "STUDIES", "Kiinteistöpalvelujen perustutkinto, kiinteistönhoidon osaamisala.",
                        "WORKPLACE_LEARNING", "Työpaikka, jossa ulkotyötä ja selkeät rutiinit.",
                        "SUPPORT_NEEDS", "Selkokieliset ohjeet, pari ensimmäistä päivää valmentaja mukana."),
                null, null));
        service.saveStudyUnit(onni, null, new StudyUnitInput(-1, "106729", "Kiinteistön puhtaanapito",
                today.minusDays(100), today.minusDays(30), "Huolellisuus, fyysinen jaksaminen",
                "Kiinteistöhuolto Huolellinen Oy, 6 viikkoa", "Selkeät työohjeet"));
        service.saveStudyUnit(onni, null, new StudyUnitInput(-1, "106727", "Ulkoalueiden hoito", today.minusDays(12),
                null, "Ulkotyö, koneiden käyttö", "Suunnitteilla: Kiinteistöhuolto Huolellinen Oy", null));
        service.saveEducation(onni, null, new EducationInput(-1, "Esimerkkilän ammattiopisto",
                "Kiinteistöpalvelujen perustutkinto", today.minusYears(1).minusDays(60), null,
                EducationOutcome.ONGOING, null));

        // employer contacts over the last weeks (form B), clients discussed where relevant
        contact("Lähikauppa Torikulma Oy", 30, true, "Ensimmäinen tapaaminen: työhönvalmennuksen esittely.",
                "Kiinnostunut osa-aikaisesta myyjästä.", "Asiakkaan tutustumiskäynti.", sanna);
        contact("Lähikauppa Torikulma Oy", 16, true, "Asiakkaan tutustumiskäynti.", "Työkokeilu ei tarpeen; "
                + "palkkaus harkinnassa.", "Soitto kahden viikon päästä.", sanna);
        contact("Autokorjaamo Ratas", 8, true, "Tutustuminen korjaamoon.", "Aputyöntekijän tarve keväällä.",
                "Esitellään asiakas.", joonas);
        contact("Esimerkkilän Varasto ja Logistiikka Oy", 170, true, "Työtehtävien kartoitus.",
                "Varastotyöntekijän paikka avautumassa.", "Haastattelu.", markus);
        contact("Esimerkkilän Varasto ja Logistiikka Oy", 60, false, "Seurantapuhelu.", "Työ sujuu hyvin.",
                "Seuraava yhteydenotto kuukauden päästä.", markus);
        contact("Puhdas Pinta Oy", 40, true, "Esittely ja asiakkaan vahvuudet.", "Aamuvuoroja tarjolla.",
                "Työhaastattelu.", riikka);
        contact("Ravintola Kulmakeittiö", 100, true, "Kesäkauden työvoimatarve.", "Kokin apulainen kesäksi.",
                "Sopimus.", kimmo);
        contact("Hoivakoti Kotiranta", 290, true, "Hoiva-avustajan tehtävät.", "Palkkatuella aloitus mahdollinen.",
                "Työhaastattelu.", heidi);
        contact("Esimerkkilän kaupunki, varhaiskasvatus", 50, true, "Avustavien tehtävien kartoitus.",
                "Päiväkotiapulaisen tarve.", "Haastattelu.", aino);
        contact("Kiinteistöhuolto Huolellinen Oy", 20, true, "Työelämässä oppimisen paikka opiskelijalle.",
                "Paikka ulkoalueiden hoidon jaksolle.", "Sovitaan aloitus opettajan kanssa.", onni);
        contact("Hoivakoti Kotiranta", 6, false, "Kolmen kupin teetä: kuulumiset ja tulevat tarpeet.",
                "Syksyllä tarvetta avustajille.", "Käynti syyskuussa.");
    }

    private void otherTeam(Long team, Long coachId) {
        Long id = employers.saveEmployer(null, new EmployerInput(-1, team, "Naapurilan Kone Oy", "9123456-2",
                "Teollisuus", "Tehdastie 2, Naapurila", null, null, null, true));
        employers.saveEmployer(null, new EmployerInput(-1, team, "Kahvila Aamukaste", null, "Ravintolat",
                "Kirkkotie 1, Naapurila", null, null, null, true));
        Long ville = newCase(team, coachId, "Ville", "Heino", LocalDate.of(1991, 12, 24), 40, "Minna Virta",
                "Naapurilan työllisyyspalvelut", "Työttömyys yli vuoden.");
        agreement(ville, 35, true);
        jobSearchPlan(ville, 30, 0, "Koneistaja, tuotantotyö.");
        employers.recordContact(new ContactInput(-1, id, today.minusDays(25), null, "Tuotantopäällikkö", true,
                ContactKind.FIRST, "Esittely.", "Kiinnostunut.", "Haastattelu.", null, Set.of(ville)));
        newCase(team, coachId, "Emma", "Järvinen", LocalDate.of(1996, 4, 14), 3, "Minna Virta",
                "Naapurilan työllisyyspalvelut", "Haluaa kahvila-alalle.");
    }

    /** The career agent refers Laura Mäkelä from her career-coaching period; the job coach takes the case. */
    private void referFromPeriod(Long team, AppUser coach) {
        AppUser agent = users.findByUsername("uraagentti").orElseThrow();
        Long caseId = as(agent, () -> {
            TrainingPeriod period = trainees.findVisiblePeriods().stream()
                    .filter(p -> p.getTrainee().getDisplayName().equals("Laura Mäkelä")).findFirst().orElseThrow();
            return service.referFromPeriod(period.getId(), team, today.minusDays(6), new FormInput(-1,
                    today.minusDays(6), null, null, true, null, Set.of(), Map.of(
                    "REFERRER_NAME", agent.getFullName(), "REFERRER_ORGANISATION", "Esimerkkilän kaupunki",
                    "REASON", "Uravalmennusjakso päättymässä; valmis työnhakuun avoimilla työmarkkinoilla.",
                    "GOAL", "Työ ravintola- tai kahvila-alalta."), null, null));
        });
        as(coach, () -> {
            var d = service.detail(caseId);
            service.saveBasics(caseId, new EmploymentRecords.CaseBasics(d.version(), coach.getId(),
                    CaseVariant.ADULT, d.row().referredOn(), SchoolInfo.NONE));
            agreement(caseId, 2, true);
            return null;
        });
    }

    static List<String> demoAccounts() {
        return List.of("tyohonvalmentaja", "tyohonvalmentaja2");
    }
}
