package fi.taitoura.inclusion;

import fi.taitoura.base.db.AbstractEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A trainee's answers to the survey's other parts at the start or end of a period (referred to by id). */
@Entity
@Table(name = "inclusion_survey_response")
public class SurveyResponse extends AbstractEntity {

    @Column(name = "period_id", nullable = false, updatable = false)
    private Long periodId;

    @Column(name = "trainee_id", nullable = false, updatable = false)
    private Long traineeId;

    @Column(name = "survey_code", nullable = false)
    private String surveyCode;

    @Column(name = "survey_version", nullable = false)
    private int surveyVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SurveyPhase phase;

    @Column(name = "answered_on", nullable = false)
    private LocalDate answeredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_method", nullable = false)
    private SurveyEntryMethod entryMethod;

    @Column(name = "entered_by", nullable = false)
    private Long enteredBy;

    @OneToMany(mappedBy = "response", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<SurveyAnswer> answers = new ArrayList<>();

    protected SurveyResponse() {
    }

    SurveyResponse(Long periodId, Long traineeId, SurveyPhase phase) {
        this.periodId = periodId;
        this.traineeId = traineeId;
        this.phase = phase;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public Long getTraineeId() {
        return traineeId;
    }

    public String getSurveyCode() {
        return surveyCode;
    }

    public int getSurveyVersion() {
        return surveyVersion;
    }

    void setSurvey(String code, int version) {
        this.surveyCode = code;
        this.surveyVersion = version;
    }

    public SurveyPhase getPhase() {
        return phase;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    void setAnsweredOn(LocalDate answeredOn) {
        this.answeredOn = answeredOn;
    }

    public SurveyEntryMethod getEntryMethod() {
        return entryMethod;
    }

    void setEntryMethod(SurveyEntryMethod entryMethod) {
        this.entryMethod = entryMethod;
    }

    public Long getEnteredBy() {
        return enteredBy;
    }

    void setEnteredBy(Long enteredBy) {
        this.enteredBy = enteredBy;
    }

    List<SurveyAnswer> getAnswers() {
        return answers;
    }
}
