package fi.taitoura.demonstration;

import fi.taitoura.base.db.LocalizedText;
import fi.taitoura.catalogue.CatalogueDto.TargetView;
import fi.taitoura.catalogue.LevelScale;
import fi.taitoura.documentation.IndependenceLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** What {@link DemonstrationService} takes and returns. */
public final class DemonstrationRecords {

    private DemonstrationRecords() {
    }

    /** The plan of a demonstration as the coach or career agent proposes or edits it. */
    public record Plan(LocalDate startDate, LocalDate endDate, String place, DemonstrationPlace placeKind,
                       String workDescription, Set<Long> taskIds, Long teacherId, Long workplaceAssessorId,
                       String workplaceAssessorName, String workplaceAssessorOrganisation,
                       String educationProvider, String educationProviderOid) {

        /** A plan without the education provider's Opintopolku OID. */
        public Plan(LocalDate startDate, LocalDate endDate, String place, DemonstrationPlace placeKind,
                    String workDescription, Set<Long> taskIds, Long teacherId, Long workplaceAssessorId,
                    String workplaceAssessorName, String workplaceAssessorOrganisation, String educationProvider) {
            this(startDate, endDate, place, placeKind, workDescription, taskIds, teacherId, workplaceAssessorId,
                    workplaceAssessorName, workplaceAssessorOrganisation, educationProvider, null);
        }

        /** eHOKS's pattern for an organisation OID (OrganisaatioOID in Opetushallitus/ehoks schema/oid.clj). */
        public static final java.util.regex.Pattern ORGANISATION_OID = java.util.regex.Pattern.compile(
                "^1\\.2\\.246\\.562\\.(10|[12]?99)\\.([1-9]\\d{9}(\\d|10)|0{10}1|201[34]\\d{18})$");
    }

    /** A row of a list: the worklist, the period's demonstrations. */
    public record Summary(Long id, long version, Long periodId, Long traineeId, String traineeName, Long unitId,
                          String unitCode, LocalizedText unitName, LevelScale scale, DemonstrationStatus status,
                          LocalDate startDate, LocalDate endDate, String place, String teacherName,
                          String workplaceAssessor, Integer overallGrade, boolean draftOpen) {

        public Boolean passed() {
            return overallGrade == null ? null : DemonstrationGrades.passed(scale, overallGrade);
        }

        /** Planned and its first day has come: the teacher can assess it. */
        public boolean awaitingAssessment(LocalDate today) {
            return status == DemonstrationStatus.PLANNED && !startDate.isAfter(today);
        }
    }

    /**
     * What the competence ledger shows of a period's demonstrations: the units demonstrated and passed, the planned
     * demonstration of each unit, and whether the user may propose one.
     */
    public record LedgerFacts(java.util.Set<Long> passedUnitIds, java.util.Map<Long, Summary> plannedByUnit,
                              boolean canPropose) {
    }

    public record TaskRef(Long id, String name) {
    }

    public record UserRef(Long id, String name) {
    }

    /**
     * What a plan can be made of in the period: the work unit's tasks, the teachers, the users who can be the
     * workplace representative (coaches and team leads), and defaults for the place and the education provider.
     */
    public record PlanOptions(Long periodId, String traineeName, String workUnitName, String defaultPlace,
                              String defaultProvider, List<TaskRef> tasks, List<UserRef> teachers,
                              List<UserRef> workplaceUsers) {
    }

    /** An assessment as shown: signed ones are locked, a draft is being written by the teacher. */
    public record AssessmentView(Long id, long version, int revision, LocalDate assessedOn,
                                 Map<Long, Integer> targetGrades, Map<Long, String> targetNotes, Integer overallGrade,
                                 Set<DecidedBy> decidedBy, Set<DiscussionParticipant> discussion, String comments,
                                 String rejectionReason, Long correctsId, String correctionReason, boolean signed,
                                 Instant signedAt, boolean superseded, String assessorName) {
    }

    /** What the teacher records (version -1 for a new draft). */
    public record AssessmentInput(long version, LocalDate assessedOn, Map<Long, Integer> targetGrades,
                                  Map<Long, String> targetNotes, Integer overallGrade, Set<DecidedBy> decidedBy,
                                  Set<DiscussionParticipant> discussion, String comments, String rejectionReason) {
    }

    /** Everything the demonstration page shows, with what the signed-in user may do. */
    public record Detail(Summary summary, Plan plan, DemonstrationPlace placeKind, List<TaskRef> tasks,
                         String workUnitName, String organisationName, LocalizedText qualificationName,
                         String diaryNumber,
                         LocalizedText unitDemonstrationText, List<TargetView> targets, String cancelReason,
                         AssessmentView current, AssessmentView draft, List<AssessmentView> history,
                         boolean canEditPlan, boolean canAssess) {
    }

    /** One observation of a requirement (osaamismerkintä). */
    public record ObservationEvidence(LocalDate day, String task, IndependenceLevel level, String note) {
    }

    /** A requirement of the unit with every observation of it in the period, oldest first. */
    public record RequirementEvidence(Long requirementId, LocalizedText area, LocalizedText text,
                                      List<ObservationEvidence> observations) {

        public IndependenceLevel highest() {
            return observations.stream().map(ObservationEvidence::level).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
        }

        public LocalDate first() {
            return observations.isEmpty() ? null : observations.getFirst().day();
        }

        public LocalDate last() {
            return observations.isEmpty() ? null : observations.getLast().day();
        }
    }

    public record DiaryEvidence(LocalDate date, String text, List<String> tasks) {
    }

    public record CardEvidence(String name, LocalDate issuedOn, LocalDate expiresOn) {
    }

    /** The trainee's evidence for the demonstrated unit, and only for it. */
    public record Evidence(List<RequirementEvidence> requirements, List<DiaryEvidence> diary,
                           List<CardEvidence> cards) {

        public long shownIndependently() {
            return requirements.stream().filter(r -> r.highest() == IndependenceLevel.INDEPENDENT).count();
        }
    }
}
