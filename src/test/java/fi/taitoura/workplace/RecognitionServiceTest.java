package fi.taitoura.workplace;

import fi.taitoura.base.time.Time;
import static fi.taitoura.workplace.WorkplaceTestData.requirements;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.audit.AuditEntry;
import fi.taitoura.audit.AuditFilter;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.ConcurrentEditException;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** The recognition's states, who may make each transition, versions, and the API other features use. */
class RecognitionServiceTest extends AbstractIntegrationTest {

    @Autowired
    RecognitionService service;
    @Autowired
    TaskLibraryService tasks;
    @Autowired
    AuditService audit;
    @Autowired
    CatalogueFixture catalogue;
    @Autowired
    WorkplaceTestData data;

    @Autowired
    UserService users;
    @Autowired
    TransactionTemplate tx;

    WorkplaceTestData.Setup s;

    private String systemAdministrator() {
        String name = "jarjestelma" + System.nanoTime();
        tx.executeWithoutResult(t -> users.createDemoUser(name, "Järjestelmän pääkäyttäjä", "x", Set.of(Role.ADMIN),
                null, Set.of()));
        return name;
    }
    CatalogueFixture.Qual q;

    @BeforeEach
    void setUp() {
        s = data.create("Ähtäri");
        q = catalogue.standard();
    }

    private EnvironmentRecognition draftWithTwoRequirements() {
        runAs(s.coach().getUsername());
        EnvironmentRecognition r = service.start(s.unit().getId());
        Map<ItemRef, String> items = requirements(q.unit(0).requirementIds().get(0), q.unit(0).requirementIds().get(1));
        items.put(ItemRef.criterion(q.unit(0).t1CriterionIds().get(0)), null);
        return service.save(new RecognitionDraft(r.getId(), r.getVersion(), "Kiinteistön ylläpitoa ja siivousta",
                s.teacher().getId(), Set.of(q.id()), items));
    }

    @Test
    void coachDraftsAndSubmitsTeacherReviewsAndApproves() {
        EnvironmentRecognition r = draftWithTwoRequirements();
        assertThat(r.getState()).isEqualTo(RecognitionState.DRAFT);
        assertThat(r.getRevision()).isEqualTo(1);
        // the unit of the ticked requirements was ticked too
        assertThat(service.load(r.getId()).recognition().getItems()).extracting(RecognitionItem::ref)
                .contains(ItemRef.unit(q.unit(0).id()), ItemRef.requirement(q.unit(0).requirementIds().get(0)));
        assertThat(service.isRequirementRecognised(s.unit().getId(), q.unit(0).requirementIds().get(0))).isFalse();

        r = service.submit(r.getId(), r.getVersion());
        assertThat(r.getState()).isEqualTo(RecognitionState.IN_REVIEW);
        assertThat(r.getSubmittedById()).isEqualTo(s.coach().getId());

        runAs(s.teacher().getUsername());
        assertThat(service.findAssignedToMe()).extracting(EnvironmentRecognition::getId).contains(r.getId());
        RecognitionDetails d = service.load(r.getId());
        assertThat(d.reviewable()).isTrue();
        assertThat(d.editable()).isFalse();
        RecognitionItem second = d.recognition().getItems().stream()
                .filter(i -> i.ref().equals(ItemRef.requirement(q.unit(0).requirementIds().get(1)))).findFirst()
                .orElseThrow();
        long version = r.getVersion();
        assertThatThrownBy(() -> service.reviewItems(d.recognition().getId(), version,
                Map.of(second.getId(), new ItemDecision(ReviewStatus.REJECTED, " "))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("recognition.error.rejectReason");
        r = service.approve(r.getId(), version,
                Map.of(second.getId(), new ItemDecision(ReviewStatus.REJECTED, "Asiakaspalvelua ei ole")),
                Time.today().plusYears(1), "Hyvä kuvaus");
        assertThat(r.getState()).isEqualTo(RecognitionState.APPROVED);
        assertThat(r.getApprovedOn()).isEqualTo(Time.today());
        assertThat(r.getDecidedById()).isEqualTo(s.teacher().getId());
        assertThat(r.isInForce()).isTrue();

        // the API for other features
        runAs(s.coach().getUsername());
        assertThat(service.isRequirementRecognised(s.unit().getId(), q.unit(0).requirementIds().get(0))).isTrue();
        assertThat(service.isRequirementRecognised(s.unit().getId(), q.unit(0).requirementIds().get(1))).isFalse();
        assertThat(service.isRequirementRecognised(s.unit().getId(), q.unit(1).requirementIds().get(0))).isFalse();
        assertThat(service.findApprovedRecognitionsCovering(s.unit().getId(), q.unit(0).requirementIds().get(0)))
                .extracting(EnvironmentRecognition::getId).containsExactly(r.getId());
        assertThat(service.findInForceOn(s.unit().getId(), Time.today()))
                .map(EnvironmentRecognition::getId)
                .contains(r.getId());

        // who did what and when
        assertThat(service.load(r.getId()).events()).extracting(RecognitionEvent::getAction).containsSubsequence(
                RecognitionAction.CREATED, RecognitionAction.SAVED, RecognitionAction.SUBMITTED,
                RecognitionAction.APPROVED);
        // The unit's organisation and the teacher's differ: the installation's administrator (no organisation)
        // sees the whole history.
        runAs(systemAdministrator());
        List<AuditEntry> entries = audit.search(new AuditFilter(null, "EnvironmentRecognition", r.getId(), null, null,
                null, null), PageRequest.of(0, 20));
        assertThat(entries).hasSizeGreaterThanOrEqualTo(4);
        assertThat(entries.getFirst().getDetails()).contains("APPROVED");
    }

    @Test
    void onlyTheUnitsEditorsEditAndOnlyTheNamedReviewerDecides() {
        runAs(s.otherCoach().getUsername());
        assertThatThrownBy(() -> service.start(s.unit().getId())).isInstanceOf(AccessDeniedException.class);
        runAs(s.teacher().getUsername());
        assertThatThrownBy(() -> service.start(s.unit().getId())).isInstanceOf(AccessDeniedException.class);

        EnvironmentRecognition r = draftWithTwoRequirements();
        runAs(s.teacher().getUsername());
        long v = r.getVersion();
        assertThatThrownBy(() -> service.save(new RecognitionDraft(r.getId(), v, "x", null, Set.of(q.id()), Map.of())))
                .isInstanceOf(AccessDeniedException.class);
        // not in review yet
        assertThatThrownBy(() -> service.approve(r.getId(), v, Map.of(), null, null))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("recognition.error.notInReview");

        runAs(s.coach().getUsername());
        EnvironmentRecognition submitted = service.submit(r.getId(), v);
        // the coach is not the reviewer
        assertThatThrownBy(() -> service.approve(r.getId(), submitted.getVersion(), Map.of(), null, null))
                .isInstanceOf(AccessDeniedException.class);
        // in review: the editor cannot change it any more
        assertThatThrownBy(() -> service.save(new RecognitionDraft(r.getId(), submitted.getVersion(), "x",
                s.teacher().getId(), Set.of(q.id()), Map.of()))).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("recognition.error.notEditable");
        runAs("tiiminvetaja");
        assertThatThrownBy(() -> service.returnForChanges(r.getId(), submitted.getVersion(), Map.of(), "syy"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aReviewerCannotApproveTheirOwnRecognitionNorBeNamedBySelf() {
        runAs(s.teamLead().getUsername());
        EnvironmentRecognition r = service.start(s.unit().getId());
        long v = r.getVersion();
        // naming oneself is refused
        var me = service.findPossibleReviewers();
        assertThat(me).extracting(u -> u.id()).doesNotContain(s.teamLead().getId()).contains(s.teacher().getId());
        Long teamLeadId = userDetailsService.loadUserByUsername(s.teamLead().getUsername()) instanceof fi.taitoura.security.TaitouraPrincipal p
                ? p.getUserId() : null;
        assertThatThrownBy(() -> service.save(new RecognitionDraft(r.getId(), v, "x", teamLeadId, Set.of(q.id()),
                requirements(q.unit(0).requirementIds().get(0))))).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("recognition.error.selfReviewer");
        // the coach names the team lead (of the unit's organisation), who started the recognition, as reviewer
        runAs(s.coach().getUsername());
        EnvironmentRecognition saved = service.save(new RecognitionDraft(r.getId(), v, "x", teamLeadId,
                Set.of(q.id()), requirements(q.unit(0).requirementIds().get(0))));
        EnvironmentRecognition submitted = service.submit(saved.getId(), saved.getVersion());
        runAs(s.teamLead().getUsername());
        assertThatThrownBy(() -> service.approve(r.getId(), submitted.getVersion(), Map.of(), null, null))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("recognition.error.ownApproval");
        // returning it is allowed
        assertThat(service.returnForChanges(r.getId(), submitted.getVersion(), Map.of(), "Nimeä ulkopuolinen arvioija")
                .getState()).isEqualTo(RecognitionState.RETURNED);
    }

    @Test
    void aReturnedRecognitionIsEditedAndSubmittedAgain() {
        EnvironmentRecognition draft = draftWithTwoRequirements();
        EnvironmentRecognition r = service.submit(draft.getId(), draft.getVersion());
        runAs(s.teacher().getUsername());
        long v = r.getVersion();
        assertThatThrownBy(() -> service.returnForChanges(r.getId(), v, Map.of(), " "))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("recognition.error.returnReason");
        EnvironmentRecognition returned = service.returnForChanges(r.getId(), v, Map.of(), "Lisää työn kuvaus");
        assertThat(returned.getState()).isEqualTo(RecognitionState.RETURNED);
        assertThat(returned.getDecisionComment()).isEqualTo("Lisää työn kuvaus");

        runAs(s.coach().getUsername());
        assertThat(service.load(r.getId()).editable()).isTrue();
        EnvironmentRecognition edited = service.save(new RecognitionDraft(r.getId(), returned.getVersion(),
                "Tarkempi kuvaus", s.teacher().getId(), Set.of(q.id()),
                requirements(q.unit(0).requirementIds().get(0))));
        assertThat(service.submit(edited.getId(), edited.getVersion()).getState())
                .isEqualTo(RecognitionState.IN_REVIEW);
    }

    @Test
    void submittingNeedsAReviewerAndARequirement() {
        runAs(s.coach().getUsername());
        EnvironmentRecognition r = service.start(s.unit().getId());
        assertThatThrownBy(() -> service.start(s.unit().getId())).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("recognition.error.openExists");
        EnvironmentRecognition noReviewer = service.save(new RecognitionDraft(r.getId(), r.getVersion(), null, null,
                Set.of(q.id()), requirements(q.unit(0).requirementIds().get(0))));
        assertThatThrownBy(() -> service.submit(r.getId(), noReviewer.getVersion()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("recognition.error.reviewerMissing");
        EnvironmentRecognition unitOnly = service.save(new RecognitionDraft(r.getId(), noReviewer.getVersion(), null,
                s.teacher().getId(), Set.of(q.id()), Map.of(ItemRef.unit(q.unit(0).id()), "")));
        assertThatThrownBy(() -> service.submit(r.getId(), unitOnly.getVersion()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("recognition.error.noRequirements");
        // an item outside the chosen qualifications is refused
        CatalogueFixture.Qual other = catalogue.standard();
        assertThatThrownBy(() -> service.save(new RecognitionDraft(r.getId(), unitOnly.getVersion(), null,
                s.teacher().getId(), Set.of(q.id()), requirements(other.unit(0).requirementIds().get(0)))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("recognition.error.itemOutsideQualifications");
    }

    @Test
    void aSecondEditorWithAStaleVersionGetsAConflict() {
        EnvironmentRecognition r = draftWithTwoRequirements();
        long stale = r.getVersion() - 1;
        assertThatThrownBy(() -> service.save(new RecognitionDraft(r.getId(), stale, "toinen", s.teacher().getId(),
                Set.of(q.id()), Map.of()))).isInstanceOf(ConcurrentEditException.class);
        assertThat(service.load(r.getId()).recognition().getWorkDescription())
                .isEqualTo("Kiinteistön ylläpitoa ja siivousta");
    }

    @Test
    void revisionIsANewVersionAndTheApprovedOneStaysUntilTheNewIsApproved() {
        EnvironmentRecognition r = draftWithTwoRequirements();
        r = service.submit(r.getId(), r.getVersion());
        runAs(s.teacher().getUsername());
        EnvironmentRecognition v1 = service.approve(r.getId(), r.getVersion(), Map.of(), null, null);
        assertThat(v1.getNextReviewOn()).isEqualTo(Time.today().plusYears(2));
        Long keep = q.unit(0).requirementIds().get(0);
        Long drop = q.unit(0).requirementIds().get(1);

        runAs(s.coach().getUsername());
        TrainingTask task = tasks.save(new TaskDraft(null, 0, s.unit().getId(), "Lattioiden pesu", null,
                TaskDifficulty.BASIC, null, null, Set.of(), true, Set.of(keep, drop)));
        assertThatThrownBy(() -> service.start(s.unit().getId())).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("recognition.error.reviseInstead");
        EnvironmentRecognition v2 = service.revise(v1.getId());
        assertThat(v2.getRevision()).isEqualTo(2);
        assertThat(v2.getState()).isEqualTo(RecognitionState.DRAFT);
        RecognitionDetails d2 = service.load(v2.getId());
        assertThat(d2.recognition().getItems()).extracting(RecognitionItem::getReviewStatus)
                .containsOnly(ReviewStatus.PENDING);
        assertThat(d2.recognition().getItems()).extracting(RecognitionItem::ref)
                .contains(ItemRef.requirement(keep), ItemRef.requirement(drop));
        assertThat(d2.recognition().getReviewerId()).isEqualTo(s.teacher().getId());
        assertThat(d2.name(d2.recognition().getReviewerId())).isEqualTo(s.teacher().getFullName());
        // the approved version is still in force while the new one is drafted
        assertThat(service.findInForce(s.unit().getId())).map(EnvironmentRecognition::getId).contains(v1.getId());
        assertThat(service.isRequirementRecognised(s.unit().getId(), drop)).isTrue();

        EnvironmentRecognition saved = service.save(new RecognitionDraft(v2.getId(), v2.getVersion(), "uusi",
                s.teacher().getId(), Set.of(q.id()), requirements(keep)));
        saved = service.submit(saved.getId(), saved.getVersion());
        runAs(s.teacher().getUsername());
        service.approve(saved.getId(), saved.getVersion(), Map.of(), null, null);

        runAs(s.coach().getUsername());
        assertThat(service.findInForce(s.unit().getId())).map(EnvironmentRecognition::getId).contains(v2.getId());
        EnvironmentRecognition old = service.load(v1.getId()).recognition();
        assertThat(old.getState()).isEqualTo(RecognitionState.APPROVED);
        assertThat(old.getSupersededAt()).isNotNull();
        assertThat(old.getItems()).extracting(RecognitionItem::ref).contains(ItemRef.requirement(drop));
        assertThat(service.isRequirementRecognised(s.unit().getId(), drop)).isFalse();
        assertThat(service.findApprovedRecognitionsCovering(s.unit().getId(), keep))
                .extracting(EnvironmentRecognition::getRevision).containsExactly(2, 1);
        assertThat(service.findApprovedRecognitionsCovering(s.unit().getId(), drop))
                .extracting(EnvironmentRecognition::getRevision).containsExactly(1);

        // the mapping to the dropped requirement is flagged for the coach, not dropped
        TaskSummary summary = tasks.findTaskSummaries(s.unit().getId()).stream()
                .filter(t -> t.id().equals(task.getId())).findFirst().orElseThrow();
        assertThat(summary.requirementIds()).containsExactly(keep);
        assertThat(summary.flaggedRequirementIds()).containsExactly(drop);
        assertThat(service.load(v1.getId()).revisable()).isFalse();
        assertThat(service.load(v2.getId()).revisable()).isTrue();
    }
}
