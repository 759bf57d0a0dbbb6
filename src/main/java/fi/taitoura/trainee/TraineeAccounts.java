package fi.taitoura.trainee;

import fi.taitoura.base.time.Time;
import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.security.CurrentUser;
import fi.taitoura.security.SystemAuthentication;
import fi.taitoura.user.TraineeUserAccounts;
import fi.taitoura.user.TraineeUserAccounts.AccountState;
import fi.taitoura.user.TraineeUserAccounts.ActivationCode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trainee's own account (issue #16): the coach activates it from the trainee's page and hands over a one-time
 * code; it ends {@code taitoura.trainee.account-days-after-period} days after the trainee's last period ended. For
 * the trainee's own pages: who the signed-in trainee is, their periods and goals as records.
 */
@Service
public class TraineeAccounts {

    private static final Logger log = LoggerFactory.getLogger(TraineeAccounts.class);

    /** A period of the signed-in trainee, for their own pages. */
    public record OwnPeriod(Long periodId, Long workUnitId, String workUnitName, LocalDate startDate,
                            LocalDate plannedEndDate, LocalDate endDate) {
        public boolean runsOn(LocalDate day) {
            return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
        }
    }

    /** The signed-in trainee: their id, first name, and periods (newest first). */
    public record Own(Long traineeId, String firstName, String displayName, List<OwnPeriod> periods) {
        /** The period running today, else the newest. */
        public Optional<OwnPeriod> current() {
            LocalDate today = Time.today();
            return periods.stream().filter(p -> p.runsOn(today)).findFirst().or(() -> periods.stream().findFirst());
        }
    }

    /** A personal goal as the trainee sees it, with its follow-ups (oldest first). */
    public record GoalView(Long id, String description, String support, GoalOutcome outcome,
                           List<FollowUpView> followUps) {
    }

    public record FollowUpView(LocalDate date, String note) {
    }

    private final TraineeRepository trainees;
    private final TrainingPeriodRepository periods;
    private final PersonalGoalRepository goals;
    private final TraineeUserAccounts accounts;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final int graceDays;
    private final org.springframework.beans.factory.ObjectProvider<TraineeService> headings;
    private final org.springframework.transaction.support.TransactionTemplate tx;
    private OwnAnswerDraftRepository drafts;
    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
            .build();

    @org.springframework.beans.factory.annotation.Autowired
    void setDrafts(OwnAnswerDraftRepository drafts) {
        this.drafts = drafts;
    }

    TraineeAccounts(TraineeRepository trainees, TrainingPeriodRepository periods, PersonalGoalRepository goals,
                    TraineeUserAccounts accounts, CurrentUser currentUser, AuditService audit,
                    org.springframework.transaction.PlatformTransactionManager transactions,
                    org.springframework.beans.factory.ObjectProvider<TraineeService> headings,
                    @Value("${taitoura.trainee.account-days-after-period:30}") int graceDays) {
        this.tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.headings = headings;
        this.trainees = trainees;
        this.periods = periods;
        this.goals = goals;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.audit = audit;
        this.graceDays = graceDays;
    }

    // ------------------------------------------------------------------ the coach

    /**
     * Makes the trainee's account when there is none, activates it, and returns a new one-time code to hand over
     * (an earlier code stops working).
     */
    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT') and @traineeAccess.mayWriteTrainee(#traineeId)")
    @Transactional
    public ActivationCode activate(Long traineeId) {
        Trainee t = trainees.findById(traineeId).orElseThrow();
        if (t.getUserId() == null) {
            t.setUserId(accounts.createAccount(t.getFirstName(), t.getDisplayName(),
                    trainees.findOrganisationId(traineeId)));
            trainees.saveAndFlush(t);
            audit.recordChange(AuditAction.UPDATE, "Trainee", traineeId, traineeId, AuditDetails.what("account"));
        }
        ActivationCode code = accounts.issueCode(t.getUserId());
        audit.recordChange(AuditAction.UPDATE, "TraineeAccount", t.getUserId(), traineeId,
                AuditDetails.what("oneTimeCode"));
        return code;
    }

    /** Records that the coach printed the activation sheet of the trainee's account (ids only; the code is not kept). */
    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT') and @traineeAccess.mayWriteTrainee(#traineeId)")
    @Transactional
    public void recordActivationSheet(Long traineeId) {
        Long userId = trainees.findById(traineeId).map(Trainee::getUserId).orElseThrow();
        audit.recordRead("TraineeAccount", userId, traineeId, AuditDetails.what("activationSheet"));
    }

    /** Links an existing trainee account to the trainee: for the demo data (an account with a known password). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void linkAccount(Long traineeId, Long userId) {
        Trainee t = trainees.findById(traineeId).orElseThrow();
        t.setUserId(userId);
        trainees.saveAndFlush(t);
        audit.recordChange(AuditAction.UPDATE, "Trainee", traineeId, traineeId, AuditDetails.what("account"));
    }

    /** The trainee's account, if one was made. */
    @PreAuthorize("@traineeAccess.mayReadTrainee(#traineeId)")
    @Transactional(readOnly = true)
    public Optional<AccountState> accountState(Long traineeId) {
        Long userId = trainees.findById(traineeId).map(Trainee::getUserId).orElse(null);
        audit.recordRead("TraineeAccount", userId, traineeId, AuditDetails.what("state"));
        return accounts.state(userId);
    }

    /** Ends the trainee's account now (the coach; also done automatically after the last period). */
    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT') and @traineeAccess.mayWriteTrainee(#traineeId)")
    @Transactional
    public void endAccount(Long traineeId) {
        Long userId = trainees.findById(traineeId).map(Trainee::getUserId).orElseThrow();
        accounts.deactivate(userId);
        audit.recordChange(AuditAction.UPDATE, "TraineeAccount", userId, traineeId, AuditDetails.of("active", false));
    }

    // ------------------------------------------------------------------ the trainee

    /** The signed-in trainee and their periods; empty for anyone else. */
    @PreAuthorize("hasRole('TRAINEE')")
    @Transactional(readOnly = true)
    public Optional<Own> own() {
        return currentUser.id().flatMap(trainees::findByUserId).map(t -> {
            List<TrainingPeriod> mine = periods.findByTraineeIdOrderByStartDateDesc(t.getId());
            var heads = headings.getObject().periodHeadings(mine.stream().map(TrainingPeriod::getId).toList());
            List<OwnPeriod> list = mine.stream()
                    .map(p -> new OwnPeriod(p.getId(), heads.get(p.getId()).workUnitId(),
                            heads.get(p.getId()).workUnitName(), p.getStartDate(), p.getPlannedEndDate(),
                            p.getEndDate()))
                    .toList();
            audit.recordRead("Trainee", t.getId(), t.getId(), AuditDetails.what("own"));
            return new Own(t.getId(), t.getFirstName(), t.getDisplayName(), list);
        });
    }

    /** The goals of the period with their follow-ups, as records. */
    @PreAuthorize("@traineeAccess.mayReadPeriod(#periodId)")
    @Transactional(readOnly = true)
    public List<GoalView> goals(Long periodId) {
        TrainingPeriod p = periods.findById(periodId).orElseThrow();
        audit.recordRead("PersonalGoal", null, p.getTrainee().getId(), AuditDetails.of("period", periodId));
        return goals.findByPeriodIdOrderBySortOrderAscIdAsc(periodId).stream()
                .map(g -> new GoalView(g.getId(), g.getDescription(), g.getSupport(), g.getOutcome(),
                        g.getFollowUps().stream().sorted(Comparator.comparing(GoalFollowUp::getEntryDate))
                                .map(f -> new FollowUpView(f.getEntryDate(), f.getNote())).toList()))
                .toList();
    }

    /** The id of the sign-in account of the period's trainee, if activated (to tell what the trainee wrote). */
    @PreAuthorize("@traineeAccess.mayReadPeriod(#periodId)")
    @Transactional(readOnly = true)
    public Optional<Long> accountOfPeriod(Long periodId) {
        return periods.findById(periodId).map(p -> p.getTrainee().getUserId());
    }

    /** The trainee's unfinished answers to a form: answer key to value (as text), and the draft's version. */
    public record OwnDraft(java.util.Map<String, String> answers, Long version) {
        public static OwnDraft empty() {
            return new OwnDraft(java.util.Map.of(), null);
        }
    }

    /** The signed-in trainee's unfinished answers to the form in their current period (empty when none). */
    @PreAuthorize("hasRole('TRAINEE') and @traineeAccess.mayAnswerOwnPeriod(#periodId)")
    @Transactional(readOnly = true)
    public OwnDraft ownDraft(Long periodId, String formKey) {
        return drafts.findByPeriodIdAndFormKey(periodId, formKey).map(d -> new OwnDraft(read(d.getAnswers()),
                d.getVersion())).orElse(OwnDraft.empty());
    }

    /**
     * Keeps the trainee's answers so far (after every answer). {@code expectedVersion} is the version read (null
     * for none); an answer saved meanwhile on another device throws {@link fi.taitoura.base.ConcurrentEditException}.
     */
    @PreAuthorize("hasRole('TRAINEE') and @traineeAccess.mayAnswerOwnPeriod(#periodId)")
    @Transactional
    public OwnDraft saveOwnDraft(Long periodId, String formKey, Long expectedVersion,
                                 java.util.Map<String, String> answers) {
        TrainingPeriod p = periods.findById(periodId).orElseThrow();
        OwnAnswerDraft d = drafts.findByPeriodIdAndFormKey(periodId, formKey).orElse(null);
        boolean created = d == null;
        if (d == null ? expectedVersion != null : expectedVersion == null || d.getVersion() != expectedVersion) {
            throw new fi.taitoura.base.ConcurrentEditException("OwnAnswerDraft", d == null ? null : d.getId());
        }
        if (d == null) {
            d = new OwnAnswerDraft(periodId, formKey);
        } else {
            d.markChanged();
        }
        d.setAnswers(JSON.writeValueAsString(new java.util.TreeMap<>(answers)));
        OwnAnswerDraft saved = drafts.saveAndFlush(d);
        audit.recordChange(created ? AuditAction.CREATE : AuditAction.UPDATE, "OwnAnswerDraft", saved.getId(),
                p.getTrainee().getId(), AuditDetails.of("period", periodId, "answers", answers.size()));
        return new OwnDraft(read(saved.getAnswers()), saved.getVersion());
    }

    /** Removes the trainee's draft of the form (the answers were sent); for the features that take them. */
    @PreAuthorize("hasRole('TRAINEE') and @traineeAccess.mayAnswerOwnPeriod(#periodId)")
    @Transactional
    public void discardOwnDraft(Long periodId, String formKey) {
        Long traineeId = periods.findById(periodId).orElseThrow().getTrainee().getId();
        drafts.findByPeriodIdAndFormKey(periodId, formKey).ifPresent(d -> {
            drafts.delete(d);
            audit.recordChange(AuditAction.DELETE, "OwnAnswerDraft", d.getId(), traineeId,
                    AuditDetails.of("period", periodId));
        });
    }

    @SuppressWarnings("unchecked")
    private static java.util.Map<String, String> read(String json) {
        return new java.util.LinkedHashMap<>(JSON.readValue(json, java.util.Map.class));
    }

    /** One line of who has read or changed the trainee's data: when, who (account name), what was done to what. */
    public record AccessRow(java.time.Instant at, String actor, String action, String entityType) {
    }

    /**
     * "Who has read my data" for the signed-in trainee (the client-data law's right to know): the audit log's
     * access log of the trainee (the same query as the subject-access export), newest first, without the trainee's
     * own reads. The look itself is audited.
     */
    @PreAuthorize("hasRole('TRAINEE')")
    @Transactional(readOnly = true)
    public List<AccessRow> ownAccessLog() {
        Trainee t = currentUser.id().flatMap(trainees::findByUserId).orElseThrow(
                () -> new org.springframework.security.access.AccessDeniedException("No trainee"));
        String me = currentUser.username().orElse("");
        List<AccessRow> rows = new java.util.ArrayList<>();
        for (var row : audit.accessLogOf(t.getId())) {
            if (!me.equals(row.get("actor"))) {
                rows.add(new AccessRow((java.time.Instant) row.get("occurredAt"), (String) row.get("actor"),
                        (String) row.get("action"), (String) row.get("entityType")));
            }
        }
        java.util.Collections.reverse(rows);
        audit.recordRead("AuditLog", null, t.getId(), AuditDetails.what("ownAccessLog"));
        return rows;
    }

    // ------------------------------------------------------------------ the end of the account

    /**
     * Ends the accounts of trainees whose last period ended more than the grace time ago (nightly, on one node).
     * Returns how many were ended.
     */
    @Scheduled(cron = "${taitoura.trainee.account-check-cron:0 20 3 * * *}", zone = "${taitoura.time-zone}")
    @SchedulerLock(name = "trainee-account-end", lockAtMostFor = "PT2M")
    public void endAccountsAfterLastPeriod() {
        int ended = SystemAuthentication.call(() -> endAccountsEndedBefore(
                Time.today().minusDays(graceDays)));
        if (ended > 0) {
            log.info("Ended {} trainee accounts after their last period", ended);
        }
    }

    /** Ends the active accounts of trainees whose every period ended before the day; returns how many. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int endAccountsEndedBefore(LocalDate day) {
        return endAccountsEndedBefore(day, null);
    }

    /** As {@link #endAccountsEndedBefore(LocalDate)}, for the trainees given only (null: all); for tests. */
    int endAccountsEndedBefore(LocalDate day, java.util.Collection<Long> only) {
        // its own transaction also when the nightly work calls it (a call inside the bean passes no proxy)
        Integer n = tx.execute(status -> endInTransaction(day, only));
        return n == null ? 0 : n;
    }

    private int endInTransaction(LocalDate day, java.util.Collection<Long> only) {
        int ended = 0;
        for (Object[] row : trainees.findLinkedAccounts()) {
            Long traineeId = (Long) row[0];
            Long userId = (Long) row[1];
            if (only != null && !only.contains(traineeId)) {
                continue;
            }
            List<TrainingPeriod> list = periods.findByTraineeIdOrderByStartDateDesc(traineeId);
            boolean over = list.stream().map(p -> p.getEndDate() != null ? p.getEndDate() : p.getPlannedEndDate())
                    .allMatch(end -> end != null && end.isBefore(day));
            if (over && accounts.deactivate(userId)) {
                audit.recordChange(AuditAction.UPDATE, "TraineeAccount", userId, traineeId,
                        AuditDetails.what("endedAfterPeriod"));
                ended++;
            }
        }
        return ended;
    }
}
