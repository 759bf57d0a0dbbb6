package fi.taitoura.employment.ui;

import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Formats;
import fi.taitoura.employment.ContractType;
import fi.taitoura.employment.EmploymentRecords.CaseDetail;
import fi.taitoura.employment.EmploymentRecords.JobEndInput;
import fi.taitoura.employment.EmploymentRecords.JobStartInput;
import fi.taitoura.employment.EmploymentRecords.JobView;
import fi.taitoura.employment.EmploymentRecords.Ref;
import fi.taitoura.employment.EmploymentService;
import fi.taitoura.employment.EndedBy;
import fi.taitoura.employment.FoundBy;
import fi.taitoura.employment.PayUnit;
import java.time.LocalDate;
import java.util.List;

/**
 * Form C (job start) and form D (job end) of a client's job. The job start needs only the employer, the title,
 * the start date (today) and the hours a week; the rest has defaults (contract type, how it was found, disclosure
 * as the client agreed). A failed save keeps what was typed.
 */
final class JobDialog {

    private JobDialog() {
    }

    /** The form's bean for a job start. */
    static final class StartBean {
        Ref employer;
        String title = "";
        LocalDate startDate = Time.today();
        Double hours;
        Double pay;
        PayUnit payUnit = PayUnit.HOUR;
        ContractType contractType = ContractType.FIXED_TERM;
        boolean paySubsidy;
        FoundBy foundBy = FoundBy.COACH_CONTACT;
        boolean disclosed;
        LocalDate firstFollowUp;
        String tasks = "";
        String supports = "";
        String notes = "";
    }

    /** Records a job start (job null) or corrects one. */
    static Dialog start(EmploymentService service, TranslationProvider tr, CaseDetail detail, JobView job,
                        Runnable onSaved) {
        Dialog d = Ui.dialog(d0(job == null ? "employment.job.new" : "employment.job.edit"), "job-dialog");
        d.setId("job-dialog");
        var locale = Ui.locale();
        String required = d.getTranslation("validation.required");
        Binder<StartBean> binder = new Binder<>();
        StartBean bean = new StartBean();

        List<Ref> employers = service.employersForCase(detail.id());
        ComboBox<Ref> employer = new ComboBox<>(d.getTranslation("employment.job.employer"));
        employer.setItems(employers);
        employer.setItemLabelGenerator(Ref::name);
        employer.setId("job-employer");
        employer.setHelperText(d.getTranslation("employment.job.employerHelp"));
        TextField title = Ui.line(d.getTranslation("employment.job.title"), "job-title", 200);
        DatePicker start = Formats.datePicker(d.getTranslation("employment.job.startDate"));
        start.setId("job-start");
        NumberField hours = new NumberField(d.getTranslation("employment.job.hours"));
        hours.setId("job-hours");
        hours.setMin(0.5);
        hours.setMax(80);
        hours.setStep(0.5);
        hours.setHelperText(d.getTranslation("employment.job.hoursHelp"));
        NumberField pay = new NumberField(d.getTranslation("employment.job.payAmount"));
        pay.setId("job-pay");
        pay.setMin(0);
        Select<PayUnit> payUnit = Ui.select(d.getTranslation("employment.job.payUnit"), "job-pay-unit",
                PayUnit.values(), tr, locale);
        Select<ContractType> contract = Ui.select(d.getTranslation("employment.job.contractType"), "job-contract",
                ContractType.values(), tr, locale);
        Checkbox subsidy = new Checkbox(d.getTranslation("employment.job.paySubsidy"));
        subsidy.setId("job-subsidy");
        Select<FoundBy> foundBy = Ui.select(d.getTranslation("employment.job.foundBy"), "job-found-by",
                FoundBy.values(), tr, locale);
        Checkbox disclosed = new Checkbox(d.getTranslation("employment.job.disclosed"));
        disclosed.setId("job-disclosed");
        DatePicker followUp = Formats.datePicker(d.getTranslation("employment.job.firstFollowUp"));
        followUp.setId("job-follow-up");
        TextArea tasks = Ui.area(d.getTranslation("employment.job.tasks"), "job-tasks", 4000);
        TextArea supports = Ui.area(d.getTranslation("employment.job.supports"), "job-supports", 4000);
        TextArea notes = Ui.area(d.getTranslation("employment.job.notes"), "job-notes", 4000);

        binder.forField(employer).asRequired(d.getTranslation("employment.error.employer"))
                .bind(b -> b.employer, (b, v) -> b.employer = v);
        binder.forField(title).asRequired(required).bind(b -> b.title, (b, v) -> b.title = v);
        binder.forField(start).asRequired(required).bind(b -> b.startDate, (b, v) -> b.startDate = v);
        binder.forField(hours).asRequired(required)
                .withValidator((v, c) -> v == null || (v > 0 && v <= 80) ? ValidationResult.ok()
                        : ValidationResult.error(d.getTranslation("employment.error.hours")))
                .bind(b -> b.hours, (b, v) -> b.hours = v);
        binder.forField(pay).bind(b -> b.pay, (b, v) -> b.pay = v);
        binder.forField(payUnit).bind(b -> b.payUnit, (b, v) -> b.payUnit = v);
        binder.forField(contract).asRequired(required).bind(b -> b.contractType, (b, v) -> b.contractType = v);
        binder.forField(subsidy).bind(b -> b.paySubsidy, (b, v) -> b.paySubsidy = v);
        binder.forField(foundBy).asRequired(required).bind(b -> b.foundBy, (b, v) -> b.foundBy = v);
        binder.forField(disclosed).bind(b -> b.disclosed, (b, v) -> b.disclosed = v);
        binder.forField(followUp).withValidator((v, c) -> v == null || start.getValue() == null
                        || !v.isBefore(start.getValue()) ? ValidationResult.ok()
                        : ValidationResult.error(d.getTranslation("employment.error.followUpBeforeStart")))
                .bind(b -> b.firstFollowUp, (b, v) -> b.firstFollowUp = v);
        binder.forField(tasks).bind(b -> b.tasks, (b, v) -> b.tasks = v);
        binder.forField(supports).bind(b -> b.supports, (b, v) -> b.supports = v);
        binder.forField(notes).bind(b -> b.notes, (b, v) -> b.notes = v);

        if (job == null) {
            bean.disclosed = Boolean.TRUE.equals(detail.disclosure());
        } else {
            bean.employer = employers.stream().filter(e -> e.id().equals(job.employerId())).findFirst()
                    .orElse(new Ref(job.employerId(), job.employerName()));
            bean.title = job.title();
            bean.startDate = job.startDate();
            bean.hours = job.hoursPerWeek().doubleValue();
            bean.pay = job.payAmount() == null ? null : job.payAmount().doubleValue();
            bean.payUnit = job.payUnit() == null ? PayUnit.HOUR : job.payUnit();
            bean.contractType = job.contractType();
            bean.paySubsidy = job.paySubsidy();
            bean.foundBy = job.foundBy();
            bean.disclosed = job.disclosed();
            bean.firstFollowUp = job.firstFollowUp();
            bean.tasks = nz(job.tasks());
            bean.supports = nz(job.supports());
            bean.notes = nz(job.notes());
        }
        binder.readBean(bean);
        if (detail.disclosure() != null) {
            Paragraph p = new Paragraph(d.getTranslation(detail.disclosure() ? "employment.disclosure.allowed"
                    : "employment.disclosure.notAllowed"));
            p.addClassName(detail.disclosure() ? "disclosure-yes" : "disclosure-no");
            p.setId("job-disclosure-note");
            d.add(p);
        }
        var form = Ui.form(employer, title, start, hours, contract, foundBy, pay, payUnit, subsidy, disclosed,
                followUp);
        form.add(tasks, supports, notes);
        form.setColspan(tasks, 2);
        form.setColspan(supports, 2);
        form.setColspan(notes, 2);
        d.add(form);
        long version = job == null ? -1 : job.version();
        d.getFooter().add(Ui.cancel(d), Ui.primary(d.getTranslation("common.save"), "job-save", () -> {
            if (!binder.writeBeanIfValid(bean)) {
                return;
            }
            JobStartInput in = new JobStartInput(version, bean.employer.id(), bean.title, bean.startDate,
                    Ui.toDecimal(bean.hours), Ui.toDecimal(bean.pay), bean.payUnit, bean.contractType,
                    bean.paySubsidy, bean.foundBy, bean.disclosed, bean.firstFollowUp, bean.tasks, bean.supports,
                    bean.notes);
            Ui.save(d, d, () -> service.saveJobStart(detail.id(), job == null ? null : job.id(), in),
                    saved -> onSaved.run());
        }));
        return d;
    }

    /** The form's bean for a job end. */
    static final class EndBean {
        LocalDate endDate = Time.today();
        EndedBy endedBy;
        String reason = "";
        String learned = "";
        String nextStep = "";
    }

    /** Form D: the job ended (or corrects its end). */
    static Dialog end(EmploymentService service, TranslationProvider tr, CaseDetail detail, JobView job,
                      Runnable onSaved) {
        Dialog d = Ui.dialog(d0("employment.job.end"), "job-end-dialog");
        d.setId("job-end-dialog");
        d.add(new Paragraph(job.title() + ", " + job.employerName() + " · " + Ui.date(job.startDate())));
        Binder<EndBean> binder = new Binder<>();
        EndBean bean = new EndBean();
        DatePicker end = Formats.datePicker(d.getTranslation("employment.job.endDate"));
        end.setId("job-end-date");
        end.setMin(job.startDate());
        Select<EndedBy> endedBy = Ui.select(d.getTranslation("employment.job.endedBy"), "job-ended-by",
                EndedBy.values(), tr, Ui.locale());
        TextArea reason = Ui.area(d.getTranslation("employment.job.endReason"), "job-end-reason", 4000);
        TextArea learned = Ui.area(d.getTranslation("employment.job.learned"), "job-learned", 4000);
        TextArea next = Ui.area(d.getTranslation("employment.job.nextStep"), "job-next-step", 4000);
        String required = d.getTranslation("validation.required");
        binder.forField(end).asRequired(required)
                .withValidator((v, c) -> v == null || !v.isBefore(job.startDate()) ? ValidationResult.ok()
                        : ValidationResult.error(d.getTranslation("employment.error.jobEndBeforeStart")))
                .bind(b -> b.endDate, (b, v) -> b.endDate = v);
        binder.forField(endedBy).asRequired(required).bind(b -> b.endedBy, (b, v) -> b.endedBy = v);
        binder.forField(reason).bind(b -> b.reason, (b, v) -> b.reason = v);
        binder.forField(learned).bind(b -> b.learned, (b, v) -> b.learned = v);
        binder.forField(next).bind(b -> b.nextStep, (b, v) -> b.nextStep = v);
        if (job.ended()) {
            bean.endDate = job.endDate();
            bean.endedBy = job.endedBy();
            bean.reason = nz(job.endReason());
            bean.learned = nz(job.learned());
            bean.nextStep = nz(job.nextStep());
        }
        binder.readBean(bean);
        var form = Ui.form(end, endedBy, reason, learned, next);
        form.setColspan(reason, 2);
        form.setColspan(learned, 2);
        form.setColspan(next, 2);
        d.add(form);
        d.getFooter().add(Ui.cancel(d), Ui.primary(d.getTranslation("common.save"), "job-end-save", () -> {
            if (!binder.writeBeanIfValid(bean)) {
                return;
            }
            JobEndInput in = new JobEndInput(job.version(), bean.endDate, bean.endedBy, bean.reason, bean.learned,
                    bean.nextStep);
            Ui.save(d, d, () -> service.endJob(detail.id(), job.id(), in), saved -> onSaved.run());
        }));
        return d;
    }

    private static String d0(String key) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
