package fi.taitoura.fidelity;

import fi.taitoura.base.time.Time;
import static fi.taitoura.base.Texts.blankToNull;

import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.ConcurrentEditException;
import fi.taitoura.fidelity.FidelityRecords.NewReview;
import fi.taitoura.fidelity.FidelityRecords.Reviewer;
import fi.taitoura.fidelity.FidelityRecords.ReviewDetails;
import fi.taitoura.fidelity.FidelityRecords.ReviewInput;
import fi.taitoura.fidelity.FidelityRecords.ReviewRow;
import fi.taitoura.fidelity.FidelityRecords.ScoreInput;
import fi.taitoura.fidelity.FidelityRecords.SubscaleTotal;
import fi.taitoura.fidelity.FidelityRecords.TrendPoint;
import fi.taitoura.security.CurrentUser;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fidelity self-review (laatukriteeriarviointi): a team scores each item of an instrument version 1-5 with a
 * note, names its reviewers, writes an action plan and finalises the review; totals and bands per subscale are
 * computed by the database; the trend over final reviews is charted. A team lead creates reviews for their
 * organisation and sees all of them; a named reviewer sees and scores the reviews they are named on. Reads and
 * changes are audited.
 */
@Service
public class FidelityService {

    static final int MAX_NOTE = 2000;
    static final int MAX_TEXT = 200;

    private final FidelityInstrumentRepository instruments;
    private final FidelityReviewRepository reviews;
    private final UserService users;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final jakarta.persistence.EntityManager em;

    FidelityService(FidelityInstrumentRepository instruments, FidelityReviewRepository reviews, UserService users,
                    CurrentUser currentUser, AuditService audit, jakarta.persistence.EntityManager em) {
        this.em = em;
        this.instruments = instruments;
        this.reviews = reviews;
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    // ------------------------------------------------------------------ access


    private Long myOrganisationId() {
        return currentUser.organisationId().orElse(null);
    }

    private boolean isLeadOf(FidelityReview r) {
        return currentUser.hasRole(Role.TEAM_LEAD) && Objects.equals(myOrganisationId(), r.getOrganisationId());
    }

    private boolean canRead(FidelityReview r) {
        return isLeadOf(r) || r.getReviewerIds().contains(currentUser.requireId());
    }

    private FidelityReview requireReadable(Long id) {
        FidelityReview r = reviews.findById(id).orElseThrow(() -> new AccessDeniedException("No such review"));
        if (!canRead(r)) {
            throw new AccessDeniedException("Not allowed");
        }
        return r;
    }

    /** True when the signed-in user may start reviews (a team lead with an organisation). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canCreate() {
        return currentUser.hasRole(Role.TEAM_LEAD) && myOrganisationId() != null;
    }

    // ------------------------------------------------------------------ instruments

    /** The newest version of each instrument, for new reviews. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<FidelityInstrument> currentInstruments() {
        List<FidelityInstrument> list = instruments.findCurrent();
        list.forEach(FidelityService::initialise);
        return list;
    }

    /** An instrument version with its sections, items, subscales and bands. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public FidelityInstrument instrument(Long id) {
        FidelityInstrument i = instruments.findById(id).orElseThrow();
        initialise(i);
        return i;
    }

    private static void initialise(FidelityInstrument i) {
        i.getSubscales().forEach(s -> s.getBands().size());
        i.getSections().forEach(s -> s.getItems().size());
    }

    /** Users who can be named reviewers: active staff of the roles that take part in the service. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Reviewer> reviewerCandidates() {
        Map<Long, Reviewer> m = new LinkedHashMap<>();
        for (Role role : List.of(Role.TEAM_LEAD, Role.COACH, Role.CAREER_AGENT, Role.TEACHER)) {
            users.findActiveRefsByRole(role).forEach(u -> m.putIfAbsent(u.id(), new Reviewer(u.id(),
                    u.fullName())));
        }
        List<Reviewer> list = new ArrayList<>(m.values());
        list.sort(Comparator.comparing(Reviewer::name));
        return list;
    }

    // ------------------------------------------------------------------ reviews

    /** The reviews the signed-in user may see, newest first, with their totals; the list read is audited. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ReviewRow> reviews(Locale locale) {
        List<FidelityReview> list = reviews.findVisible(currentUser.hasRole(Role.TEAM_LEAD) ? myOrganisationId()
                : null, currentUser.requireId());
        Map<Long, List<SubscaleTotal>> totals = totals(list, locale);
        audit.recordRead("FidelityReviewList", null, null, AuditDetails.of("count", list.size()));
        return list.stream().map(r -> new ReviewRow(r.getId(), r.getInstrument().getCode(),
                r.getInstrument().getName().in(locale), r.getServiceName(), r.getReviewedOn(), r.getState(),
                totals.get(r.getId()))).toList();
    }

    /** One review with its scores; the read is audited. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ReviewDetails review(Long id, Locale locale) {
        FidelityReview r = requireReadable(id);
        audit.recordRead("FidelityReview", id, null, null);
        return details(r, locale);
    }

    /** Starts a review of a service of the team lead's organisation; every item is unscored. */
    @PreAuthorize("hasRole('TEAM_LEAD')")
    @Transactional
    public Long create(NewReview in) {
        Long org = myOrganisationId();
        if (org == null) {
            throw new BusinessRuleException("fidelity.error.noOrganisation");
        }
        FidelityInstrument i = instruments.findById(in.instrumentId())
                .orElseThrow(() -> new BusinessRuleException("fidelity.error.instrument"));
        FidelityReview r = new FidelityReview(i, org, currentUser.requireId());
        apply(r, in.serviceName(), in.reviewedOn(), in.reviewerIds(), in.externalReviewers());
        i.items().forEach(item -> r.getScores().add(new FidelityScore(r, item)));
        FidelityReview saved = reviews.saveAndFlush(r);
        audit.recordChange(AuditAction.CREATE, "FidelityReview", saved.getId(), null,
                AuditDetails.of("instrument", i.getCode() + ":" + i.getInstrumentVersion()));
        return saved.getId();
    }

    /** Saves a draft: details, reviewers, action plan, scores (1..5 or empty) and notes. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ReviewDetails save(Long id, ReviewInput in, Locale locale) {
        FidelityReview r = requireReadable(id);
        if (r.getVersion() != in.expectedVersion()) {
            throw new ConcurrentEditException("FidelityReview", id);
        }
        if (r.getState() != ReviewState.DRAFT) {
            throw new BusinessRuleException("fidelity.error.final");
        }
        // a change of the scores alone is a change of the review: its version moves on
        em.lock(r, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        boolean lead = isLeadOf(r);
        Set<Long> reviewers = lead ? in.reviewerIds() : Set.copyOf(r.getReviewerIds());
        apply(r, in.serviceName(), in.reviewedOn(), reviewers, in.externalReviewers());
        String plan = blankToNull(in.actionPlan());
        if (plan != null && plan.length() > 10_000) {
            throw new BusinessRuleException("validation.maxLength", 10_000);
        }
        r.setActionPlan(plan);
        int min = r.getInstrument().getScaleMin();
        int max = r.getInstrument().getScaleMax();
        int changed = 0;
        for (FidelityScore s : r.getScores()) {
            ScoreInput si = in.scores().get(s.getItem().getId());
            if (si == null) {
                continue;
            }
            if (si.score() != null && (si.score() < min || si.score() > max)) {
                throw new BusinessRuleException("fidelity.error.score", s.getItem().getNumber(), min, max);
            }
            String note = blankToNull(si.note());
            if (note != null && note.length() > MAX_NOTE) {
                throw new BusinessRuleException("validation.maxLength", MAX_NOTE);
            }
            if (!Objects.equals(s.getScore(), si.score()) || !Objects.equals(s.getNote(), note)) {
                changed++;
            }
            s.setScore(si.score());
            s.setNote(note);
        }
        FidelityReview saved = reviews.saveAndFlush(r);
        audit.recordChange(AuditAction.UPDATE, "FidelityReview", id, null, AuditDetails.of("items", changed));
        return details(saved, locale);
    }

    /** Finalises a review whose every item is scored; it is then locked. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ReviewDetails finalise(Long id, long expectedVersion, Locale locale) {
        FidelityReview r = requireReadable(id);
        if (r.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("FidelityReview", id);
        }
        if (r.getState() != ReviewState.DRAFT) {
            throw new BusinessRuleException("fidelity.error.final");
        }
        long missing = r.getScores().stream().filter(s -> s.getScore() == null).count();
        if (missing > 0) {
            throw new BusinessRuleException("fidelity.error.unscored", missing);
        }
        r.setState(ReviewState.FINAL);
        r.setFinalisedAt(Instant.now());
        FidelityReview saved = reviews.saveAndFlush(r);
        audit.recordChange(AuditAction.UPDATE, "FidelityReview", id, null, AuditDetails.of("state", "FINAL"));
        return details(saved, locale);
    }

    /** Reopens a final review for corrections (the team lead of its organisation). */
    @PreAuthorize("hasRole('TEAM_LEAD')")
    @Transactional
    public ReviewDetails reopen(Long id, long expectedVersion, Locale locale) {
        FidelityReview r = requireReadable(id);
        if (!isLeadOf(r)) {
            throw new AccessDeniedException("Not the team lead of the review's organisation");
        }
        if (r.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("FidelityReview", id);
        }
        r.setState(ReviewState.DRAFT);
        r.setFinalisedAt(null);
        FidelityReview saved = reviews.saveAndFlush(r);
        audit.recordChange(AuditAction.UPDATE, "FidelityReview", id, null, AuditDetails.of("state", "DRAFT"));
        return details(saved, locale);
    }

    /** Subscale totals of the final reviews the user may see, for the trend chart, oldest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TrendPoint> trend(Locale locale) {
        List<FidelityReview> list = reviews.findVisible(currentUser.hasRole(Role.TEAM_LEAD) ? myOrganisationId()
                : null, currentUser.requireId()).stream().filter(r -> r.getState() == ReviewState.FINAL).toList();
        Map<Long, List<SubscaleTotal>> totals = totals(list, locale);
        List<TrendPoint> points = new ArrayList<>();
        for (FidelityReview r : list) {
            for (SubscaleTotal t : totals.get(r.getId())) {
                points.add(new TrendPoint(r.getInstrument().getCode(), r.getServiceName(), r.getReviewedOn(),
                        t.name(), t.total()));
            }
        }
        points.sort(Comparator.comparing(TrendPoint::reviewedOn));
        return points;
    }

    // ------------------------------------------------------------------ helpers

    private void apply(FidelityReview r, String serviceName, LocalDate reviewedOn, Set<Long> reviewerIds,
                       String external) {
        String service = blankToNull(serviceName);
        if (service == null) {
            throw new BusinessRuleException("fidelity.error.service");
        }
        if (service.length() > MAX_TEXT) {
            throw new BusinessRuleException("validation.maxLength", MAX_TEXT);
        }
        if (reviewedOn == null || reviewedOn.isAfter(Time.today().plusDays(1))) {
            throw new BusinessRuleException("fidelity.error.date");
        }
        String ext = blankToNull(external);
        if (ext != null && ext.length() > 500) {
            throw new BusinessRuleException("validation.maxLength", 500);
        }
        r.setServiceName(service);
        r.setReviewedOn(reviewedOn);
        r.setExternalReviewers(ext);
        r.getReviewerIds().clear();
        if (reviewerIds != null) {
            r.getReviewerIds().addAll(reviewerIds);
        }
    }

    private ReviewDetails details(FidelityReview r, Locale locale) {
        Map<Long, ScoreInput> scores = new HashMap<>();
        r.getScores().forEach(s -> scores.put(s.getItem().getId(), new ScoreInput(s.getScore(), s.getNote())));
        Map<Long, String> names = users.findNames(r.getReviewerIds());
        List<Reviewer> reviewerList = r.getReviewerIds().stream().map(id -> new Reviewer(id,
                names.getOrDefault(id, "#" + id)))
                .sorted(Comparator.comparing(Reviewer::name)).toList();
        boolean lead = isLeadOf(r);
        return new ReviewDetails(r.getId(), r.getVersion(), r.getInstrument().getId(), r.getServiceName(),
                r.getReviewedOn(), r.getState(), reviewerList, r.getExternalReviewers(), r.getActionPlan(), scores,
                totals(List.of(r), locale).get(r.getId()), r.getState() == ReviewState.DRAFT,
                lead && r.getState() == ReviewState.FINAL);
    }

    /** Totals per review and subscale from one aggregate query, with the band of each complete subscale. */
    private Map<Long, List<SubscaleTotal>> totals(List<FidelityReview> list, Locale locale) {
        Map<Long, List<SubscaleTotal>> result = new HashMap<>();
        if (list.isEmpty()) {
            return result;
        }
        Map<Long, Map<String, long[]>> sums = new HashMap<>();
        for (Object[] row : reviews.totals(list.stream().map(FidelityReview::getId).toList())) {
            sums.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((String) row[1],
                    new long[] {row[2] == null ? 0 : ((Number) row[2]).longValue(), ((Number) row[3]).longValue()});
        }
        for (FidelityReview r : list) {
            FidelityInstrument i = r.getInstrument();
            Map<String, Long> itemsPer = i.getSections().stream().collect(Collectors.groupingBy(
                    s -> s.getSubscale().getKey(), Collectors.summingLong(s -> s.getItems().size())));
            List<SubscaleTotal> totals = new ArrayList<>();
            for (FidelitySubscale sub : i.getSubscales()) {
                long[] v = sums.getOrDefault(r.getId(), Map.of()).getOrDefault(sub.getKey(), new long[2]);
                int items = itemsPer.getOrDefault(sub.getKey(), 0L).intValue();
                int total = (int) v[0];
                int scored = (int) v[1];
                String band = scored == items ? sub.bandOf(total).map(b -> b.getLabel().in(locale)).orElse(null)
                        : null;
                totals.add(new SubscaleTotal(sub.getKey(), sub.getName().in(locale), total, scored, items,
                        items * i.getScaleMax(), band));
            }
            result.put(r.getId(), totals);
        }
        return result;
    }
}
