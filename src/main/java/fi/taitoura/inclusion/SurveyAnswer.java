package fi.taitoura.inclusion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One answer: an option's value or a free text. */
@Entity
@Table(name = "inclusion_survey_answer")
class SurveyAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "response_id", nullable = false)
    private SurveyResponse response;

    @Column(name = "question_key", nullable = false)
    private String questionKey;

    @Column(name = "option_value")
    private Integer optionValue;

    @Column(name = "text_value")
    private String textValue;

    protected SurveyAnswer() {
    }

    SurveyAnswer(SurveyResponse response, String questionKey, Integer optionValue, String textValue) {
        this.response = response;
        this.questionKey = questionKey;
        this.optionValue = optionValue;
        this.textValue = textValue;
    }

    void set(Integer optionValue, String textValue) {
        this.optionValue = optionValue;
        this.textValue = textValue;
    }

    String getQuestionKey() {
        return questionKey;
    }

    Integer getOptionValue() {
        return optionValue;
    }

    String getTextValue() {
        return textValue;
    }
}
