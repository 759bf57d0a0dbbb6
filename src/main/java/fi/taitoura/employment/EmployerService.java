package fi.taitoura.employment;

import fi.taitoura.base.time.Time;
import static fi.taitoura.base.Texts.blankToNull;

import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.ConcurrentEditException;
import fi.taitoura.employment.EmploymentRecords.ContactClient;
import fi.taitoura.employment.EmploymentRecords.ContactInput;
import fi.taitoura.employment.EmploymentRecords.ContactOptions;
import fi.taitoura.employment.EmploymentRecords.ContactView;
import fi.taitoura.employment.EmploymentRecords.EmployerDetail;
import fi.taitoura.employment.EmploymentRecords.EmployerInput;
import fi.taitoura.employment.EmploymentRecords.EmployerJob;
import fi.taitoura.employment.EmploymentRecords.EmployerRow;
import fi.taitoura.employment.EmploymentRecords.PersonInput;
import fi.taitoura.employment.EmploymentRecords.PersonView;
import fi.taitoura.employment.EmploymentRecords.Ref;
import fi.taitoura.security.CurrentUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's shared employer register (employers and their contact people) and form B, the employer contacts,
 * kept per employer with the clients discussed. The register belongs to the team's job coaches and team leads.
 * Contacts name clients: showing them is audited per client, and so is linking a client to a contact.
 */
@Service
public class EmployerService {

    private final EmployerRepository employers;
    private final EmployerPersonRepository people;
    private final EmployerContactRepository contacts;
    private final EmploymentJobRepository jobs;
    private final EmploymentCaseRepository cases;
    private final EmploymentTeamRepository teams;
    private final EmploymentService employment;
    private final Clients clients;
    private final EmploymentAccess access;
    private final CurrentUser currentUser;
    private final AuditService audit;

    EmployerService(EmployerRepository employers, EmployerPersonRepository people, EmployerContactRepository contacts,
                    EmploymentJobRepository jobs, EmploymentCaseRepository cases, EmploymentTeamRepository teams,
                    EmploymentService employment, Clients clients, EmploymentAccess access, CurrentUser currentUser,
                    AuditService audit) {
        this.employers = employers;
        this.people = people;
        this.contacts = contacts;
        this.jobs = jobs;
        this.cases = cases;
        this.teams = teams;
        this.employment = employment;
        this.clients = clients;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    // ------------------------------------------------------------------ register

    /** The employers of the signed-in user's teams, by name, with their contact and job counts. */
    @PreAuthorize("@employmentAccess.mayUseEmployment()")
    @Transactional(readOnly = true)
    public List<EmployerRow> register() {
        List<Employer> list = employers.findByTeamIdInOrderByNameAsc(access.myTeamIds());
        List<EmployerRow> rows = new ArrayList<>();
        LocalDate today = Time.today();
        for (Employer e : list) {
            List<EmployerContact> cs = contacts.findByEmployerIdOrderByContactDateDescIdDesc(e.getId());
            List<EmploymentJob> js = jobs.findByEmployerIdOrderByStartDateDesc(e.getId());
            rows.add(new EmployerRow(e.getId(), e.teamId, e.name, e.businessId, e.sector, e.active, cs.size(),
                    cs.isEmpty() ? null : cs.get(0).contactDate, js.size(),
                    (int) js.stream().filter(j -> j.isOngoingOn(today)).count()));
        }
        return rows;
    }

    /** An employer with its people, contacts and jobs; the clients shown are audited. */
    @PreAuthorize("@employmentAccess.mayReadEmployer(#employerId)")
    @Transactional(readOnly = true)
    public EmployerDetail employer(Long employerId) {
        Employer e = employers.findById(employerId).orElseThrow(() -> new AccessDeniedException("No employer"));
        List<PersonView> personViews = people.findByEmployerIdOrderByNameAsc(employerId).stream()
                .map(EmployerService::personView).toList();
        List<ContactView> contactViews = employment.contactViews(
                contacts.findByEmployerIdOrderByContactDateDescIdDesc(employerId));
        List<EmploymentJob> js = jobs.findByEmployerIdOrderByStartDateDesc(employerId);
        Map<Long, EmploymentCase> caseMap = cases.findAllById(js.stream().map(j -> j.caseId).distinct().toList())
                .stream().collect(Collectors.toMap(EmploymentCase::getId, Function.identity()));
        var clientMap = clients.byTraineeId(caseMap.values().stream().map(c -> c.traineeId).distinct().toList());
        List<EmployerJob> jobViews = js.stream().map(j -> new EmployerJob(j.getId(), j.caseId,
                Clients.name(clientMap, caseMap.get(j.caseId).traineeId), j.title, j.startDate, j.endDate,
                j.hoursPerWeek)).toList();
        Set<Long> shown = new HashSet<>();
        contactViews.forEach(c -> c.clients().forEach(k -> shown.add(k.caseId())));
        jobViews.forEach(j -> shown.add(j.caseId()));
        for (Long caseId : shown) {
            EmploymentCase c = cases.findById(caseId).orElseThrow();
            audit.recordRead("EmploymentCase", caseId, c.traineeId, AuditDetails.of("employer", employerId));
        }
        return new EmployerDetail(e.getId(), e.getVersion(), e.teamId,
                teams.findById(e.teamId).map(t -> t.name).orElse(""), e.name, e.businessId, e.sector, e.address,
                e.phone, e.email, e.notes, e.active, personViews, contactViews, jobViews);
    }

    /** Adds an employer to a team's register (version -1) or saves changes to one. */
    @PreAuthorize("#employerId == null ? @employmentAccess.isMember(#input.teamId()) "
            + ": @employmentAccess.mayWriteEmployer(#employerId)")
    @Transactional
    public Long saveEmployer(Long employerId, EmployerInput input) {
        String name = blankToNull(input.name());
        if (name == null) {
            throw new BusinessRuleException("employer.error.name");
        }
        String businessId = blankToNull(input.businessId());
        if (businessId != null && !businessId.matches("\\d{7}-\\d")) {
            throw new BusinessRuleException("employer.error.businessId");
        }
        Employer e;
        Map<String, Object> before = Map.of();
        if (employerId == null) {
            e = new Employer();
            e.teamId = input.teamId();
        } else {
            e = employers.findById(employerId).orElseThrow();
            if (e.getVersion() != input.version()) {
                throw new ConcurrentEditException("Employer", employerId);
            }
            before = describe(e);
        }
        Long teamId = e.teamId;
        if (employers.findByTeamIdAndNameIgnoreCase(teamId, name).stream()
                .anyMatch(o -> !o.getId().equals(employerId))) {
            throw new BusinessRuleException("employer.error.nameTaken", name);
        }
        if (businessId != null && employers.findByTeamIdAndBusinessId(teamId, businessId).stream()
                .anyMatch(o -> !o.getId().equals(employerId))) {
            throw new BusinessRuleException("employer.error.businessIdTaken", businessId);
        }
        e.name = EmploymentService.limit(name, 200);
        e.businessId = businessId;
        e.sector = EmploymentService.limit(blankToNull(input.sector()), 200);
        e.address = EmploymentService.limit(blankToNull(input.address()), 300);
        e.phone = EmploymentService.limit(blankToNull(input.phone()), 40);
        e.email = EmploymentService.limit(blankToNull(input.email()), 200);
        e.notes = EmploymentService.text(input.notes());
        e.active = input.active();
        Employer saved = employers.saveAndFlush(e);
        audit.recordChange(employerId == null ? AuditAction.CREATE : AuditAction.UPDATE, "Employer", saved.getId(),
                null, AuditDetails.changedFields(before, describe(saved)));
        return saved.getId();
    }

    private static Map<String, Object> describe(Employer e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", e.name);
        m.put("businessId", e.businessId);
        m.put("sector", e.sector);
        m.put("address", e.address);
        m.put("phone", e.phone);
        m.put("email", e.email);
        m.put("notes", e.notes);
        m.put("active", e.active);
        return m;
    }

    /** Adds a contact person (personId null) or saves changes to one. */
    @PreAuthorize("@employmentAccess.mayWriteEmployer(#employerId)")
    @Transactional
    public PersonView savePerson(Long employerId, Long personId, PersonInput input) {
        if (blankToNull(input.name()) == null) {
            throw new BusinessRuleException("employer.error.personName");
        }
        EmployerPerson p;
        if (personId == null) {
            p = new EmployerPerson();
            p.employerId = employerId;
        } else {
            p = people.findById(personId).filter(x -> x.employerId.equals(employerId))
                    .orElseThrow(() -> new AccessDeniedException("Person of another employer"));
            if (p.getVersion() != input.version()) {
                throw new ConcurrentEditException("EmployerPerson", personId);
            }
        }
        p.name = EmploymentService.limit(input.name().trim(), 200);
        p.title = EmploymentService.limit(blankToNull(input.title()), 200);
        p.phone = EmploymentService.limit(blankToNull(input.phone()), 40);
        p.email = EmploymentService.limit(blankToNull(input.email()), 200);
        p.active = input.active();
        EmployerPerson saved = people.saveAndFlush(p);
        audit.recordChange(personId == null ? AuditAction.CREATE : AuditAction.UPDATE, "EmployerPerson",
                saved.getId(), null, AuditDetails.of("employer", employerId));
        return personView(saved);
    }

    private static PersonView personView(EmployerPerson p) {
        return new PersonView(p.getId(), p.getVersion(), p.name, p.title, p.phone, p.email, p.active);
    }

    // ------------------------------------------------------------------ contacts (form B)

    /**
     * What the contact form offers in a team: its active employers and their people, and the open cases of the
     * team with each client's disclosure choice (shown wherever a contact is recorded). The clients listed are
     * audited.
     */
    @PreAuthorize("@employmentAccess.mayRecordContacts(#teamId)")
    @Transactional(readOnly = true)
    public ContactOptions contactOptions(Long teamId) {
        List<Employer> list = employers.findByTeamIdInOrderByNameAsc(List.of(teamId)).stream().filter(e -> e.active)
                .toList();
        Map<Long, List<Ref>> peopleByEmployer = new LinkedHashMap<>();
        for (Employer e : list) {
            peopleByEmployer.put(e.getId(), people.findByEmployerIdOrderByNameAsc(e.getId()).stream()
                    .filter(p -> p.active).map(p -> new Ref(p.getId(), p.name)).toList());
        }
        List<EmploymentCase> open = cases.findByTeamIdOrderByReferredOnDescIdDesc(teamId).stream()
                .filter(EmploymentCase::isOpen).toList();
        var clientMap = clients.byTraineeId(open.stream().map(c -> c.traineeId).distinct().toList());
        Map<Long, Boolean> disclosure = employment.disclosures(open.stream().map(EmploymentCase::getId).toList());
        List<ContactClient> cl = open.stream().map(c -> new ContactClient(c.getId(), c.traineeId,
                        Clients.name(clientMap, c.traineeId), disclosure.get(c.getId())))
                .sorted(Comparator.comparing(ContactClient::name)).toList();
        for (ContactClient c : cl) {
            audit.recordRead("EmploymentCase", c.caseId(), c.traineeId(), AuditDetails.what("contactForm"));
        }
        return new ContactOptions(teamId, list.stream().map(e -> new Ref(e.getId(), e.name)).toList(),
                peopleByEmployer, cl);
    }

    /** The kind a new contact with the employer would be: the first one, or a follow-up. */
    @PreAuthorize("@employmentAccess.mayReadEmployer(#employerId)")
    @Transactional(readOnly = true)
    public ContactKind suggestedKind(Long employerId) {
        return contacts.existsByEmployerId(employerId) ? ContactKind.FOLLOW_UP : ContactKind.FIRST;
    }

    /** Records a contact with an employer of the register and the clients discussed (cases of the same team). */
    @PreAuthorize("@employmentAccess.mayRecordContactWith(#input.employerId())")
    @Transactional
    public ContactView recordContact(ContactInput input) {
        EmployerContact c = new EmployerContact();
        c.coachId = currentUser.requireId();
        return saveContact(c, input, true);
    }

    /** Corrects a contact (only the employer's team's job coaches; the employer may change within the team). */
    @PreAuthorize("@employmentAccess.mayWriteContact(#contactId) "
            + "and @employmentAccess.mayRecordContactWith(#input.employerId())")
    @Transactional
    public ContactView updateContact(Long contactId, ContactInput input) {
        EmployerContact c = contacts.findById(contactId).orElseThrow();
        if (c.getVersion() != input.version()) {
            throw new ConcurrentEditException("EmployerContact", contactId);
        }
        return saveContact(c, input, false);
    }

    private ContactView saveContact(EmployerContact c, ContactInput in, boolean created) {
        Employer employer = employers.findById(in.employerId()).orElseThrow();
        if (in.date() == null || in.date().isAfter(Time.today())) {
            throw new BusinessRuleException("employer.error.contactDate");
        }
        if (in.kind() == null) {
            throw new BusinessRuleException("employment.error.required");
        }
        if (in.nextStepOn() != null && in.nextStepOn().isBefore(in.date())) {
            throw new BusinessRuleException("employer.error.nextStepDate");
        }
        Long personId = in.personId();
        if (personId != null && people.findById(personId).filter(p -> p.employerId.equals(employer.getId()))
                .isEmpty()) {
            throw new BusinessRuleException("employer.error.person");
        }
        Set<Long> caseIds = in.caseIds() == null ? Set.of() : Set.copyOf(in.caseIds());
        List<EmploymentCase> linked = cases.findAllById(caseIds);
        if (linked.size() != caseIds.size() || linked.stream().anyMatch(k -> !k.teamId.equals(employer.teamId))) {
            throw new BusinessRuleException("employer.error.clientOfAnotherTeam");
        }
        Set<Long> before = new HashSet<>(c.caseIds);
        c.employerId = employer.getId();
        c.contactDate = in.date();
        c.personId = personId;
        c.personName = personId != null ? null : EmploymentService.limit(blankToNull(in.personName()), 200);
        c.inPerson = in.inPerson();
        c.kind = in.kind();
        c.purpose = EmploymentService.text(in.purpose());
        c.outcome = EmploymentService.text(in.outcome());
        c.nextStep = EmploymentService.text(in.nextStep());
        c.nextStepOn = in.nextStepOn();
        c.caseIds.clear();
        c.caseIds.addAll(caseIds);
        EmployerContact saved = contacts.saveAndFlush(c);
        audit.recordChange(created ? AuditAction.CREATE : AuditAction.UPDATE, "EmployerContact", saved.getId(), null,
                AuditDetails.of("employer", employer.getId(), "count", caseIds.size()));
        Map<Long, EmploymentCase> byId = linked.stream()
                .collect(Collectors.toMap(EmploymentCase::getId, Function.identity()));
        for (Long caseId : caseIds) {
            audit.recordChange(before.contains(caseId) ? AuditAction.UPDATE : AuditAction.CREATE, "EmployerContact",
                    saved.getId(), byId.get(caseId).traineeId, AuditDetails.of("what", "clientDiscussed", "case", caseId));
        }
        for (Long caseId : before) {
            if (!caseIds.contains(caseId)) {
                cases.findById(caseId).ifPresent(k -> audit.recordChange(AuditAction.DELETE, "EmployerContact",
                        saved.getId(), k.traineeId, AuditDetails.of("what", "clientRemoved", "case", caseId)));
            }
        }
        return employment.contactViews(List.of(saved)).get(0);
    }

    @PreAuthorize("@employmentAccess.mayWriteContact(#contactId)")
    @Transactional
    public void deleteContact(Long contactId) {
        EmployerContact c = contacts.findById(contactId).orElseThrow();
        for (EmploymentCase k : cases.findAllById(c.caseIds)) {
            audit.recordChange(AuditAction.DELETE, "EmployerContact", contactId, k.traineeId,
                    AuditDetails.of("what", "contactDeleted", "case", k.getId()));
        }
        contacts.delete(c);
        audit.recordChange(AuditAction.DELETE, "EmployerContact", contactId, null, AuditDetails.of("employer", c.employerId));
    }

    /** A contact as shown to a member of the employer's team; the clients in it are audited. */
    @PreAuthorize("@employmentAccess.mayWriteContact(#contactId)")
    @Transactional(readOnly = true)
    public ContactView contact(Long contactId) {
        EmployerContact c = contacts.findById(contactId).orElseThrow();
        ContactView v = employment.contactViews(List.of(c)).get(0);
        v.clients().forEach(k -> audit.recordRead("EmployerContact", contactId, k.traineeId(), AuditDetails.of("case", k.caseId())));
        return v;
    }

    /** The team of an employer (for the contact form). */
    @PreAuthorize("@employmentAccess.mayReadEmployer(#employerId)")
    @Transactional(readOnly = true)
    public Long teamOf(Long employerId) {
        return employers.findById(employerId).map(e -> e.teamId).orElseThrow();
    }

    /** The team of a case (for the contact form opened on a case page). */
    @PreAuthorize("@employmentAccess.mayReadCase(#caseId)")
    @Transactional(readOnly = true)
    public Long teamOfCase(Long caseId) {
        return cases.findById(caseId).map(c -> c.teamId).orElseThrow();
    }
}
