package fi.taitoura.employment.ui;

import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Formats;
import fi.taitoura.employment.ClosureReason;
import fi.taitoura.employment.ContactParty;
import fi.taitoura.employment.EmploymentRecords.CaseDetail;
import fi.taitoura.employment.EmploymentRecords.FormInput;
import fi.taitoura.employment.EmploymentRecords.FormView;
import fi.taitoura.employment.EmploymentRecords.JobView;
import fi.taitoura.employment.EmploymentService;
import fi.taitoura.employment.FormField;
import fi.taitoura.employment.FormKind;
import fi.taitoura.employment.Outcome;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Fills in or edits one form of a case, built from the form's declarative field list ({@link FormKind}) plus its
 * typed parts: the date, a review date for plans and the agreement, the consent (referral), disclosure and the
 * parties that may be contacted (agreement), the job (support plan), the outcome (closure). A plan is saved as a
 * new revision prefilled from the latest one. A failed save (a rule, someone else's newer save) keeps the dialog
 * open with everything typed.
 */
class FormDialog extends Dialog {

    /** The form's bean. */
    static final class Bean {
        LocalDate date = Time.today();
        LocalDate reviewOn;
        JobView job;
        boolean consent;
        Boolean disclosure;
        Set<ContactParty> parties = EnumSet.noneOf(ContactParty.class);
        Outcome outcome;
        ClosureReason reason;
        final Map<String, String> texts = new HashMap<>();
    }

    private final Binder<Bean> binder = new Binder<>();
    private final Bean bean = new Bean();

    /**
     * @param current the form as it is now (the latest revision of a plan), or null for the first one
     * @param jobId   for a support plan: the job it is for
     */
    FormDialog(EmploymentService service, TranslationProvider translations, CaseDetail detail, FormKind kind,
               FormView current, Long jobId, Runnable onSaved) {
        String prefix = "employment.form." + kind + ".";
        setHeaderTitle(getTranslation(prefix + "title"));
        addClassName("employment-dialog");
        addClassName("form-dialog");
        setWidth("min(50rem, 100vw)");
        setId("form-dialog");
        String required = getTranslation("validation.required");
        if (kind.versioned()) {
            add(new Paragraph(getTranslation(current == null ? "employment.form.firstRevision"
                    : "employment.form.newRevision", current == null ? 1 : current.revision() + 1)));
        }

        DatePicker date = Formats.datePicker(getTranslation(prefix + "date"));
        date.setMax(Time.today());
        date.setId("form-date");
        binder.forField(date).asRequired(required).bind(b -> b.date, (b, v) -> b.date = v);
        var head = Ui.form(date);

        if (kind.hasReviewDate()) {
            DatePicker review = Formats.datePicker(getTranslation("employment.form.reviewOn"));
            review.setId("form-review-on");
            binder.forField(review).withValidator((v, c) -> v == null || date.getValue() == null
                            || !v.isBefore(date.getValue()) ? ValidationResult.ok()
                            : ValidationResult.error(getTranslation("employment.error.reviewBeforeDate")))
                    .bind(b -> b.reviewOn, (b, v) -> b.reviewOn = v);
            head.add(review);
        }
        if (kind == FormKind.SUPPORT_PLAN) {
            Select<JobView> job = new Select<>();
            job.setLabel(getTranslation("employment.form.SUPPORT_PLAN.job"));
            job.setItems(detail.jobs());
            job.setItemLabelGenerator(j -> j.title() + ", " + j.employerName() + " (" + Ui.date(j.startDate()) + ")");
            job.setId("form-job");
            binder.forField(job).asRequired(required).bind(b -> b.job, (b, v) -> b.job = v);
            head.add(job);
            bean.job = detail.jobs().stream().filter(j -> j.id().equals(jobId)).findFirst().orElse(null);
        }
        if (kind == FormKind.REFERRAL) {
            Checkbox consent = new Checkbox(getTranslation("employment.form.REFERRAL.consent"));
            consent.setId("form-consent");
            binder.forField(consent).bind(b -> b.consent, (b, v) -> b.consent = v);
            head.add(consent);
            head.setColspan(consent, 2);
        }
        if (kind == FormKind.AGREEMENT) {
            RadioButtonGroup<Boolean> disclosure = new RadioButtonGroup<>(
                    getTranslation("employment.form.AGREEMENT.disclosure"));
            disclosure.setItems(true, false);
            disclosure.setItemLabelGenerator(b -> getTranslation(b ? "employment.disclosure.yes"
                    : "employment.disclosure.no"));
            disclosure.setId("form-disclosure");
            binder.forField(disclosure).asRequired(getTranslation("employment.error.disclosure"))
                    .bind(b -> b.disclosure, (b, v) -> b.disclosure = v);
            CheckboxGroup<ContactParty> parties = new CheckboxGroup<>(
                    getTranslation("employment.form.AGREEMENT.parties"));
            parties.setItems(ContactParty.values());
            parties.setItemLabelGenerator(p -> translations.enumLabel(p, getLocale()));
            parties.setId("form-parties");
            parties.addClassName("parties-group");
            binder.forField(parties).bind(b -> b.parties, (b, v) -> b.parties = v.isEmpty()
                    ? EnumSet.noneOf(ContactParty.class) : EnumSet.copyOf(v));
            head.add(disclosure, parties);
            head.setColspan(disclosure, 2);
            head.setColspan(parties, 2);
        }
        if (kind == FormKind.CLOSURE) {
            Select<Outcome> outcome = Ui.select(getTranslation("employment.closure.outcome"), "form-outcome",
                    Outcome.values(), translations, getLocale());
            binder.forField(outcome).asRequired(getTranslation("employment.error.outcome"))
                    .bind(b -> b.outcome, (b, v) -> b.outcome = v);
            Select<ClosureReason> reason = Ui.select(getTranslation("employment.closure.reason"), "form-reason",
                    ClosureReason.values(), translations, getLocale());
            reason.setEmptySelectionAllowed(true);
            binder.forField(reason).bind(b -> b.reason, (b, v) -> b.reason = v);
            head.add(outcome, reason);
        }
        add(head);

        var texts = Ui.form();
        for (FormField f : kind.fields()) {
            String label = getTranslation(prefix + f.key());
            String id = "form-" + f.key().toLowerCase().replace('_', '-');
            HasValue<?, String> field;
            if (f.multiline()) {
                TextArea a = Ui.area(label, id, f.maxLength());
                texts.add(a);
                texts.setColspan(a, 2);
                field = a;
            } else {
                TextField t = Ui.line(label, id, f.maxLength());
                texts.add(t);
                field = t;
            }
            var binding = binder.forField(field);
            if (f.required()) {
                binding = binding.asRequired(required);
            }
            binding.bind(b -> b.texts.getOrDefault(f.key(), ""), (b, v) -> b.texts.put(f.key(), v));
        }
        add(texts);

        if (current != null) {
            bean.date = kind.versioned() ? Time.today() : current.formDate();
            bean.reviewOn = current.reviewOn() != null && !current.reviewOn().isBefore(bean.date)
                    ? current.reviewOn() : null;
            bean.consent = Boolean.TRUE.equals(current.consent());
            bean.disclosure = current.disclosure();
            bean.parties = current.parties().isEmpty() ? EnumSet.noneOf(ContactParty.class)
                    : EnumSet.copyOf(current.parties());
            bean.outcome = current.outcome();
            bean.reason = current.closureReason();
            bean.texts.putAll(current.texts());
            if (kind == FormKind.SUPPORT_PLAN && bean.job == null) {
                bean.job = detail.jobs().stream().filter(j -> j.id().equals(current.jobId())).findFirst()
                        .orElse(null);
            }
        } else if (kind == FormKind.REFERRAL) {
            bean.date = detail.row().referredOn();
        }
        binder.readBean(bean);

        // what the user started from: the form's version, or for a plan the revision it builds on
        long version = kind.versioned() ? (current == null ? 0 : current.revision())
                : (current == null ? -1 : current.version());
        getFooter().add(Ui.cancel(this), Ui.primary(getTranslation(kind.versioned() ? "employment.form.saveRevision"
                : "common.save"), "form-save", () -> {
            if (!binder.writeBeanIfValid(bean)) {
                return;
            }
            FormInput input = new FormInput(version, bean.date, bean.reviewOn, bean.job == null ? null : bean.job.id(),
                    bean.consent, bean.disclosure, bean.parties, Map.copyOf(bean.texts), bean.outcome, bean.reason);
            Ui.save(this, this, () -> service.saveForm(detail.id(), kind, input), saved -> onSaved.run());
        }));
    }
}
