package fi.taitoura.trainee;

import fi.taitoura.base.db.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The trainee's unfinished answers to one form (a self-assessment or the inclusion survey) in a period, kept after
 * every answer so that nothing is lost when the phone sleeps (issue #16); removed when the answers are sent.
 */
@Entity
@Table(name = "own_answer_draft")
class OwnAnswerDraft extends AbstractEntity {

    @Column(name = "period_id", nullable = false, updatable = false)
    private Long periodId;

    @Column(name = "form_key", nullable = false, updatable = false)
    private String formKey;

    @Column(nullable = false)
    private String answers;

    protected OwnAnswerDraft() {
    }

    OwnAnswerDraft(Long periodId, String formKey) {
        this.periodId = periodId;
        this.formKey = formKey;
    }

    Long getPeriodId() {
        return periodId;
    }

    String getFormKey() {
        return formKey;
    }

    String getAnswers() {
        return answers;
    }

    void setAnswers(String answers) {
        this.answers = answers;
    }
}
