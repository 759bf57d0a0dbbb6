package fi.taitoura.employment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the supported-employment services take and return. Entities never leave the package. */
public final class EmploymentRecords {

    private EmploymentRecords() {
    }

    public record Ref(Long id, String name) {
    }

    /** The client (a trainee record) as the case shows it. */
    public record Client(Long traineeId, String name, LocalDate dateOfBirth, String phone, String email,
                         String languages) {
    }

    /** A new client straight from a referrer (a trainee record is created for them). */
    public record NewClient(String firstName, String lastName, LocalDate dateOfBirth, String personalId, String phone,
                            String email, String languages) {
    }

    /** A quality-criteria warning: {@code days} for the 30-day rule, {@code jobId} for a missing support plan. */
    public record Warning(WarningKind kind, Long jobId, long days) {
    }

    /** A case in the caseload. {@code daysToFirstContact}: from agreement to the first employer contact, or so far. */
    public record CaseRow(Long id, Long traineeId, String clientName, Long teamId, String teamName, Long coachId,
                          String coachName, Phase phase, CaseVariant variant, LocalDate referredOn,
                          LocalDate agreedOn, LocalDate closedOn, Outcome outcome, LocalDate firstContactOn,
                          Long daysToFirstContact, boolean inWork, List<Warning> warnings) {

        public boolean open() {
            return closedOn == null;
        }
    }

    /** The referral that opens a case: when, the client, the team and coach, the school variant's details. */
    public record NewCase(Long teamId, Long coachId, CaseVariant variant, LocalDate referredOn, NewClient client,
                          SchoolInfo school, FormInput referral) {
    }

    /** The school variant (seed 004): the school, the qualification, the responsible teacher. */
    public record SchoolInfo(String schoolName, String qualificationName, String teacherName, String teacherContact) {

        public static final SchoolInfo NONE = new SchoolInfo(null, null, null, null);
    }

    /** The case's basics as edited (version = the version the user saw). */
    public record CaseBasics(long version, Long coachId, CaseVariant variant, LocalDate referredOn, SchoolInfo school) {
    }

    /** A form in the case's list: the current revision is the latest one of its kind (and job). */
    public record FormRef(Long id, FormKind kind, int revision, LocalDate formDate, LocalDate reviewOn, Long jobId,
                          boolean current) {
    }

    /** A form with its content. */
    public record FormView(Long id, long version, FormKind kind, int revision, LocalDate formDate, LocalDate reviewOn,
                           Long jobId, Boolean consent, Boolean disclosure, Set<ContactParty> parties,
                           Map<String, String> texts, String createdBy, Outcome outcome,
                           ClosureReason closureReason) {

        public String text(String key) {
            return texts.getOrDefault(key, "");
        }
    }

    /**
     * A form as saved. {@code version}: for a form edited in place the version the user saw (-1 for a new one); for
     * a plan the revision the user started from (0 for the first), so that a save over someone else's newer
     * revision is refused. {@code outcome} and {@code closureReason} only for the closure.
     */
    public record FormInput(long version, LocalDate formDate, LocalDate reviewOn, Long jobId, Boolean consent,
                            Boolean disclosure, Set<ContactParty> parties, Map<String, String> texts,
                            Outcome outcome, ClosureReason closureReason) {
    }

    public record WorkHistoryView(Long id, long version, String employerName, String title, String periodText,
                                  String tasks, String liked, String disliked, String leavingReason) {
    }

    public record WorkHistoryInput(long version, String employerName, String title, String periodText, String tasks,
                                   String liked, String disliked, String leavingReason) {
    }

    /** A job: form C and, once ended, form D. */
    public record JobView(Long id, long version, Long employerId, String employerName, String title,
                          LocalDate startDate, BigDecimal hoursPerWeek, BigDecimal payAmount, PayUnit payUnit,
                          ContractType contractType, boolean paySubsidy, FoundBy foundBy, boolean disclosed,
                          LocalDate firstFollowUp, String tasks, String supports, String notes, LocalDate endDate,
                          EndedBy endedBy, String endReason, String learned, String nextStep) {

        public boolean ended() {
            return endDate != null;
        }

        /** Whole weeks from start to the end or the day. */
        public long weeks(LocalDate today) {
            LocalDate to = endDate != null ? endDate : today;
            return to.isBefore(startDate) ? 0 : java.time.temporal.ChronoUnit.WEEKS.between(startDate, to);
        }
    }

    public record JobStartInput(long version, Long employerId, String title, LocalDate startDate,
                                BigDecimal hoursPerWeek, BigDecimal payAmount, PayUnit payUnit,
                                ContractType contractType, boolean paySubsidy, FoundBy foundBy, boolean disclosed,
                                LocalDate firstFollowUp, String tasks, String supports, String notes) {
    }

    public record JobEndInput(long version, LocalDate endDate, EndedBy endedBy, String reason, String learned,
                              String nextStep) {
    }

    /** A client discussed in an employer contact, with their disclosure choice (null: no agreement yet). */
    public record ContactClient(Long caseId, Long traineeId, String name, Boolean disclosure) {
    }

    /** Form B. */
    public record ContactView(Long id, long version, Long employerId, String employerName, Long coachId,
                              String coachName, LocalDate date, Long personId, String personName, boolean inPerson,
                              ContactKind kind, String purpose, String outcome, String nextStep,
                              LocalDate nextStepOn, List<ContactClient> clients) {
    }

    public record ContactInput(long version, Long employerId, LocalDate date, Long personId, String personName,
                               boolean inPerson, ContactKind kind, String purpose, String outcome, String nextStep,
                               LocalDate nextStepOn, Set<Long> caseIds) {
    }

    public record EventView(Long id, long version, LocalDate date, EventKind kind, Outcome status, String note,
                            Set<BenefitTopic> topics, String recordedBy) {
    }

    public record EventInput(long version, LocalDate date, EventKind kind, Outcome status, String note,
                             Set<BenefitTopic> topics) {
    }

    public record EducationView(Long id, long version, String institution, String programme, LocalDate startDate,
                                LocalDate endDate, EducationOutcome outcome, String note) {
    }

    public record EducationInput(long version, String institution, String programme, LocalDate startDate,
                                 LocalDate endDate, EducationOutcome outcome, String note) {
    }

    public record StudyUnitView(Long id, long version, String unitCode, String unitName, LocalDate startedOn,
                                LocalDate completedOn, String strengths, String workplaceLearning,
                                String supportNeeds) {
    }

    public record StudyUnitInput(long version, String unitCode, String unitName, LocalDate startedOn,
                                 LocalDate completedOn, String strengths, String workplaceLearning,
                                 String supportNeeds) {
    }

    public record PhaseView(Phase phase, LocalDate changedOn, PhaseReason reason, String changedBy) {
    }

    /** The training period the case continues, as far as the job coach may see it. */
    public record PeriodLink(Long periodId, Long traineeId, String workUnit, LocalDate start, LocalDate end,
                             boolean readable) {
    }

    /** Everything the case page shows, with what the signed-in user may do. */
    public record CaseDetail(CaseRow row, long version, Client client, CaseSource source, PeriodLink period,
                             SchoolInfo school, ClosureReason closureReason, Boolean disclosure,
                             String disclosurePreference, List<FormRef> forms, List<JobView> jobs,
                             List<ContactView> contacts, List<EventView> events, List<EducationView> education,
                             List<StudyUnitView> studyUnits, List<WorkHistoryView> workHistory,
                             List<PhaseView> phases, boolean canWrite, boolean canManage) {

        public Long id() {
            return row.id();
        }

        public boolean open() {
            return row.open();
        }
    }

    /** What the period page shows of the case that continues a period (for the period's coach and career agent). */
    public record PeriodCaseState(Long caseId, String teamName, String coachName, Phase phase, LocalDate referredOn,
                                  LocalDate closedOn, Outcome outcome) {
    }

    // ------------------------------------------------------------------ employers

    public record EmployerRow(Long id, Long teamId, String name, String businessId, String sector, boolean active,
                              int contacts, LocalDate lastContact, int jobs, int ongoingJobs) {
    }

    public record EmployerInput(long version, Long teamId, String name, String businessId, String sector,
                                String address, String phone, String email, String notes, boolean active) {
    }

    public record PersonView(Long id, long version, String name, String title, String phone, String email,
                             boolean active) {
    }

    public record PersonInput(long version, String name, String title, String phone, String email, boolean active) {
    }

    /** A job at the employer, with the client (all clients of the team are readable by its members). */
    public record EmployerJob(Long jobId, Long caseId, String clientName, String title, LocalDate startDate,
                              LocalDate endDate, BigDecimal hoursPerWeek) {
    }

    public record EmployerDetail(Long id, long version, Long teamId, String teamName, String name, String businessId,
                                 String sector, String address, String phone, String email, String notes,
                                 boolean active, List<PersonView> people, List<ContactView> contacts,
                                 List<EmployerJob> jobs) {
    }

    /** What the contact form offers: the team's employers and people, the team's open cases with disclosure. */
    public record ContactOptions(Long teamId, List<Ref> employers, Map<Long, List<Ref>> people,
                                 List<ContactClient> clients) {
    }

    // ------------------------------------------------------------------ teams

    public record TeamView(Long id, long version, Long organisationId, String name, boolean active,
                           List<Ref> members) {
    }

    // ------------------------------------------------------------------ the coach's per-client summary

    public enum TimelineKind {
        JOB, EDUCATION, STUDY_UNIT
    }

    /** A row of the per-client summary's timeline: a job, an education, a qualification unit. */
    public record TimelineRow(TimelineKind kind, LocalDate start, LocalDate end, String title, String place,
                              BigDecimal hoursPerWeek, Boolean paySubsidy, ContractType contractType,
                              EndedBy endedBy, EducationOutcome educationOutcome, Long weeks) {
    }

    public record ClientSummary(Client client, String teamName, String coachName, Phase phase, LocalDate referredOn,
                                LocalDate agreedOn, LocalDate closedOn, Outcome outcome, List<TimelineRow> rows,
                                int jobStarts, Long daysToFirstJob) {
    }

    // ------------------------------------------------------------------ figures for the team lead (issue #15)

    /**
     * One case as reporting needs it. {@code firstContactOn}: the first employer contact about the client;
     * {@code firstJobStartOn}: the first job with at least 4 paid hours a week.
     */
    public record CaseFact(Long caseId, Long teamId, Long coachId, Phase phase, CaseVariant variant,
                           LocalDate referredOn, LocalDate agreedOn, LocalDate closedOn, Outcome outcome,
                           LocalDate firstContactOn, LocalDate firstJobStartOn) {
    }

    public record JobFact(Long jobId, Long caseId, Long teamId, Long coachId, Long employerId, LocalDate startDate,
                          LocalDate endDate, BigDecimal hoursPerWeek, boolean paySubsidy, ContractType contractType) {
    }

    public record ContactFact(Long contactId, Long teamId, Long coachId, Long employerId, LocalDate date,
                              boolean inPerson, ContactKind kind, int clients) {
    }
}
