package fi.taitoura.employment;

import static fi.taitoura.employment.FormField.line;
import static fi.taitoura.employment.FormField.requiredText;
import static fi.taitoura.employment.FormField.text;

import java.util.List;
import java.util.Optional;

/**
 * The form set of quality-criteria-based supported employment (seed 001) and the free-text fields of each: the
 * working proposal of DOMAIN.md until the customer's own forms arrive. To change a form, change its list here and
 * the translations ({@code employment.form.<KIND>.<key>}); typed parts (dates, consents, the job, the outcome)
 * are columns and handled by {@link EmploymentService}. Plans are versioned: each save is a new revision.
 */
public enum FormKind {
    /** Lähete: referrer and organisation, reason and goal, current services, known limitations and health contacts. */
    REFERRAL(false, List.of(line("REFERRER_NAME"), line("REFERRER_ORGANISATION"), line("REFERRER_CONTACT"),
            requiredText("REASON"), text("GOAL"), text("CURRENT_SERVICES"), text("LIMITATIONS"),
            text("HEALTH_CONTACTS"))),
    /** Yhteistyösopimus: goal, parties, consents (parties to contact; disclosure to employers), meeting rhythm. */
    AGREEMENT(false, List.of(requiredText("GOAL"), text("PARTIES"), text("OTHER_CONTACTS"), line("MEETING_RHYTHM"),
            text("NOTES"))),
    /** A Ammatillinen profiili; the work history is kept as rows of its own. */
    PROFILE(false, List.of(text("EDUCATION"), text("CARDS"), text("STRENGTHS"), text("INTERESTS"),
            text("PREFERRED_FIELD"), line("PREFERRED_HOURS"), text("PREFERRED_PLACE"), text("TRANSPORT"),
            text("HEALTH_FACTORS"), text("BENEFITS"), text("DISCLOSURE_PREFERENCE"), text("SUPPORT_NETWORK"),
            text("GOALS"))),
    /** Työnhakusuunnitelma (criterion 16). */
    JOB_SEARCH_PLAN(true, List.of(requiredText("TARGET_JOBS"), text("EMPLOYERS"), text("CLIENT_TASKS"),
            text("COACH_TASKS"), text("DISCLOSURE"), text("SUPPORT"), text("SCHEDULE"))),
    /** Suunnitelma työsuhteen aikaisesta tuesta (criterion 22), for one job. */
    SUPPORT_PLAN(true, List.of(requiredText("ON_THE_JOB"), text("OFF_THE_JOB"), line("FREQUENCY"),
            text("EMPLOYER_CONTACTS"), text("FADING"), text("IN_PROBLEMS"))),
    /** Opintoihin liittyvä suunnitelma (when applying to studies and during them). */
    STUDY_PLAN(true, List.of(requiredText("GOAL"), text("STUDIES"), text("SUPPORT_NEEDS"),
            text("WORKPLACE_LEARNING"), text("CLIENT_TASKS"), text("COACH_TASKS"), text("CONTACTS"))),
    /** E Työhönvalmennuksen jälkeen: status at closure and later support; follow-ups are events of the case. */
    CLOSURE(false, List.of(text("STATUS"), text("LATER_SUPPORT"), text("NOTES")));

    private final boolean versioned;
    private final List<FormField> fields;

    FormKind(boolean versioned, List<FormField> fields) {
        this.versioned = versioned;
        this.fields = fields;
    }

    /** True for plans: each save adds a revision and earlier revisions are kept. */
    public boolean versioned() {
        return versioned;
    }

    public List<FormField> fields() {
        return fields;
    }

    public Optional<FormField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** Plans have a review date. */
    public boolean hasReviewDate() {
        return versioned || this == AGREEMENT;
    }
}
