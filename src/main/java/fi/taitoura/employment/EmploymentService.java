package fi.taitoura.employment;

import fi.taitoura.base.time.Time;
import static fi.taitoura.base.Texts.blankToNull;

import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.ConcurrentEditException;
import fi.taitoura.employment.EmploymentRecords.CaseBasics;
import fi.taitoura.employment.EmploymentRecords.CaseDetail;
import fi.taitoura.employment.EmploymentRecords.CaseRow;
import fi.taitoura.employment.EmploymentRecords.Client;
import fi.taitoura.employment.EmploymentRecords.ClientSummary;
import fi.taitoura.employment.EmploymentRecords.ContactView;
import fi.taitoura.employment.EmploymentRecords.EducationInput;
import fi.taitoura.employment.EmploymentRecords.EducationView;
import fi.taitoura.employment.EmploymentRecords.EventInput;
import fi.taitoura.employment.EmploymentRecords.EventView;
import fi.taitoura.employment.EmploymentRecords.FormInput;
import fi.taitoura.employment.EmploymentRecords.FormRef;
import fi.taitoura.employment.EmploymentRecords.FormView;
import fi.taitoura.employment.EmploymentRecords.JobEndInput;
import fi.taitoura.employment.EmploymentRecords.JobStartInput;
import fi.taitoura.employment.EmploymentRecords.JobView;
import fi.taitoura.employment.EmploymentRecords.NewCase;
import fi.taitoura.employment.EmploymentRecords.NewClient;
import fi.taitoura.employment.EmploymentRecords.PeriodCaseState;
import fi.taitoura.employment.EmploymentRecords.PeriodLink;
import fi.taitoura.employment.EmploymentRecords.PhaseView;
import fi.taitoura.employment.EmploymentRecords.Ref;
import fi.taitoura.employment.EmploymentRecords.SchoolInfo;
import fi.taitoura.employment.EmploymentRecords.StudyUnitInput;
import fi.taitoura.employment.EmploymentRecords.StudyUnitView;
import fi.taitoura.employment.EmploymentRecords.TimelineKind;
import fi.taitoura.employment.EmploymentRecords.TimelineRow;
import fi.taitoura.employment.EmploymentRecords.WorkHistoryInput;
import fi.taitoura.employment.EmploymentRecords.WorkHistoryView;
import fi.taitoura.security.CurrentUser;
import fi.taitoura.trainee.TraineeRef;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supported-employment cases (työhönvalmennus, issue #14): the client's whole path from referral through the
 * agreement, the vocational profile, the plans, employer contacts, job starts and ends, to closure and follow-ups.
 * Who may do what is {@link EmploymentAccess}, named at each method. Every read and change of a case is written to
 * the audit log with the client's trainee id; the details hold kinds, ids and field names, never the content.
 */
@Service
public class EmploymentService {

    static final int MAX_TEXT = 4000;

    private final EmploymentCaseRepository cases;
    private final EmploymentFormRepository forms;
    private final EmploymentJobRepository jobs;
    private final PhaseChangeRepository phases;
    private final WorkHistoryRepository workHistory;
    private final EmployerContactRepository contacts;
    private final CaseEventRepository events;
    private final EducationRepository education;
    private final StudyUnitRepository studyUnits;
    private final EmployerRepository employers;
    private final EmployerPersonRepository people;
    private final EmploymentTeamRepository teams;
    private final Clients clients;
    private final TraineeService trainees;
    private final UserService users;
    private final CurrentUser currentUser;
    private final EmploymentAccess access;
    private final AuditService audit;

    EmploymentService(EmploymentCaseRepository cases, EmploymentFormRepository forms, EmploymentJobRepository jobs,
                      PhaseChangeRepository phases, WorkHistoryRepository workHistory,
                      EmployerContactRepository contacts, CaseEventRepository events, EducationRepository education,
                      StudyUnitRepository studyUnits, EmployerRepository employers, EmployerPersonRepository people,
                      EmploymentTeamRepository teams,
                      Clients clients, TraineeService trainees, UserService users, CurrentUser currentUser,
                      EmploymentAccess access, AuditService audit) {
        this.cases = cases;
        this.forms = forms;
        this.jobs = jobs;
        this.phases = phases;
        this.workHistory = workHistory;
        this.contacts = contacts;
        this.events = events;
        this.education = education;
        this.studyUnits = studyUnits;
        this.employers = employers;
        this.people = people;
        this.teams = teams;
        this.clients = clients;
        this.trainees = trainees;
        this.users = users;
        this.currentUser = currentUser;
        this.access = access;
        this.audit = audit;
    }

    private static LocalDate today() {
        return Time.today();
    }

    // ------------------------------------------------------------------ teams and the caseload

    /** The teams the signed-in user works in, by name. */
    @PreAuthorize("@employmentAccess.mayUseEmployment()")
    @Transactional(readOnly = true)
    public List<Ref> myTeams() {
        return teams.findAllById(access.myTeamIds()).stream().sorted(Comparator.comparing(t -> t.name))
                .map(t -> new Ref(t.getId(), t.name)).toList();
    }

    /** The team's active job coaches, by name: who can be assigned a case. */
    @PreAuthorize("@employmentAccess.isMember(#teamId)")
    @Transactional(readOnly = true)
    public List<Ref> teamCoaches(Long teamId) {
        EmploymentTeam team = teams.findById(teamId).orElseThrow();
        return users.findActiveRefsByRole(Role.JOB_COACH).stream().filter(u -> team.memberIds.contains(u.id()))
                .map(u -> new Ref(u.id(), u.fullName())).sorted(Comparator.comparing(Ref::name)).toList();
    }

    /**
     * The cases of the signed-in user's teams: open ones (and closed ones when asked), newest referral first.
     * Each client shown is audited.
     */
    @PreAuthorize("@employmentAccess.mayUseEmployment()")
    @Transactional(readOnly = true)
    public List<CaseRow> caseload(boolean includeClosed) {
        List<EmploymentCase> list = cases.findByTeamIdInOrderByReferredOnDescIdDesc(access.myTeamIds()).stream()
                .filter(c -> includeClosed || c.isOpen()).toList();
        List<CaseRow> rows = rows(list);
        audit.recordListRead("EmploymentCase", rows.stream().map(CaseRow::traineeId).distinct().toList(),
                AuditDetails.what("caseload"));
        return rows;
    }

    private List<CaseRow> rows(List<EmploymentCase> list) {
        if (list.isEmpty()) {
            return new ArrayList<>();
        }
        List<Long> ids = list.stream().map(EmploymentCase::getId).toList();
        Map<Long, List<EmploymentForm>> formsByCase = forms.findByCaseIdIn(ids).stream()
                .collect(Collectors.groupingBy(f -> f.caseId));
        Map<Long, List<EmploymentJob>> jobsByCase = jobs.findByCaseIdIn(ids).stream()
                .collect(Collectors.groupingBy(j -> j.caseId));
        Map<Long, LocalDate> firstContacts = firstContacts(ids);
        Map<Long, Client> clientMap = clients.byTraineeId(list.stream().map(c -> c.traineeId).distinct().toList());
        Map<Long, String> teamNames = teams.findAllById(list.stream().map(c -> c.teamId).distinct().toList())
                .stream().collect(Collectors.toMap(EmploymentTeam::getId, t -> t.name));
        Map<Long, String> userNames = userNames(list.stream().map(c -> c.coachId).filter(Objects::nonNull).toList());
        List<CaseRow> rows = new ArrayList<>();
        for (EmploymentCase c : list) {
            rows.add(row(c, formsByCase.getOrDefault(c.getId(), List.of()),
                    jobsByCase.getOrDefault(c.getId(), List.of()), firstContacts.get(c.getId()),
                    Clients.name(clientMap, c.traineeId), teamNames.get(c.teamId), userNames.get(c.coachId)));
        }
        return rows;
    }

    private CaseRow row(EmploymentCase c, List<EmploymentForm> caseForms, List<EmploymentJob> caseJobs,
                        LocalDate firstContact, String clientName, String teamName, String coachName) {
        LocalDate today = today();
        return new CaseRow(c.getId(), c.traineeId, clientName, c.teamId, teamName, c.coachId, coachName, c.phase,
                c.variant, c.referredOn, c.agreedOn, c.closedOn, c.outcome, firstContact,
                QualityRules.daysToFirstContact(c, firstContact, today),
                caseJobs.stream().anyMatch(j -> j.isOngoingOn(today)),
                QualityRules.warnings(c, caseForms, caseJobs, firstContact, today));
    }

    private Map<Long, LocalDate> firstContacts(Collection<Long> caseIds) {
        Map<Long, LocalDate> map = new HashMap<>();
        for (Object[] r : contacts.firstContactDates(caseIds)) {
            map.put((Long) r[0], (LocalDate) r[1]);
        }
        return map;
    }

    private String userName(Long userId) {
        return userId == null ? null : users.findNames(List.of(userId)).get(userId);
    }

    private Map<Long, String> userNames(Collection<Long> ids) {
        return users.findNames(ids);
    }

    // ------------------------------------------------------------------ opening a case

    /**
     * Opens a case for a new client straight from a referrer: creates the client's record, the case in phase 1 and
     * the referral form. Returns the case id.
     */
    @PreAuthorize("@employmentAccess.mayCreateCase(#input.teamId())")
    @Transactional
    public Long createCase(NewCase input) {
        EmploymentTeam team = teams.findById(input.teamId()).orElseThrow();
        NewClient nc = input.client();
        if (nc == null) {
            throw new BusinessRuleException("employment.error.client");
        }
        Long traineeId = trainees.createClient(new TraineeRef(null, nc.firstName(), nc.lastName(), nc.dateOfBirth(),
                nc.phone(), nc.email(), nc.languages()), nc.personalId(), team.organisationId);
        EmploymentCase c = newCase(traineeId, team.getId(), input.coachId(), null, CaseSource.REFERRER,
                input.variant(), input.referredOn(), input.school());
        saveReferral(c, input.referral());
        return c.getId();
    }

    /**
     * The period's coach or career agent refers its trainee to supported employment in a team: the case continues
     * the period (the team's job coaches then see its ledger, certificates and summaries when the client consented
     * to the exchange of information). Returns the case id.
     */
    @PreAuthorize("@employmentAccess.mayReferFromPeriod(#periodId)")
    @Transactional
    public Long referFromPeriod(Long periodId, Long teamId, LocalDate referredOn, FormInput referral) {
        TraineeService.PeriodRef p = trainees.writablePeriodRef(periodId);
        EmploymentTeam team = teams.findById(teamId).filter(t -> t.active)
                .orElseThrow(() -> new BusinessRuleException("employment.error.team"));
        Long traineeId = p.traineeId();
        if (cases.findByTraineeId(traineeId).stream().anyMatch(c -> c.isOpen() && c.teamId.equals(team.getId()))) {
            throw new BusinessRuleException("employment.error.openCaseExists");
        }
        EmploymentCase c = newCase(traineeId, team.getId(), null, periodId, CaseSource.PERIOD, CaseVariant.ADULT,
                referredOn, SchoolInfo.NONE);
        saveReferral(c, referral);
        return c.getId();
    }

    /** The active teams a period's trainee can be referred to. */
    @PreAuthorize("@employmentAccess.mayReferFromPeriod(#periodId)")
    @Transactional(readOnly = true)
    public List<Ref> teamsForReferral(Long periodId) {
        return teams.findAllByOrderByNameAsc().stream().filter(t -> t.active).map(t -> new Ref(t.getId(), t.name))
                .toList();
    }

    /** The state of the cases that continue the period, for the period's coach and career agent. */
    @PreAuthorize("@employmentAccess.mayReferFromPeriod(#periodId)")
    @Transactional(readOnly = true)
    public List<PeriodCaseState> periodCases(Long periodId) {
        List<PeriodCaseState> list = new ArrayList<>();
        for (EmploymentCase c : cases.findByPeriodIdOrderByIdDesc(periodId)) {
            list.add(new PeriodCaseState(c.getId(), teams.findById(c.teamId).map(t -> t.name).orElse(""),
                    c.coachId == null ? null : userName(c.coachId),
                    c.phase, c.referredOn, c.closedOn, c.outcome));
            audit.recordRead("EmploymentCase", c.getId(), c.traineeId, AuditDetails.of("what", "fromPeriod", "period", periodId));
        }
        return list;
    }

    private EmploymentCase newCase(Long traineeId, Long teamId, Long coachId, Long periodId, CaseSource source,
                                   CaseVariant variant, LocalDate referredOn, SchoolInfo school) {
        if (referredOn == null || referredOn.isAfter(today())) {
            throw new BusinessRuleException("employment.error.referredOn");
        }
        checkCoach(teamId, coachId);
        EmploymentCase c = new EmploymentCase();
        c.traineeId = traineeId;
        c.teamId = teamId;
        c.coachId = coachId;
        c.periodId = periodId;
        c.source = source;
        c.variant = variant == null ? CaseVariant.ADULT : variant;
        c.phase = Phase.AGREEMENT;
        c.referredOn = referredOn;
        applySchool(c, school);
        c.createdBy = currentUser.id().orElse(null);
        EmploymentCase saved = cases.saveAndFlush(c);
        audit.recordChange(AuditAction.CREATE, "EmploymentCase", saved.getId(), traineeId,
                AuditDetails.of("source", source, "variant", saved.variant, "period", periodId));
        recordPhase(saved, Phase.AGREEMENT, referredOn, PhaseReason.REFERRAL);
        return saved;
    }

    private void applySchool(EmploymentCase c, SchoolInfo school) {
        SchoolInfo s = c.variant == CaseVariant.STUDENT && school != null ? school : SchoolInfo.NONE;
        c.schoolName = limit(blankToNull(s.schoolName()), 200);
        c.qualificationName = limit(blankToNull(s.qualificationName()), 300);
        c.teacherName = limit(blankToNull(s.teacherName()), 200);
        c.teacherContact = limit(blankToNull(s.teacherContact()), 200);
        if (c.variant == CaseVariant.STUDENT && (c.schoolName == null || c.teacherName == null)) {
            throw new BusinessRuleException("employment.error.school");
        }
    }

    private void checkCoach(Long teamId, Long coachId) {
        if (coachId == null) {
            return;
        }
        EmploymentTeam team = teams.findById(teamId).orElseThrow();
        if (!team.memberIds.contains(coachId) || !users.isActiveWithRole(coachId, Role.JOB_COACH)) {
            throw new BusinessRuleException("employment.error.coach");
        }
    }

    private void saveReferral(EmploymentCase c, FormInput referral) {
        FormInput in = referral == null ? new FormInput(-1, c.referredOn, null, null, false, null, Set.of(),
                Map.of(), null, null) : referral;
        saveFormChecked(c, FormKind.REFERRAL, new FormInput(-1, c.referredOn, null, null, in.consent(), null,
                Set.of(), in.texts(), null, null));
    }

    // ------------------------------------------------------------------ the case page

    /** Everything the case page shows; the read is audited with the client. */
    @PreAuthorize("@employmentAccess.mayReadCase(#caseId)")
    @Transactional(readOnly = true)
    public CaseDetail detail(Long caseId) {
        EmploymentCase c = cases.findById(caseId).orElseThrow(() -> new AccessDeniedException("No such case"));
        List<EmploymentForm> caseForms = forms.findByCaseIdOrderByKindAscRevisionDesc(caseId);
        List<EmploymentJob> caseJobs = jobs.findByCaseIdOrderByStartDateAscIdAsc(caseId);
        Map<Long, LocalDate> first = firstContacts(List.of(caseId));
        Client client = clients.one(c.traineeId);
        String teamName = teams.findById(c.teamId).map(t -> t.name).orElse("");
        Map<Long, String> names = userNames(java.util.stream.Stream.concat(java.util.stream.Stream.of(c.coachId),
                        phases.findByCaseIdOrderByIdAsc(caseId).stream().map(p -> p.changedBy))
                .filter(Objects::nonNull).toList());
        CaseRow row = row(c, caseForms, caseJobs, first.get(caseId), client.name(), teamName, names.get(c.coachId));

        List<FormRef> formRefs = formRefs(caseForms);
        Optional<EmploymentForm> agreement = QualityRules.latest(caseForms, FormKind.AGREEMENT, null);
        Optional<EmploymentForm> profile = QualityRules.latest(caseForms, FormKind.PROFILE, null);
        Map<Long, String> employerNames = employerNames(caseJobs.stream().map(j -> j.employerId).toList());
        List<JobView> jobViews = caseJobs.stream().map(j -> jobView(j, employerNames)).toList();
        List<ContactView> contactViews = contactViews(contacts.findByCase(caseId));
        List<EventView> eventViews = events.findByCaseIdOrderByEventDateDescIdDesc(caseId).stream()
                .map(this::eventView).toList();
        List<EducationView> educationViews = education.findByCaseIdOrderByStartDateAscIdAsc(caseId).stream()
                .map(EmploymentService::educationView).toList();
        List<StudyUnitView> unitViews = studyUnits.findByCaseIdOrderByStartedOnAscIdAsc(caseId).stream()
                .map(EmploymentService::studyUnitView).toList();
        List<WorkHistoryView> history = workHistory.findByCaseIdOrderByIdAsc(caseId).stream()
                .map(EmploymentService::workHistoryView).toList();
        List<PhaseView> phaseViews = phases.findByCaseIdOrderByIdAsc(caseId).stream()
                .map(p -> new PhaseView(p.phase, p.changedOn, p.reason, names.get(p.changedBy))).toList();
        PeriodLink period = null;
        if (c.periodId != null) {
            period = periodLink(c);
        }
        audit.recordRead("EmploymentCase", caseId, c.traineeId, AuditDetails.what("casePage"));
        // a contact may have discussed other clients too: their names are shown, so their reads are logged
        contactViews.stream().flatMap(v -> v.clients().stream()).filter(k -> !k.caseId().equals(caseId))
                .map(k -> Map.entry(k.caseId(), k.traineeId())).distinct()
                .forEach(k -> audit.recordRead("EmploymentCase", k.getKey(), k.getValue(),
                        AuditDetails.of("what", "namedOnCase", "case", caseId)));
        return new CaseDetail(row, c.getVersion(), client, c.source, period,
                new SchoolInfo(c.schoolName, c.qualificationName, c.teacherName, c.teacherContact), c.closureReason,
                agreement.map(f -> f.disclosure).orElse(null),
                profile.map(f -> f.texts.get("DISCLOSURE_PREFERENCE")).orElse(null), formRefs, jobViews,
                contactViews, eventViews, educationViews, unitViews, history, phaseViews,
                access.mayWriteCase(caseId), access.mayManageCase(caseId));
    }

    private PeriodLink periodLink(EmploymentCase c) {
        // the period is readable through this case only with the client's consent (see EmploymentTraineeGrant);
        // asked first, because a refusal inside the trainee service would mark this transaction for rollback
        if (!access.mayReadConsentedPeriod(c.periodId)) {
            return new PeriodLink(c.periodId, c.traineeId, null, null, null, false);
        }
        TraineeService.PeriodRef p = trainees.readPeriodRef(c.periodId);
        return new PeriodLink(p.periodId(), p.traineeId(), p.workUnitName(), p.startDate(), p.endDate(), true);
    }

    private static List<FormRef> formRefs(List<EmploymentForm> caseForms) {
        List<FormRef> list = new ArrayList<>();
        for (EmploymentForm f : caseForms) {
            boolean current = QualityRules.latest(caseForms, f.kind, f.kind == FormKind.SUPPORT_PLAN ? f.jobId : null)
                    .map(l -> l.getId().equals(f.getId())).orElse(false);
            list.add(new FormRef(f.getId(), f.kind, f.revision, f.formDate, f.reviewOn, f.jobId, current));
        }
        list.sort(Comparator.comparing(FormRef::kind).thenComparing(FormRef::revision, Comparator.reverseOrder()));
        return list;
    }

    private Map<Long, String> employerNames(Collection<Long> ids) {
        return employers.findAllById(new java.util.HashSet<>(ids)).stream()
                .collect(Collectors.toMap(Employer::getId, e -> e.name));
    }

    static JobView jobView(EmploymentJob j, Map<Long, String> employerNames) {
        return new JobView(j.getId(), j.getVersion(), j.employerId, employerNames.getOrDefault(j.employerId, ""),
                j.title, j.startDate, j.hoursPerWeek, j.payAmount, j.payUnit, j.contractType, j.paySubsidy,
                j.foundBy, j.disclosed, j.firstFollowUp, j.tasks, j.supports, j.notes, j.endDate, j.endedBy,
                j.endReason, j.learned, j.nextStep);
    }

    /** Contacts as shown to a member of the team (who may read all the team's clients). */
    List<ContactView> contactViews(List<EmployerContact> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Set<Long> caseIds = list.stream().flatMap(c -> c.caseIds.stream()).collect(Collectors.toSet());
        Map<Long, EmploymentCase> caseMap = cases.findAllById(caseIds).stream()
                .collect(Collectors.toMap(EmploymentCase::getId, Function.identity()));
        Map<Long, Client> clientMap = clients.byTraineeId(caseMap.values().stream().map(c -> c.traineeId)
                .distinct().toList());
        Map<Long, Boolean> disclosure = disclosures(caseIds);
        Map<Long, String> employerNames = employerNames(list.stream().map(c -> c.employerId).toList());
        Map<Long, String> coachNames = userNames(list.stream().map(c -> c.coachId).toList());
        Map<Long, String> personNames = people.findByIdIn(list.stream().map(c -> c.personId)
                .filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(EmployerPerson::getId, p -> p.name));
        List<ContactView> views = new ArrayList<>();
        for (EmployerContact c : list) {
            List<EmploymentRecords.ContactClient> cl = c.caseIds.stream().map(caseMap::get).filter(Objects::nonNull)
                    .map(k -> new EmploymentRecords.ContactClient(k.getId(), k.traineeId,
                            Clients.name(clientMap, k.traineeId), disclosure.get(k.getId())))
                    .sorted(Comparator.comparing(EmploymentRecords.ContactClient::name)).toList();
            views.add(new ContactView(c.getId(), c.getVersion(), c.employerId,
                    employerNames.getOrDefault(c.employerId, ""), c.coachId, coachNames.get(c.coachId),
                    c.contactDate, c.personId, c.personId == null ? c.personName : personNames.get(c.personId),
                    c.inPerson, c.kind, c.purpose, c.outcome, c.nextStep,
                    c.nextStepOn, cl));
        }
        return views;
    }

    /** Per case, the client's disclosure choice in the latest cooperation agreement (absent: no agreement yet). */
    Map<Long, Boolean> disclosures(Collection<Long> caseIds) {
        Map<Long, Boolean> map = new HashMap<>();
        if (caseIds.isEmpty()) {
            return map;
        }
        Map<Long, EmploymentForm> latest = new HashMap<>();
        for (EmploymentForm f : forms.findByCaseIdIn(caseIds)) {
            if (f.kind == FormKind.AGREEMENT) {
                latest.merge(f.caseId, f, (a, b) -> a.revision >= b.revision ? a : b);
            }
        }
        latest.forEach((caseId, f) -> map.put(caseId, f.disclosure));
        return map;
    }

    private EventView eventView(CaseEvent e) {
        return new EventView(e.getId(), e.getVersion(), e.eventDate, e.kind, e.status, e.note,
                e.topics.isEmpty() ? Set.of() : EnumSet.copyOf(e.topics),
                e.recordedBy == null ? null : userName(e.recordedBy));
    }

    static EducationView educationView(Education e) {
        return new EducationView(e.getId(), e.getVersion(), e.institution, e.programme, e.startDate, e.endDate,
                e.outcome, e.note);
    }

    static StudyUnitView studyUnitView(StudyUnit u) {
        return new StudyUnitView(u.getId(), u.getVersion(), u.unitCode, u.unitName, u.startedOn, u.completedOn,
                u.strengths, u.workplaceLearning, u.supportNeeds);
    }

    static WorkHistoryView workHistoryView(WorkHistory w) {
        return new WorkHistoryView(w.getId(), w.getVersion(), w.employerName, w.title, w.periodText, w.tasks,
                w.liked, w.disliked, w.leavingReason);
    }

    // ------------------------------------------------------------------ basics and phase

    /** Saves the case's basics: coach, variant, referral date, the school variant's details. */
    @PreAuthorize("@employmentAccess.mayManageCase(#caseId)")
    @Transactional
    public void saveBasics(Long caseId, CaseBasics basics) {
        EmploymentCase c = requireCase(caseId);
        checkVersion(c, basics.version());
        Map<String, Object> before = describe(c);
        checkCoach(c.teamId, basics.coachId());
        if (basics.referredOn() == null || basics.referredOn().isAfter(today())
                || (c.agreedOn != null && c.agreedOn.isBefore(basics.referredOn()))) {
            throw new BusinessRuleException("employment.error.referredOn");
        }
        c.coachId = basics.coachId();
        c.variant = basics.variant() == null ? c.variant : basics.variant();
        c.referredOn = basics.referredOn();
        applySchool(c, basics.school());
        cases.saveAndFlush(c);
        audit.recordChange(AuditAction.UPDATE, "EmploymentCase", caseId, c.traineeId,
                AuditDetails.changedFields(before, describe(c)));
    }

    private static Map<String, Object> describe(EmploymentCase c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("coach", c.coachId);
        m.put("variant", c.variant);
        m.put("referredOn", c.referredOn);
        m.put("schoolName", c.schoolName);
        m.put("qualificationName", c.qualificationName);
        m.put("teacherName", c.teacherName);
        m.put("teacherContact", c.teacherContact);
        return m;
    }

    /** The coach moves the case to a phase (forward or back), dated; kept in the phase history. */
    @PreAuthorize("@employmentAccess.mayWriteCase(#caseId)")
    @Transactional
    public void changePhase(Long caseId, long version, Phase phase, LocalDate on) {
        EmploymentCase c = requireOpenCase(caseId);
        checkVersion(c, version);
        if (phase == null || on == null || on.isAfter(today()) || on.isBefore(c.referredOn)) {
            throw new BusinessRuleException("employment.error.phaseDate");
        }
        if (phase == c.phase) {
            return;
        }
        setPhase(c, phase, on, PhaseReason.MANUAL);
    }

    private void setPhase(EmploymentCase c, Phase phase, LocalDate on, PhaseReason reason) {
        Phase before = c.phase;
        c.phase = phase;
        cases.saveAndFlush(c);
        recordPhase(c, phase, on, reason);
        audit.recordChange(AuditAction.UPDATE, "EmploymentCase", c.getId(), c.traineeId,
                AuditDetails.of("phaseFrom", before.number(), "phase", phase.number(), "phaseReason", reason));
    }

    /** Moves the case forward to the phase when it is in an earlier one. */
    private void advance(EmploymentCase c, Phase phase, LocalDate on, PhaseReason reason) {
        if (c.isOpen() && c.phase.isBefore(phase)) {
            setPhase(c, phase, on.isAfter(today()) ? today() : on, reason);
        }
    }

    private void recordPhase(EmploymentCase c, Phase phase, LocalDate on, PhaseReason reason) {
        PhaseChange p = new PhaseChange();
        p.caseId = c.getId();
        p.phase = phase;
        p.changedOn = on;
        p.reason = reason;
        p.changedBy = currentUser.id().orElse(null);
        phases.save(p);
    }

    // ------------------------------------------------------------------ forms

    /** One form of the case (any revision); the read is audited. */
    @PreAuthorize("@employmentAccess.mayReadCase(#caseId)")
    @Transactional(readOnly = true)
    public FormView form(Long caseId, Long formId) {
        EmploymentCase c = requireCase(caseId);
        EmploymentForm f = forms.findById(formId).filter(x -> x.caseId.equals(caseId))
                .orElseThrow(() -> new AccessDeniedException("Form of another case"));
        audit.recordRead("EmploymentForm", formId, c.traineeId, AuditDetails.of("kind", f.kind, "revision", f.revision));
        return formView(c, f);
    }

    /** The current (latest) form of the kind, if any (for a support plan: of the job); the read is audited. */
    @PreAuthorize("@employmentAccess.mayReadCase(#caseId)")
    @Transactional(readOnly = true)
    public Optional<FormView> currentForm(Long caseId, FormKind kind, Long jobId) {
        EmploymentCase c = requireCase(caseId);
        Optional<EmploymentForm> f = QualityRules.latest(forms.findByCaseIdOrderByKindAscRevisionDesc(caseId), kind,
                kind == FormKind.SUPPORT_PLAN ? jobId : null);
        f.ifPresent(x -> audit.recordRead("EmploymentForm", x.getId(), c.traineeId, AuditDetails.of("kind", kind, "revision", x.revision)));
        return f.map(x -> formView(c, x));
    }

    private FormView formView(EmploymentCase c, EmploymentForm f) {
        String by = f.createdBy == null ? null : userName(f.createdBy);
        return new FormView(f.getId(), f.getVersion(), f.kind, f.revision, f.formDate, f.reviewOn, f.jobId, f.consent,
                f.disclosure, f.parties.isEmpty() ? Set.of() : EnumSet.copyOf(f.parties), Map.copyOf(f.texts), by,
                f.kind == FormKind.CLOSURE ? c.outcome : null, f.kind == FormKind.CLOSURE ? c.closureReason : null);
    }

    /**
     * Saves a form. Forms edited in place refuse a stale edit; a plan is saved as a new revision and refuses a save
     * that started from an older revision than the latest. Saving moves the case forward where the form marks a
     * step: the agreement to phase 2, a job-search plan to phase 3; the closure closes the case.
     */
    @PreAuthorize("@employmentAccess.mayWriteCase(#caseId)")
    @Transactional
    public FormView saveForm(Long caseId, FormKind kind, FormInput input) {
        EmploymentCase c = requireCase(caseId);
        if (!c.isOpen() && kind != FormKind.CLOSURE) {
            throw new BusinessRuleException("employment.error.closed");
        }
        return formView(c, saveFormChecked(c, kind, input));
    }

    private EmploymentForm saveFormChecked(EmploymentCase c, FormKind kind, FormInput in) {
        Map<String, String> texts = checkTexts(kind, in.texts());
        LocalDate date = in.formDate();
        if (date == null || date.isAfter(today())) {
            throw new BusinessRuleException("employment.error.formDate");
        }
        if (in.reviewOn() != null && in.reviewOn().isBefore(date)) {
            throw new BusinessRuleException("employment.error.reviewBeforeDate");
        }
        Long jobId = null;
        if (kind == FormKind.SUPPORT_PLAN) {
            jobId = in.jobId();
            if (jobId == null || jobs.findById(jobId).filter(j -> j.caseId.equals(c.getId())).isEmpty()) {
                throw new BusinessRuleException("employment.error.supportPlanJob");
            }
        }
        switch (kind) {
            case REFERRAL -> {
                if (c.agreedOn != null && c.agreedOn.isBefore(date)) {
                    throw new BusinessRuleException("employment.error.referredOn");
                }
            }
            case AGREEMENT -> {
                if (in.disclosure() == null) {
                    throw new BusinessRuleException("employment.error.disclosure");
                }
                if (date.isBefore(c.referredOn)) {
                    throw new BusinessRuleException("employment.error.agreedBeforeReferral");
                }
            }
            case CLOSURE -> {
                if (in.outcome() == null) {
                    throw new BusinessRuleException("employment.error.outcome");
                }
                if (date.isBefore(c.referredOn)) {
                    throw new BusinessRuleException("employment.error.closedBeforeReferral");
                }
            }
            default -> {
            }
        }

        Optional<EmploymentForm> latest = forms.findByCaseIdOrderByKindAscRevisionDesc(c.getId()).stream()
                .filter(f -> f.kind == kind).max(Comparator.comparingInt(f -> f.revision));
        EmploymentForm f;
        Map<String, Object> before = Map.of();
        boolean created;
        if (kind.versioned()) {
            int latestRevision = latest.map(l -> l.revision).orElse(0);
            if (in.version() != latestRevision) {
                throw new ConcurrentEditException("EmploymentForm", latest.map(EmploymentForm::getId).orElse(null));
            }
            f = new EmploymentForm();
            f.caseId = c.getId();
            f.kind = kind;
            f.revision = latestRevision + 1;
            f.createdBy = currentUser.id().orElse(null);
            if (latest.isPresent()) {
                before = describe(latest.get());
            }
            created = true;
        } else if (latest.isPresent()) {
            f = latest.get();
            if (f.getVersion() != in.version()) {
                throw new ConcurrentEditException("EmploymentForm", f.getId());
            }
            before = describe(f);
            created = false;
        } else {
            if (in.version() != -1) {
                throw new ConcurrentEditException("EmploymentForm", null);
            }
            f = new EmploymentForm();
            f.caseId = c.getId();
            f.kind = kind;
            f.revision = 1;
            f.createdBy = currentUser.id().orElse(null);
            created = true;
        }
        f.formDate = date;
        f.reviewOn = kind.hasReviewDate() ? in.reviewOn() : null;
        f.jobId = jobId;
        f.consent = kind == FormKind.REFERRAL ? Boolean.TRUE.equals(in.consent()) : null;
        f.disclosure = kind == FormKind.AGREEMENT ? in.disclosure() : null;
        f.parties.clear();
        if (kind == FormKind.AGREEMENT && in.parties() != null) {
            f.parties.addAll(in.parties());
        }
        f.texts.clear();
        f.texts.putAll(texts);
        EmploymentForm saved = forms.saveAndFlush(f);
        String details = join(AuditDetails.of("kind", kind, "revision", saved.revision),
                AuditDetails.changedFields(before, describe(saved)));
        audit.recordChange(created ? AuditAction.CREATE : AuditAction.UPDATE, "EmploymentForm", saved.getId(),
                c.traineeId, details);

        switch (kind) {
            case REFERRAL -> {
                if (!date.equals(c.referredOn)) {
                    c.referredOn = date;
                    cases.saveAndFlush(c);
                }
            }
            case AGREEMENT -> {
                c.agreedOn = date;
                cases.saveAndFlush(c);
                advance(c, Phase.PROFILE, date, PhaseReason.AGREEMENT);
            }
            case JOB_SEARCH_PLAN -> advance(c, Phase.JOB_SEARCH, date, PhaseReason.PLAN);
            case CLOSURE -> {
                boolean wasOpen = c.isOpen();
                c.closedOn = date;
                c.outcome = in.outcome();
                c.closureReason = in.closureReason();
                cases.saveAndFlush(c);
                audit.recordChange(AuditAction.UPDATE, "EmploymentCase", c.getId(), c.traineeId,
                        AuditDetails.of("what", wasOpen ? "closed" : "closureChanged", "outcome", c.outcome));
            }
            default -> {
            }
        }
        return saved;
    }

    private static Map<String, Object> describe(EmploymentForm f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", f.formDate);
        m.put("reviewOn", f.reviewOn);
        m.put("job", f.jobId);
        m.put("consent", f.consent);
        m.put("disclosure", f.disclosure);
        m.put("parties", f.parties.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        new java.util.TreeMap<>(f.texts).forEach(m::put);
        return m;
    }

    private static Map<String, String> checkTexts(FormKind kind, Map<String, String> texts) {
        Map<String, String> clean = new LinkedHashMap<>();
        if (texts != null) {
            for (var e : texts.entrySet()) {
                FormField field = kind.field(e.getKey())
                        .orElseThrow(() -> new IllegalArgumentException("No field " + e.getKey() + " in " + kind));
                String v = blankToNull(e.getValue());
                if (v != null) {
                    if (v.length() > field.maxLength()) {
                        throw new BusinessRuleException("employment.error.tooLong", field.maxLength());
                    }
                    clean.put(field.key(), v);
                }
            }
        }
        for (FormField f : kind.fields()) {
            if (f.required() && !clean.containsKey(f.key())) {
                throw new BusinessRuleException("employment.error.required");
            }
        }
        if (clean.isEmpty() && kind.versioned()) {
            throw new BusinessRuleException("employment.error.required");
        }
        return clean;
    }

    // ------------------------------------------------------------------ work history (profile)

    @PreAuthorize("@employmentAccess.mayWriteCase(#caseId)")
    @Transactional
    public WorkHistoryView saveWorkHistory(Long caseId, Long rowId, WorkHistoryInput in) {
        EmploymentCase c = requireOpenCase(caseId);
        if (blankToNull(in.employerName()) == null) {
            throw new BusinessRuleException("employment.error.required");
        }
        Edit<WorkHistory> edit = edit(caseId, rowId, in.version(), "EmploymentWorkHistory", workHistory,
                WorkHistory::new, EmploymentService::describe);
        WorkHistory w = edit.row();
        Map<String, Object> before = edit.before();
        w.employerName = limit(in.employerName().trim(), 200);
        w.title = limit(blankToNull(in.title()), 200);
        w.periodText = limit(blankToNull(in.periodText()), 100);
        w.tasks = text(in.tasks());
        w.liked = text(in.liked());
        w.disliked = text(in.disliked());
        w.leavingReason = text(in.leavingReason());
        WorkHistory saved = workHistory.saveAndFlush(w);
        audit.recordChange(rowId == null ? AuditAction.CREATE : AuditAction.UPDATE, "EmploymentWorkHistory",
                saved.getId(), c.traineeId, AuditDetails.changedFields(before, describe(saved)));
        return workHistoryView(saved);
    }

    @PreAuthorize("@employmentAccess.mayWriteCase(#caseId)")
    @Transactional
    public void deleteWorkHistory(Long caseId, Long rowId) {
        EmploymentCase c = requireOpenCase(caseId);
        WorkHistory w = workHistory.findById(rowId).filter(x -> x.caseId.equals(caseId))
                .orElseThrow(() -> new AccessDeniedException("Row of another case"));
        workHistory.delete(w);
        audit.recordChange(AuditAction.DELETE, "EmploymentWorkHistory", rowId, c.traineeId, null);
    }

    private static Map<String, Object> describe(WorkHistory w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("employerName", w.employerName);
        m.put("title", w.title);
        m.put("period", w.periodText);
        m.put("tasks", w.tasks);
        m.put("liked", w.liked);
        m.put("disliked", w.disliked);
        m.put("leavingReason", w.leavingReason);
        return m;
    }

    // ------------------------------------------------------------------ jobs (forms C and D)

    /** What a job form offers: the team's active employers by name. */
    @PreAuthorize("@employmentAccess.mayReadCase(#caseId)")
    @Transactional(readOnly = true)
    public List<Ref> employersForCase(Long caseId) {
        EmploymentCase c = requireCase(caseId);
        return employers.findByTeamIdInOrderByNameAsc(List.of(c.teamId)).stream().filter(e -> e.active)
                .map(e -> new Ref(e.getId(), e.name)).toList();
    }

    /**
     * Form C: records a job start (jobId null) or corrects one. A start on or before today moves the case to
     * phase 5 (support in work), a start later to phase 4 (agreeing work and support with the employer).
     */
    @PreAuthorize("@employmentAccess.mayWriteCase(#caseId)")
    @Transactional
    public JobView saveJobStart(Long caseId, Long jobId, JobStartInput in) {
        EmploymentCase c = requireOpenCase(caseId);
        Employer employer = employers.findById(in.employerId() == null ? -1L : in.employerId())
                .filter(e -> e.teamId.equals(c.teamId))
                .orElseThrow(() -> new BusinessRuleException("employment.error.employer"));
        if (blankToNull(in.title()) == null || in.contractType() == null || in.foundBy() == null) {
            throw new BusinessRuleException("employment.error.required");
        }
        if (in.startDate() == null || in.startDate().isBefore(c.referredOn.minusYears(1))
                || in.startDate().isAfter(today().plusYears(1))) {
            throw new BusinessRuleException("employment.error.jobStart");
        }
        if (in.hoursPerWeek() == null || in.hoursPerWeek().signum() <= 0
                || in.hoursPerWeek().compareTo(new BigDecimal("80")) > 0) {
            throw new BusinessRuleException("employment.error.hours");
        }
        if (in.payAmount() != null && (in.payAmount().signum() < 0 || in.payUnit() == null)) {
            throw new BusinessRuleException("employment.error.pay");
        }
        Edit<EmploymentJob> edit = edit(caseId, jobId, in.version(), "EmploymentJob", jobs, () -> {
            EmploymentJob created = new EmploymentJob();
            created.recordedBy = currentUser.id().orElse(null);
            return created;
        }, EmploymentService::describe);
        EmploymentJob j = edit.row();
        Map<String, Object> before = edit.before();
        if (j.endDate != null && j.endDate.isBefore(in.startDate())) {
            throw new BusinessRuleException("employment.error.jobEndBeforeStart");
        }
        j.employerId = employer.getId();
        j.title = limit(in.title().trim(), 200);
        j.startDate = in.startDate();
        j.hoursPerWeek = in.hoursPerWeek().setScale(1, java.math.RoundingMode.HALF_UP);
        j.payAmount = in.payAmount();
        j.payUnit = in.payAmount() == null ? null : in.payUnit();
        j.contractType = in.contractType();
        j.paySubsidy = in.paySubsidy();
        j.foundBy = in.foundBy();
        j.disclosed = in.disclosed();
        j.firstFollowUp = in.firstFollowUp();
        j.tasks = text(in.tasks());
        j.supports = text(in.supports());
        j.notes = text(in.notes());
        EmploymentJob saved = jobs.saveAndFlush(j);
        audit.recordChange(jobId == null ? AuditAction.CREATE : AuditAction.UPDATE, "EmploymentJob", saved.getId(),
                c.traineeId, join(AuditDetails.what("jobStart"), AuditDetails.changedFields(before, describe(saved))));
        if (jobId == null) {
            advance(c, saved.startDate.isAfter(today()) ? Phase.EMPLOYER_AGREEMENT : Phase.IN_WORK_SUPPORT,
                    saved.startDate, PhaseReason.JOB_START);
        }
        return jobView(saved, Map.of(employer.getId(), employer.name));
    }

    /**
     * Form D: the job ended. When the client has no other ongoing job the case goes back to job search (phase 3),
     * unless it is being closed.
     */
    @PreAuthorize("@employmentAccess.mayWriteCase(#caseId)")
    @Transactional
    public JobView endJob(Long caseId, Long jobId, JobEndInput in) {
        EmploymentCase c = requireCase(caseId);
        EmploymentJob j = requireJob(caseId, jobId);
        if (j.getVersion() != in.version()) {
            throw new ConcurrentEditException("EmploymentJob", jobId);
        }
        if (in.endDate() == null || in.endDate().isBefore(j.startDate)) {
            throw new BusinessRuleException("employment.error.jobEndBeforeStart");
        }
        if (in.endDate().isAfter(today().plusMonths(6))) {
            throw new BusinessRuleException("employment.error.jobEnd");
        }
        if (in.endedBy() == null) {
            throw new BusinessRuleException("employment.error.required");
        }
        Map<String, Object> before = describe(j);
        boolean wasEnded = j.endDate != null;
        j.endDate = in.endDate();
        j.endedBy = in.endedBy();
        j.endReason = text(in.reason());
        j.learned = text(in.learned());
        j.nextStep = text(in.nextStep());
        EmploymentJob saved = jobs.saveAndFlush(j);
        audit.recordChange(AuditAction.UPDATE, "EmploymentJob", jobId, c.traineeId,
                join(AuditDetails.what("jobEnd"), AuditDetails.changedFields(before, describe(saved))));
        LocalDate day = in.endDate().isAfter(today()) ? today() : in.endDate();
        boolean otherWork = jobs.findByCaseIdOrderByStartDateAscIdAsc(caseId).stream()
                .anyMatch(o -> !o.getId().equals(jobId) && (o.endDate == null || o.endDate.isAfter(day)));
        if (!wasEnded && c.isOpen() && !otherWork && !in.endDate().isAfter(today())
                && !c.phase.isBefore(Phase.EMPLOYER_AGREEMENT)) {
            setPhase(c, Phase.JOB_SEARCH, day, PhaseReason.JOB_END);
        }
        return jobView(saved, employerNames(List.of(saved.employerId)));
    }

    private static Map<String, Object> describe(EmploymentJob j) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("employer", j.employerId);
        m.put("title", j.title);
        m.put("startDate", j.startDate);
        m.put("hoursPerWeek", j.hoursPerWeek == null ? null : j.hoursPerWeek.stripTrailingZeros().toPlainString());
        m.put("payAmount", j.payAmount == null ? null : j.payAmount.stripTrailingZeros().toPlainString());
        m.put("payUnit", j.payUnit);
        m.put("contractType", j.contractType);
        m.put("paySubsidy", j.paySubsidy);
        m.put("foundBy", j.foundBy);
        m.put("disclosed", j.disclosed);
        m.put("firstFollowUp", j.firstFollowUp);
        m.put("tasks", j.tasks);
        m.put("supports", j.supports);
        m.put("notes", j.notes);
        m.put("endDate", j.endDate);
        m.put("endedBy", j.endedBy);
        m.put("endReason", j.endReason);
        m.put("learned", j.learned);
        m.put("nextStep", j.nextStep);
        return m;
    }

    /** A row of a case to write, and what it said before the change (empty for a new row). */
    private record Edit<T extends CaseRecord>(T row, Map<String, Object> before) {
    }

    /**
     * A new row of the case (rowId null) or the stored one, which must belong to this case and still be at the
     * version the form read (else the friendly conflict message).
     */
    private static <T extends CaseRecord> Edit<T> edit(Long caseId, Long rowId, long version, String kind,
            org.springframework.data.repository.CrudRepository<T, Long> rows, java.util.function.Supplier<T> create,
            java.util.function.Function<T, Map<String, Object>> describe) {
        if (rowId == null) {
            T row = create.get();
            row.caseId = caseId;
            return new Edit<>(row, Map.of());
        }
        T row = rows.findById(rowId).filter(x -> x.caseId.equals(caseId))
                .orElseThrow(() -> new AccessDeniedException(kind + " of another case"));
        if (row.getVersion() != version) {
            throw new ConcurrentEditException(kind, rowId);
        }
        return new Edit<>(row, describe.apply(row));
    }

    private EmploymentJob requireJob(Long caseId, Long jobId) {
        return jobs.findById(jobId).filter(x -> x.caseId.equals(caseId))
                .orElseThrow(() -> new AccessDeniedException("Job of another case"));
    }

    // ------------------------------------------------------------------ events (benefits counselling, follow-ups)

    /**
     * Records an event (eventId null) or corrects one: a meeting, benefits counselling with its topics, a follow-up
     * after closure with the client's status then. A closed case takes only follow-ups.
     */
    @PreAuthorize("@employmentAccess.mayWriteCase(#caseId)")
    @Transactional
    public EventView saveEvent(Long caseId, Long eventId, EventInput in) {
        EmploymentCase c = requireCase(caseId);
        if (in.kind() == null || in.date() == null || in.date().isAfter(today())
                || in.date().isBefore(c.referredOn)) {
            throw new BusinessRuleException("employment.error.eventDate");
        }
        if (!c.isOpen() && in.kind() != EventKind.FOLLOW_UP) {
            throw new BusinessRuleException("employment.error.closed");
        }
        if (in.kind() == EventKind.FOLLOW_UP && in.status() == null) {
            throw new BusinessRuleException("employment.error.followUpStatus");
        }
        if (in.kind() == EventKind.BENEFITS_COUNSELLING && (in.topics() == null || in.topics().isEmpty())) {
            throw new BusinessRuleException("employment.error.benefitTopics");
        }
        Edit<CaseEvent> edit = edit(caseId, eventId, in.version(), "EmploymentEvent", events, () -> {
            CaseEvent created = new CaseEvent();
            created.recordedBy = currentUser.id().orElse(null);
            return created;
        }, EmploymentService::describe);
        CaseEvent e = edit.row();
        Map<String, Object> before = edit.before();
        e.eventDate = in.date();
        e.kind = in.kind();
        e.status = in.kind() == EventKind.FOLLOW_UP ? in.status() : null;
        e.note = text(in.note());
        e.topics.clear();
        if (in.kind() == EventKind.BENEFITS_COUNSELLING) {
            e.topics.addAll(in.topics());
        }
        CaseEvent saved = events.saveAndFlush(e);
        audit.recordChange(eventId == null ? AuditAction.CREATE : AuditAction.UPDATE, "EmploymentEvent",
                saved.getId(), c.traineeId, join(AuditDetails.of("kind", saved.kind), AuditDetails.changedFields(before, describe(saved))));
        return eventView(saved);
    }

    @PreAuthorize("@employmentAccess.mayWriteCase(#caseId)")
    @Transactional
    public void deleteEvent(Long caseId, Long eventId) {
        EmploymentCase c = requireCase(caseId);
        CaseEvent e = events.findById(eventId).filter(x -> x.caseId.equals(caseId))
                .orElseThrow(() -> new AccessDeniedException("Event of another case"));
        events.delete(e);
        audit.recordChange(AuditAction.DELETE, "EmploymentEvent", eventId, c.traineeId, AuditDetails.of("kind", e.kind));
    }

    private static Map<String, Object> describe(CaseEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", e.eventDate);
        m.put("kind", e.kind);
        m.put("status", e.status);
        m.put("note", e.note);
        m.put("topics", e.topics.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        return m;
    }

    // ------------------------------------------------------------------ education and the school variant

    @PreAuthorize("@employmentAccess.mayWriteCase(#caseId)")
    @Transactional
    public EducationView saveEducation(Long caseId, Long educationId, EducationInput in) {
        EmploymentCase c = requireCase(caseId);
        if (blankToNull(in.programme()) == null || in.startDate() == null || in.outcome() == null) {
            throw new BusinessRuleException("employment.error.required");
        }
        if (in.endDate() != null && in.endDate().isBefore(in.startDate())) {
            throw new BusinessRuleException("employment.error.endBeforeStart");
        }
        Edit<Education> edit = edit(caseId, educationId, in.version(), "EmploymentEducation", education,
                Education::new, EmploymentService::describe);
        Education e = edit.row();
        Map<String, Object> before = edit.before();
        e.institution = limit(blankToNull(in.institution()), 200);
        e.programme = limit(in.programme().trim(), 300);
        e.startDate = in.startDate();
        e.endDate = in.endDate();
        e.outcome = in.outcome();
        e.note = text(in.note());
        Education saved = education.saveAndFlush(e);
        audit.recordChange(educationId == null ? AuditAction.CREATE : AuditAction.UPDATE, "EmploymentEducation",
                saved.getId(), c.traineeId, AuditDetails.changedFields(before, describe(saved)));
        return educationView(saved);
    }

    private static Map<String, Object> describe(Education e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("institution", e.institution);
        m.put("programme", e.programme);
        m.put("startDate", e.startDate);
        m.put("endDate", e.endDate);
        m.put("outcome", e.outcome);
        m.put("note", e.note);
        return m;
    }

    /**
     * School variant: adds a qualification unit the student starts (unitId null) or updates one. A new unit
     * restarts the process: the case goes back to phase 1, agreeing with the student, the responsible teacher and
     * the job coach (seed 004).
     */
    @PreAuthorize("@employmentAccess.mayWriteCase(#caseId)")
    @Transactional
    public StudyUnitView saveStudyUnit(Long caseId, Long unitId, StudyUnitInput in) {
        EmploymentCase c = requireOpenCase(caseId);
        if (c.variant != CaseVariant.STUDENT) {
            throw new BusinessRuleException("employment.error.notStudent");
        }
        if (blankToNull(in.unitName()) == null || in.startedOn() == null) {
            throw new BusinessRuleException("employment.error.required");
        }
        if (in.completedOn() != null && in.completedOn().isBefore(in.startedOn())) {
            throw new BusinessRuleException("employment.error.endBeforeStart");
        }
        Edit<StudyUnit> edit = edit(caseId, unitId, in.version(), "EmploymentStudyUnit", studyUnits,
                StudyUnit::new, EmploymentService::describe);
        StudyUnit u = edit.row();
        Map<String, Object> before = edit.before();
        u.unitCode = limit(blankToNull(in.unitCode()), 20);
        u.unitName = limit(in.unitName().trim(), 300);
        u.startedOn = in.startedOn();
        u.completedOn = in.completedOn();
        u.strengths = text(in.strengths());
        u.workplaceLearning = text(in.workplaceLearning());
        u.supportNeeds = text(in.supportNeeds());
        StudyUnit saved = studyUnits.saveAndFlush(u);
        audit.recordChange(unitId == null ? AuditAction.CREATE : AuditAction.UPDATE, "EmploymentStudyUnit",
                saved.getId(), c.traineeId, AuditDetails.changedFields(before, describe(saved)));
        if (unitId == null && c.phase != Phase.AGREEMENT) {
            setPhase(c, Phase.AGREEMENT, saved.startedOn.isAfter(today()) ? today() : saved.startedOn,
                    PhaseReason.NEW_STUDY_UNIT);
        }
        return studyUnitView(saved);
    }

    private static Map<String, Object> describe(StudyUnit u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitCode", u.unitCode);
        m.put("unitName", u.unitName);
        m.put("startedOn", u.startedOn);
        m.put("completedOn", u.completedOn);
        m.put("strengths", u.strengths);
        m.put("workplaceLearning", u.workplaceLearning);
        m.put("supportNeeds", u.supportNeeds);
        return m;
    }

    // ------------------------------------------------------------------ the coach's per-client summary

    /** The per-client summary: a timeline of jobs and education transitions (and study units); read audited. */
    @PreAuthorize("@employmentAccess.mayReadCase(#caseId)")
    @Transactional(readOnly = true)
    public ClientSummary clientSummary(Long caseId) {
        EmploymentCase c = requireCase(caseId);
        LocalDate today = today();
        List<EmploymentJob> caseJobs = jobs.findByCaseIdOrderByStartDateAscIdAsc(caseId);
        Map<Long, String> employerNames = employerNames(caseJobs.stream().map(j -> j.employerId).toList());
        List<TimelineRow> rows = new ArrayList<>();
        for (EmploymentJob j : caseJobs) {
            LocalDate to = j.endDate != null ? j.endDate : today;
            rows.add(new TimelineRow(TimelineKind.JOB, j.startDate, j.endDate, j.title,
                    employerNames.getOrDefault(j.employerId, ""), j.hoursPerWeek, j.paySubsidy, j.contractType,
                    j.endedBy, null, to.isBefore(j.startDate) ? 0 : ChronoUnit.WEEKS.between(j.startDate, to)));
        }
        for (Education e : education.findByCaseIdOrderByStartDateAscIdAsc(caseId)) {
            rows.add(new TimelineRow(TimelineKind.EDUCATION, e.startDate, e.endDate, e.programme, e.institution, null,
                    null, null, null, e.outcome, null));
        }
        for (StudyUnit u : studyUnits.findByCaseIdOrderByStartedOnAscIdAsc(caseId)) {
            rows.add(new TimelineRow(TimelineKind.STUDY_UNIT, u.startedOn, u.completedOn,
                    (u.unitCode == null ? "" : u.unitCode + " ") + u.unitName, c.schoolName, null, null, null, null,
                    u.completedOn == null ? EducationOutcome.ONGOING : EducationOutcome.COMPLETED, null));
        }
        rows.sort(Comparator.comparing(TimelineRow::start).thenComparing(TimelineRow::kind));
        Optional<LocalDate> firstJob = caseJobs.stream()
                .filter(j -> j.hoursPerWeek.compareTo(QualityRules.MIN_JOB_HOURS) >= 0).map(j -> j.startDate)
                .min(Comparator.naturalOrder());
        Long daysToFirstJob = c.agreedOn == null || firstJob.isEmpty() ? null
                : Math.max(0, ChronoUnit.DAYS.between(c.agreedOn, firstJob.get()));
        Client client = clients.one(c.traineeId);
        String coach = c.coachId == null ? null : userName(c.coachId);
        audit.recordRead("EmploymentCase", caseId, c.traineeId, AuditDetails.what("clientSummary"));
        return new ClientSummary(client, teams.findById(c.teamId).map(t -> t.name).orElse(""), coach, c.phase,
                c.referredOn, c.agreedOn, c.closedOn, c.outcome, rows, caseJobs.size(), daysToFirstJob);
    }

    // ------------------------------------------------------------------ helpers

    EmploymentCase requireCase(Long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new AccessDeniedException("No such case"));
    }

    private EmploymentCase requireOpenCase(Long caseId) {
        EmploymentCase c = requireCase(caseId);
        if (!c.isOpen()) {
            throw new BusinessRuleException("employment.error.closed");
        }
        return c;
    }

    private static void checkVersion(EmploymentCase c, long version) {
        if (c.getVersion() != version) {
            throw new ConcurrentEditException("EmploymentCase", c.getId());
        }
    }

    static String text(String s) {
        String v = blankToNull(s);
        if (v != null && v.length() > MAX_TEXT) {
            throw new BusinessRuleException("employment.error.tooLong", MAX_TEXT);
        }
        return v;
    }

    static String limit(String s, int max) {
        if (s != null && s.length() > max) {
            throw new BusinessRuleException("employment.error.tooLong", max);
        }
        return s;
    }

    /** Code-only audit details joined (null parts left out). */
    private static String join(String... parts) {
        String s = java.util.Arrays.stream(parts).filter(java.util.Objects::nonNull)
                .collect(Collectors.joining(";"));
        return s.isEmpty() ? null : s;
    }
}
