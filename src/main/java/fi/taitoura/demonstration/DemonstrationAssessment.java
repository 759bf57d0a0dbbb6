package fi.taitoura.demonstration;

import fi.taitoura.base.db.AbstractEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The teacher's assessment of a demonstration: a grade per assessment target, the overall grade, who decided, who
 * took part in the assessment discussion, comments, and the reason when not passed. Signed = locked; a correction
 * is a new assessment that refers to the signed one it corrects.
 */
@Entity
@Table(name = "demonstration_assessment")
public class DemonstrationAssessment extends AbstractEntity {

    @Column(name = "demonstration_id", nullable = false, updatable = false)
    private Long demonstrationId;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Column(name = "assessed_on")
    private LocalDate assessedOn;

    @Column(name = "overall_grade")
    private Integer overallGrade;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "discussion")
    private String discussion;

    private String comments;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "corrects_id", updatable = false)
    private Long correctsId;

    @Column(name = "correction_reason")
    private String correctionReason;

    @Column(nullable = false)
    private boolean superseded;

    @Column(name = "assessor_id", nullable = false)
    private Long assessorId;

    @Column(name = "signed_at")
    private Instant signedAt;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<DemonstrationTargetGrade> grades = new ArrayList<>();

    protected DemonstrationAssessment() {
    }

    DemonstrationAssessment(Long demonstrationId, int revision, Long assessorId) {
        this.demonstrationId = demonstrationId;
        this.revision = revision;
        this.assessorId = assessorId;
    }

    public boolean isSigned() {
        return signedAt != null;
    }

    public Long getDemonstrationId() {
        return demonstrationId;
    }

    public int getRevision() {
        return revision;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public Integer getOverallGrade() {
        return overallGrade;
    }

    void setOverallGrade(Integer overallGrade) {
        this.overallGrade = overallGrade;
    }

    /** Codes of koodisto ammatillisennaytonarvioinnistapaattaneet. */
    public Set<String> getDecidedBy() {
        return split(decidedBy);
    }

    void setDecidedBy(Set<String> codes) {
        this.decidedBy = join(codes);
    }

    /** Codes of koodisto ammatillisennaytonarviointikeskusteluunosallistuneet. */
    public Set<String> getDiscussion() {
        return split(discussion);
    }

    void setDiscussion(Set<String> codes) {
        this.discussion = join(codes);
    }

    public String getComments() {
        return comments;
    }

    void setComments(String comments) {
        this.comments = comments;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    void setRejectionReason(String rejectionReason) {
        this.rejectionReason = rejectionReason;
    }

    public Long getCorrectsId() {
        return correctsId;
    }

    void setCorrectsId(Long correctsId) {
        this.correctsId = correctsId;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    void setCorrectionReason(String correctionReason) {
        this.correctionReason = correctionReason;
    }

    public boolean isSuperseded() {
        return superseded;
    }

    void setSuperseded(boolean superseded) {
        this.superseded = superseded;
    }

    public Long getAssessorId() {
        return assessorId;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    void setSignedAt(Instant signedAt) {
        this.signedAt = signedAt;
    }

    public List<DemonstrationTargetGrade> getGrades() {
        return grades;
    }

    private static Set<String> split(String s) {
        return s == null || s.isBlank() ? Set.of()
                : Arrays.stream(s.split(",")).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String join(Set<String> codes) {
        return codes == null || codes.isEmpty() ? null : codes.stream().sorted().collect(Collectors.joining(","));
    }
}
