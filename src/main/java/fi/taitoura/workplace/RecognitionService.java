package fi.taitoura.workplace;

import fi.taitoura.base.time.Time;
import fi.taitoura.catalogue.CatalogueReader;
import fi.taitoura.catalogue.CatalogueTree;
import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.ConcurrentEditException;
import fi.taitoura.catalogue.CatalogueReader.CriterionRow;
import fi.taitoura.catalogue.CatalogueReader.RequirementRow;
import fi.taitoura.catalogue.CatalogueReader.UnitRow;
import fi.taitoura.security.CurrentUser;
import fi.taitoura.security.TaitouraPrincipal;
import fi.taitoura.user.UserService;
import fi.taitoura.catalogue.CatalogueTree.QualificationNode;
import fi.taitoura.catalogue.CatalogueTree.QualificationRef;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Hibernate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Environment recognition (opinnollistaminen): the coach drafts what the work unit's work offers against the
 * qualification requirements, a named reviewer (a teacher or an external expert) accepts or rejects the items and
 * approves or returns the version. Only requirements of the approved version in force may be documented.
 * <p>
 * Who may do what: the unit's editors ({@link WorkUnitAccess#canEdit}) start, edit, submit and revise; only the
 * named reviewer reviews, approves and returns, and never a version they created or submitted themselves.
 */
@Service
public class RecognitionService {

    static final ZoneId ZONE = Time.zone();
    /** The default time to the next review of an approved recognition. */
    public static final int DEFAULT_REVIEW_INTERVAL_YEARS = 2;
    private static final int MAX_TEXT = 2000;

    private final RecognitionRepository recognitions;
    private final RecognitionEventRepository events;
    private final TrainingTaskRepository tasks;
    private final WorkUnitRepository workUnits;
    private final CatalogueReader catalogue;
    private final WorkUnitAccess access;
    private final UserService users;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    RecognitionService(RecognitionRepository recognitions, RecognitionEventRepository events,
                       TrainingTaskRepository tasks, WorkUnitRepository workUnits, CatalogueReader catalogue,
                       WorkUnitAccess access, UserService users, CurrentUser currentUser, AuditService audit) {
        this.recognitions = recognitions;
        this.events = events;
        this.tasks = tasks;
        this.workUnits = workUnits;
        this.catalogue = catalogue;
        this.access = access;
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = Time.clock();
    }

    // ---------------------------------------------------------------- reads

    /** All versions of the work unit's recognition, newest first. */
    @PreAuthorize("@workUnitAccess.mayView(#workUnitId)")
    @Transactional(readOnly = true)
    public List<EnvironmentRecognition> findVersions(Long workUnitId) {
        access.requireView(workUnitId);
        return recognitions.findByWorkUnitIdOrderByRevisionDesc(workUnitId);
    }

    /** One version with its items, qualifications and history, and what the current user may do with it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public RecognitionDetails load(Long recognitionId) {
        EnvironmentRecognition r = recognitions.findWithItems(recognitionId).orElseThrow();
        boolean approvedPublic = r.getState() == RecognitionState.APPROVED;
        if (!approvedPublic) {
            access.requireView(r.getWorkUnit().getId());
        }
        Hibernate.initialize(r.getQualificationIds());
        boolean editor = access.canEdit(r.getWorkUnit().getId());
        boolean reviewer = isReviewer(r);
        boolean revisable = editor && r.isInForce() && recognitions.findOpen(r.getWorkUnit().getId()).isEmpty();
        return new RecognitionDetails(r, events.findByRecognitionIdOrderByOccurredAtAscIdAsc(r.getId()),
                editor && r.getState().isEditable(), reviewer && r.getState() == RecognitionState.IN_REVIEW,
                revisable, names(List.of(r)), content(List.of(r)));
    }

    /** The approved version in force for the work unit, if any. Readable by every signed-in user (public). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<EnvironmentRecognition> findInForce(Long workUnitId) {
        return recognitions.findInForce(workUnitId);
    }

    /** The version being drafted, in review or returned for the work unit, if any. */
    @PreAuthorize("@workUnitAccess.mayView(#workUnitId)")
    @Transactional(readOnly = true)
    public Optional<EnvironmentRecognition> findOpen(Long workUnitId) {
        access.requireView(workUnitId);
        return recognitions.findOpen(workUnitId);
    }

    /** Recognitions the current user has been named to review and has not decided yet. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<EnvironmentRecognition> findAssignedToMe() {
        return recognitions.findByReviewer(currentUser.requireId(), EnumSet.of(RecognitionState.IN_REVIEW));
    }

    /** True when the current user may start, edit, submit or revise the work unit's recognition. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canEdit(Long workUnitId) {
        return access.canEdit(workUnitId);
    }

    /** The qualifications of the catalogue, to choose from. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<QualificationRef> findQualifications() {
        return catalogue.qualifications();
    }

    /** The catalogue content (units, requirements, T1 criteria) of the qualifications, for the editor. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<QualificationNode> catalogueTree(Collection<Long> qualificationIds) {
        return catalogue.tree(qualificationIds);
    }

    /** Who can be named reviewer: every active user except the signed-in one (teachers are offered first). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UserService.RoleHolder> findPossibleReviewers() {
        Long me = currentUser.id().orElse(null);
        Map<Long, UserService.RoleHolder> result = new LinkedHashMap<>();
        users.findActiveRoleHolders(fi.taitoura.security.Role.TEACHER).forEach(u -> result.putIfAbsent(u.id(), u));
        for (fi.taitoura.security.Role role : fi.taitoura.security.Role.values()) {
            if (role != fi.taitoura.security.Role.TEACHER && role != fi.taitoura.security.Role.TRAINEE) {
                users.findActiveRoleHolders(role).forEach(u -> result.putIfAbsent(u.id(), u));
            }
        }
        result.remove(me);
        return new ArrayList<>(result.values());
    }

    /**
     * The names of the users the recognitions name (creator, submitter, reviewer, decider), by user id, in one
     * query: the user feature owns users, a recognition keeps only their ids.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<EnvironmentRecognition> versions) {
        Set<Long> ids = new HashSet<>();
        for (EnvironmentRecognition r : versions) {
            java.util.stream.Stream.of(r.getCreatedById(), r.getSubmittedById(), r.getReviewerId(),
                    r.getDecidedById()).filter(Objects::nonNull).forEach(ids::add);
        }
        return users.findNames(ids);
    }

    /**
     * The catalogue rows the recognitions' items and qualifications name, read in one query per kind (the
     * catalogue owns them; a recognition keeps only their ids).
     */
    RecognitionContent content(Collection<EnvironmentRecognition> versions) {
        return RecognitionContent.of(catalogue, versions);
    }

    // ------------------------------------------------- API for other features

    /**
     * True when the requirement is covered by the approved recognition in force of the work unit: only then may
     * competence shown there be documented against it.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean isRequirementRecognised(Long workUnitId, Long requirementId) {
        return recognitions.findRecognisedRequirementIds(workUnitId).contains(requirementId);
    }

    /** Ids of the skill requirements the approved recognition in force of the work unit covers. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<Long> findRecognisedRequirementIds(Long workUnitId) {
        return new HashSet<>(recognitions.findRecognisedRequirementIds(workUnitId));
    }

    /**
     * The approved versions of the work unit's recognition that cover the requirement (the one in force first, then
     * older ones, newest first): what documentation of the requirement rests on.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<EnvironmentRecognition> findApprovedRecognitionsCovering(Long workUnitId, Long requirementId) {
        return recognitions.findApprovedCovering(workUnitId, requirementId).stream()
                .sorted((a, b) -> Integer.compare(b.getRevision(), a.getRevision())).toList();
    }

    /** An approved recognition version that documentation rests on, as documents print it. */
    public record RecognitionBasis(Long recognitionId, int revision, LocalDate approvedOn, String reviewerName,
                                   LocalDate nextReviewOn) {
    }

    /**
     * For each of the requirements, the newest approved version of the work unit's recognition that covers it
     * (absent when none does): {@link #findApprovedRecognitionsCovering} for many requirements in one query.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, RecognitionBasis> newestApprovedCovering(Long workUnitId, Collection<Long> requirementIds) {
        Map<Long, RecognitionBasis> result = new HashMap<>();
        if (requirementIds.isEmpty()) {
            return result;
        }
        Map<Long, EnvironmentRecognition> newest = new HashMap<>();
        for (Object[] row : recognitions.findApprovedCoveringAny(workUnitId, requirementIds)) {
            Long requirementId = (Long) row[0];
            EnvironmentRecognition r = (EnvironmentRecognition) row[1];
            EnvironmentRecognition known = newest.get(requirementId);
            if (known == null || r.getRevision() > known.getRevision()) {
                newest.put(requirementId, r);
            }
        }
        Map<Long, String> names = names(newest.values());
        newest.forEach((requirementId, r) -> result.put(requirementId, new RecognitionBasis(r.getId(),
                r.getRevision(), r.getApprovedOn(), r.getReviewerId() == null ? null : names.get(r.getReviewerId()),
                r.getNextReviewOn())));
        return result;
    }

    /** The approved version that was in force on the day (approved on or before it and not yet superseded). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<EnvironmentRecognition> findInForceOn(Long workUnitId, LocalDate day) {
        return recognitions.findByWorkUnitIdOrderByRevisionDesc(workUnitId).stream()
                .filter(r -> r.getState() == RecognitionState.APPROVED && r.getApprovedOn() != null
                        && !r.getApprovedOn().isAfter(day)
                        && (r.getSupersededAt() == null || !r.getSupersededAt().atZone(ZONE).toLocalDate().isBefore(day)))
                .findFirst();
    }

    // ---------------------------------------------------------------- changes

    /** Starts the first recognition of a work unit as a draft. A unit with a recognition is revised instead. */
    @PreAuthorize("@workUnitAccess.mayEdit(#workUnitId)")
    @Transactional
    public EnvironmentRecognition start(Long workUnitId) {
        access.requireEdit(workUnitId);
        WorkUnit unit = workUnits.findById(workUnitId).orElseThrow();
        if (recognitions.findOpen(workUnitId).isPresent()) {
            throw new BusinessRuleException("recognition.error.openExists");
        }
        if (recognitions.findInForce(workUnitId).isPresent()) {
            throw new BusinessRuleException("recognition.error.reviseInstead");
        }
        EnvironmentRecognition r = new EnvironmentRecognition(unit, recognitions.maxRevision(workUnitId) + 1, null,
                currentUser.id().orElse(null));
        r = recognitions.saveAndFlush(r);
        event(r, RecognitionAction.CREATED, null);
        audit.recordChange(AuditAction.CREATE, "EnvironmentRecognition", r.getId(), null,
                AuditDetails.of("workUnit", workUnitId, "version", r.getRevision()));
        return r;
    }

    /**
     * Starts a new version from the approved one in force: same qualifications, items, descriptions and reviewer,
     * with the review decisions cleared. The approved version stays unchanged and in force until the new one is
     * approved.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public EnvironmentRecognition revise(Long approvedId) {
        EnvironmentRecognition old = recognitions.findWithItems(approvedId).orElseThrow();
        Long workUnitId = old.getWorkUnit().getId();
        access.requireEdit(workUnitId);
        if (!old.isInForce()) {
            throw new BusinessRuleException("recognition.error.notInForce");
        }
        if (recognitions.findOpen(workUnitId).isPresent()) {
            throw new BusinessRuleException("recognition.error.openExists");
        }
        EnvironmentRecognition r = new EnvironmentRecognition(old.getWorkUnit(),
                recognitions.maxRevision(workUnitId) + 1, old, currentUser.id().orElse(null));
        r.setWorkDescription(old.getWorkDescription());
        r.setReviewerId(old.getReviewerId());
        r.getQualificationIds().addAll(old.getQualificationIds());
        for (RecognitionItem i : old.getItems()) {
            if (i.isRecognised()) {
                r.getItems().add(new RecognitionItem(r, i.getKind(), i.getUnitId(), i.getRequirementId(),
                        i.getCriterionId(), i.getPractice()));
            }
        }
        r = recognitions.saveAndFlush(r);
        event(r, RecognitionAction.CREATED, "v" + old.getRevision());
        event(old, RecognitionAction.REVISED, "v" + r.getRevision());
        audit.recordChange(AuditAction.CREATE, "EnvironmentRecognition", r.getId(), null,
                AuditDetails.of("revisionOf", old.getId(), "version", old.getRevision()));
        return r;
    }

    /**
     * Saves the editor's work on a draft or returned version. Items must belong to the chosen qualifications; the
     * unit of a ticked requirement or criterion is ticked too. Decisions the reviewer made on unchanged items stay.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public EnvironmentRecognition save(RecognitionDraft draft) {
        EnvironmentRecognition r = recognitions.findWithItems(draft.recognitionId()).orElseThrow();
        access.requireEdit(r.getWorkUnit().getId());
        checkVersion(r, draft.version());
        if (!r.getState().isEditable()) {
            throw new BusinessRuleException("recognition.error.notEditable");
        }
        String before = summary(r);
        r.setWorkDescription(limit(draft.workDescription(), 10_000));
        if (draft.reviewerId() == null) {
            r.setReviewerId(null);
        } else {
            if (!users.isActive(draft.reviewerId())) {
                throw new BusinessRuleException("recognition.error.reviewerMissing");
            }
            if (draft.reviewerId().equals(currentUser.requireId())) {
                throw new BusinessRuleException("recognition.error.selfReviewer");
            }
            r.setReviewerId(draft.reviewerId());
        }
        Set<Long> qualIds = catalogue.qualificationRefs(draft.qualificationIds()).stream().map(QualificationRef::id)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        r.getQualificationIds().clear();
        r.getQualificationIds().addAll(qualIds);

        // the catalogue rows of the ticked items, one query per kind, then the parents of sub-areas
        Map<Long, RequirementRow> reqs = catalogue.requirementsById(draft.items().keySet().stream()
                .filter(ref -> ref.kind() == RecognitionItemKind.REQUIREMENT).map(ItemRef::id).toList());
        Map<Long, CriterionRow> crits = catalogue.criteria(draft.items().keySet().stream()
                .filter(ref -> ref.kind() == RecognitionItemKind.CRITERION).map(ItemRef::id).toList());
        Set<Long> unitIds = new HashSet<>();
        draft.items().keySet().stream().filter(ref -> ref.kind() == RecognitionItemKind.UNIT).map(ItemRef::id)
                .forEach(unitIds::add);
        reqs.values().forEach(q -> unitIds.add(q.unitId()));
        crits.values().forEach(c -> unitIds.add(c.unitId()));
        Map<Long, UnitRow> units = new HashMap<>(catalogue.units(unitIds));
        for (Set<Long> missing = parentsMissing(units); !missing.isEmpty(); missing = parentsMissing(units)) {
            units.putAll(catalogue.units(missing));
        }

        Map<ItemRef, String> wanted = new LinkedHashMap<>();
        Map<ItemRef, Long> unitOf = new HashMap<>();
        for (var e : draft.items().entrySet()) {
            ItemRef ref = e.getKey();
            Long unitId = switch (ref.kind()) {
                case UNIT -> units.containsKey(ref.id()) ? ref.id() : null;
                case REQUIREMENT -> reqs.containsKey(ref.id()) ? reqs.get(ref.id()).unitId() : null;
                case CRITERION -> crits.containsKey(ref.id()) ? crits.get(ref.id()).unitId() : null;
            };
            UnitRow unit = unitId == null ? null : units.get(unitId);
            if (unit == null || !qualIds.contains(unit.qualificationId())) {
                throw new BusinessRuleException("recognition.error.itemOutsideQualifications");
            }
            wanted.put(ref, limit(e.getValue(), MAX_TEXT));
            unitOf.put(ref, unit.id());
            // the unit (and the parent of a sub-area) of a ticked item is ticked too
            for (UnitRow u = unit; u != null; u = u.parentId() == null ? null : units.get(u.parentId())) {
                ItemRef unitRef = ItemRef.unit(u.id());
                if (!draft.items().containsKey(unitRef) && !wanted.containsKey(unitRef)) {
                    wanted.put(unitRef, null);
                    unitOf.put(unitRef, u.id());
                }
            }
        }
        Map<ItemRef, RecognitionItem> existing = new HashMap<>();
        r.getItems().forEach(i -> existing.put(i.ref(), i));
        r.getItems().removeIf(i -> !wanted.containsKey(i.ref()));
        for (var e : wanted.entrySet()) {
            RecognitionItem item = existing.get(e.getKey());
            if (item != null) {
                if (!Objects.equals(blankToNull(item.getPractice()), blankToNull(e.getValue()))) {
                    item.setPractice(e.getValue());
                }
            } else {
                ItemRef ref = e.getKey();
                r.getItems().add(new RecognitionItem(r, ref.kind(), unitOf.get(ref),
                        ref.kind() == RecognitionItemKind.REQUIREMENT ? ref.id() : null,
                        ref.kind() == RecognitionItemKind.CRITERION ? ref.id() : null, e.getValue()));
            }
        }
        r = recognitions.saveAndFlush(r);
        String after = summary(r);
        event(r, RecognitionAction.SAVED, after);
        audit.recordChange(AuditAction.UPDATE, "EnvironmentRecognition", r.getId(), null,
                AuditService.describeChanges(Map.of("content", before), Map.of("content", after)));
        return r;
    }

    /** Sends a draft or returned version to its reviewer. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public EnvironmentRecognition submit(Long recognitionId, long version) {
        EnvironmentRecognition r = recognitions.findWithItems(recognitionId).orElseThrow();
        access.requireEdit(r.getWorkUnit().getId());
        checkVersion(r, version);
        if (!r.getState().isEditable()) {
            throw new BusinessRuleException("recognition.error.notEditable");
        }
        if (r.getReviewerId() == null) {
            throw new BusinessRuleException("recognition.error.reviewerMissing");
        }
        if (r.getReviewerId().equals(currentUser.requireId())) {
            throw new BusinessRuleException("recognition.error.selfReviewer");
        }
        if (r.getItems().stream().noneMatch(i -> i.getKind() == RecognitionItemKind.REQUIREMENT)) {
            throw new BusinessRuleException("recognition.error.noRequirements");
        }
        RecognitionState from = r.getState();
        r.setState(RecognitionState.IN_REVIEW);
        r.setSubmittedById(currentUser.id().orElse(null));
        r.setSubmittedAt(Instant.now(clock));
        r = recognitions.saveAndFlush(r);
        event(r, RecognitionAction.SUBMITTED, users.findNames(List.of(r.getReviewerId())).get(r.getReviewerId()));
        audit.recordChange(AuditAction.UPDATE, "EnvironmentRecognition", r.getId(), null,
                AuditDetails.of("state", from + ":IN_REVIEW", "reviewer", r.getReviewerId()));
        return r;
    }

    /** The reviewer's decisions on items (by item id); the version stays in review. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public EnvironmentRecognition reviewItems(Long recognitionId, long version, Map<Long, ItemDecision> decisions) {
        EnvironmentRecognition r = recognitions.findWithItems(recognitionId).orElseThrow();
        requireReviewerInReview(r);
        checkVersion(r, version);
        applyDecisions(r, decisions);
        r = recognitions.saveAndFlush(r);
        event(r, RecognitionAction.ITEMS_REVIEWED, decisionSummary(r));
        audit.recordChange(AuditAction.UPDATE, "EnvironmentRecognition", r.getId(), null,
                AuditDetails.of("what", "itemDecisions") + ";" + decisionSummary(r));
        return r;
    }

    /**
     * Approves a version in review: pending items are accepted, the previous approved version is superseded, and
     * task mappings to requirements the new version no longer covers are flagged for the coach.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public EnvironmentRecognition approve(Long recognitionId, long version, Map<Long, ItemDecision> decisions,
                                          LocalDate nextReviewOn, String comment) {
        EnvironmentRecognition r = recognitions.findWithItems(recognitionId).orElseThrow();
        requireReviewerInReview(r);
        checkVersion(r, version);
        Long me = currentUser.requireId();
        if (isOwn(r, me)) {
            throw new BusinessRuleException("recognition.error.ownApproval");
        }
        applyDecisions(r, decisions == null ? Map.of() : decisions);
        if (r.getItems().stream().noneMatch(i -> i.getKind() == RecognitionItemKind.REQUIREMENT
                && i.isRecognised())) {
            throw new BusinessRuleException("recognition.error.nothingAccepted");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate next = nextReviewOn == null ? today.plusYears(DEFAULT_REVIEW_INTERVAL_YEARS) : nextReviewOn;
        if (!next.isAfter(today)) {
            throw new BusinessRuleException("recognition.error.nextReviewInPast");
        }
        r.getItems().stream().filter(i -> i.getReviewStatus() == ReviewStatus.PENDING)
                .forEach(i -> i.setReviewStatus(ReviewStatus.ACCEPTED));
        Optional<EnvironmentRecognition> previous = recognitions.findInForce(r.getWorkUnit().getId());
        Instant now = Instant.now(clock);
        previous.ifPresent(p -> {
            p.setSupersededAt(now);
            event(p, RecognitionAction.SUPERSEDED, "v" + r.getRevision());
        });
        r.setState(RecognitionState.APPROVED);
        r.setDecidedById(me);
        r.setDecidedAt(now);
        r.setDecisionComment(limit(comment, MAX_TEXT));
        r.setApprovedOn(today);
        r.setNextReviewOn(next);
        EnvironmentRecognition saved = recognitions.saveAndFlush(r);
        int[] flagged = reflagTaskMappings(saved);
        event(saved, RecognitionAction.APPROVED, blankToNull(comment));
        audit.recordChange(AuditAction.UPDATE, "EnvironmentRecognition", saved.getId(), null,
                AuditDetails.of("state", "IN_REVIEW:APPROVED", "nextReview", next) + ";" + decisionSummary(saved)
                        + ";" + AuditDetails.of("flagged", flagged[0], "unflagged", flagged[1]));
        return saved;
    }

    /** Returns a version in review to its editors for changes; the reason is required. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public EnvironmentRecognition returnForChanges(Long recognitionId, long version, Map<Long, ItemDecision> decisions,
                                                   String comment) {
        EnvironmentRecognition r = recognitions.findWithItems(recognitionId).orElseThrow();
        requireReviewerInReview(r);
        checkVersion(r, version);
        if (comment == null || comment.isBlank()) {
            throw new BusinessRuleException("recognition.error.returnReason");
        }
        applyDecisions(r, decisions == null ? Map.of() : decisions);
        r.setState(RecognitionState.RETURNED);
        r.setDecidedById(currentUser.requireId());
        r.setDecidedAt(Instant.now(clock));
        r.setDecisionComment(limit(comment, MAX_TEXT));
        r = recognitions.saveAndFlush(r);
        event(r, RecognitionAction.RETURNED, comment.trim());
        audit.recordChange(AuditAction.UPDATE, "EnvironmentRecognition", r.getId(), null,
                AuditDetails.of("state", "IN_REVIEW:RETURNED") + ";" + decisionSummary(r));
        return r;
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Flags the work unit's task mappings whose requirement the approved version does not cover and clears the flag
     * of those it covers again. Returns {flagged, unflagged}.
     */
    private int[] reflagTaskMappings(EnvironmentRecognition approved) {
        Set<Long> covered = approved.getItems().stream()
                .filter(i -> i.getKind() == RecognitionItemKind.REQUIREMENT && i.isRecognised())
                .map(RecognitionItem::getRequirementId).collect(Collectors.toSet());
        Instant now = Instant.now(clock);
        int flagged = 0;
        int unflagged = 0;
        for (TaskRequirement m : tasks.findMappingsOfWorkUnit(approved.getWorkUnit().getId())) {
            boolean ok = covered.contains(m.getRequirementId());
            if (!ok && !m.isFlagged()) {
                m.setFlaggedAt(now);
                flagged++;
            } else if (ok && m.isFlagged()) {
                m.setFlaggedAt(null);
                unflagged++;
            }
        }
        return new int[] {flagged, unflagged};
    }

    private void applyDecisions(EnvironmentRecognition r, Map<Long, ItemDecision> decisions) {
        Map<Long, RecognitionItem> byId = r.getItems().stream()
                .collect(Collectors.toMap(RecognitionItem::getId, i -> i));
        for (var e : decisions.entrySet()) {
            RecognitionItem item = byId.get(e.getKey());
            if (item == null) {
                throw new BusinessRuleException("recognition.error.unknownItem");
            }
            ItemDecision d = e.getValue();
            if (d.status() == ReviewStatus.REJECTED && (d.comment() == null || d.comment().isBlank())) {
                throw new BusinessRuleException("recognition.error.rejectReason");
            }
            item.setReviewStatus(d.status() == null ? ReviewStatus.PENDING : d.status());
            item.setReviewComment(limit(d.comment(), MAX_TEXT));
        }
    }

    private void requireReviewerInReview(EnvironmentRecognition r) {
        if (!isReviewer(r)) {
            throw new AccessDeniedException("Not the reviewer of recognition " + r.getId());
        }
        if (r.getState() != RecognitionState.IN_REVIEW) {
            throw new BusinessRuleException("recognition.error.notInReview");
        }
    }

    private boolean isReviewer(EnvironmentRecognition r) {
        return r.getReviewerId() != null && currentUser.id().map(r.getReviewerId()::equals).orElse(false);
    }

    private static boolean isOwn(EnvironmentRecognition r, Long userId) {
        return userId.equals(r.getCreatedById()) || userId.equals(r.getSubmittedById());
    }

    private static Set<Long> parentsMissing(Map<Long, UnitRow> units) {
        return units.values().stream().map(UnitRow::parentId).filter(p -> p != null && !units.containsKey(p))
                .collect(Collectors.toSet());
    }

    private static void checkVersion(EnvironmentRecognition r, long version) {
        if (r.getVersion() != version) {
            throw new ConcurrentEditException("EnvironmentRecognition", r.getId());
        }
    }

    private void event(EnvironmentRecognition r, RecognitionAction action, String details) {
        TaitouraPrincipal p = currentUser.principal().orElse(null);
        events.save(new RecognitionEvent(r.getId(), Instant.now(clock), p == null ? null : p.getUserId(),
                p == null ? "system" : p.getFullName(), action, limit(details, MAX_TEXT)));
    }

    private String summary(EnvironmentRecognition r) {
        Map<RecognitionItemKind, Long> counts = r.getItems().stream()
                .collect(Collectors.groupingBy(RecognitionItem::getKind, Collectors.counting()));
        return "qualifications " + catalogue.qualificationRefs(r.getQualificationIds()).stream()
                .map(QualificationRef::diaryNumber).sorted()
                .collect(Collectors.joining(",")) + "; units " + counts.getOrDefault(RecognitionItemKind.UNIT, 0L)
                + ", requirements " + counts.getOrDefault(RecognitionItemKind.REQUIREMENT, 0L) + ", criteria "
                + counts.getOrDefault(RecognitionItemKind.CRITERION, 0L) + "; reviewer "
                + (r.getReviewerId() == null ? "–" : r.getReviewerId());
    }

    private static String decisionSummary(EnvironmentRecognition r) {
        Map<ReviewStatus, Long> counts = r.getItems().stream()
                .collect(Collectors.groupingBy(RecognitionItem::getReviewStatus, Collectors.counting()));
        return AuditDetails.of("accepted", counts.getOrDefault(ReviewStatus.ACCEPTED, 0L),
                "rejected", counts.getOrDefault(ReviewStatus.REJECTED, 0L),
                "pending", counts.getOrDefault(ReviewStatus.PENDING, 0L));
    }

    static String limit(String s, int max) {
        String v = blankToNull(s);
        return v == null ? null : v.length() > max ? v.substring(0, max) : v;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
