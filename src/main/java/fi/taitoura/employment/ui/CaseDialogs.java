package fi.taitoura.employment.ui;

import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
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
import fi.taitoura.employment.BenefitTopic;
import fi.taitoura.employment.CaseVariant;
import fi.taitoura.employment.EducationOutcome;
import fi.taitoura.employment.EmploymentRecords.CaseBasics;
import fi.taitoura.employment.EmploymentRecords.CaseDetail;
import fi.taitoura.employment.EmploymentRecords.EducationInput;
import fi.taitoura.employment.EmploymentRecords.EducationView;
import fi.taitoura.employment.EmploymentRecords.EventInput;
import fi.taitoura.employment.EmploymentRecords.EventView;
import fi.taitoura.employment.EmploymentRecords.Ref;
import fi.taitoura.employment.EmploymentRecords.SchoolInfo;
import fi.taitoura.employment.EmploymentRecords.StudyUnitInput;
import fi.taitoura.employment.EmploymentRecords.StudyUnitView;
import fi.taitoura.employment.EmploymentRecords.WorkHistoryInput;
import fi.taitoura.employment.EmploymentRecords.WorkHistoryView;
import fi.taitoura.employment.EmploymentService;
import fi.taitoura.employment.EventKind;
import fi.taitoura.employment.Outcome;
import fi.taitoura.employment.Phase;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** The smaller dialogs of a case: an event, the phase, education, a study unit, work history, the basics. */
final class CaseDialogs {

    private CaseDialogs() {
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The form's bean for an event. */
    static final class EventBean {
        LocalDate date = Time.today();
        EventKind kind = EventKind.MEETING;
        Outcome status;
        Set<BenefitTopic> topics = EnumSet.noneOf(BenefitTopic.class);
        String note = "";
    }

    /** An event: a meeting, benefits counselling (with topics), a follow-up after closure (with the status). */
    static Dialog event(EmploymentService service, TranslationProvider tr, CaseDetail detail, EventView existing,
                        EventKind preset, Runnable onSaved) {
        Dialog d = Ui.dialog(com.vaadin.flow.component.UI.getCurrent().getTranslation("employment.event.new"),
                "event-dialog");
        d.setId("event-dialog");
        var locale = Ui.locale();
        Binder<EventBean> binder = new Binder<>();
        EventBean bean = new EventBean();
        DatePicker date = Formats.datePicker(d.getTranslation("employment.event.date"));
        date.setMax(Time.today());
        date.setMin(detail.row().referredOn());
        date.setId("event-date");
        Select<EventKind> kind = Ui.select(d.getTranslation("employment.event.kind"), "event-kind",
                detail.open() ? EventKind.values() : new EventKind[] {EventKind.FOLLOW_UP}, tr, locale);
        Select<Outcome> status = Ui.select(d.getTranslation("employment.event.status"), "event-status",
                Outcome.values(), tr, locale);
        CheckboxGroup<BenefitTopic> topics = new CheckboxGroup<>(d.getTranslation("employment.event.topics"));
        topics.setItems(BenefitTopic.values());
        topics.setItemLabelGenerator(t -> tr.enumLabel(t, locale));
        topics.setId("event-topics");
        topics.addClassName("parties-group");
        TextArea note = Ui.area(d.getTranslation("employment.event.note"), "event-note", 4000);
        String required = d.getTranslation("validation.required");
        binder.forField(date).asRequired(required).bind(b -> b.date, (b, v) -> b.date = v);
        binder.forField(kind).asRequired(required).bind(b -> b.kind, (b, v) -> b.kind = v);
        binder.forField(status).withValidator((v, c) -> kind.getValue() != EventKind.FOLLOW_UP || v != null
                        ? ValidationResult.ok() : ValidationResult.error(d.getTranslation(
                                "employment.error.followUpStatus")))
                .bind(b -> b.status, (b, v) -> b.status = v);
        binder.forField(topics).withValidator((v, c) -> kind.getValue() != EventKind.BENEFITS_COUNSELLING
                        || !v.isEmpty() ? ValidationResult.ok() : ValidationResult.error(d.getTranslation(
                                "employment.error.benefitTopics")))
                .bind(b -> b.topics, (b, v) -> b.topics = v.isEmpty() ? EnumSet.noneOf(BenefitTopic.class)
                        : EnumSet.copyOf(v));
        binder.forField(note).bind(b -> b.note, (b, v) -> b.note = v);
        Runnable toggle = () -> {
            status.setVisible(kind.getValue() == EventKind.FOLLOW_UP);
            topics.setVisible(kind.getValue() == EventKind.BENEFITS_COUNSELLING);
        };
        kind.addValueChangeListener(e -> toggle.run());
        if (existing != null) {
            bean.date = existing.date();
            bean.kind = existing.kind();
            bean.status = existing.status();
            bean.topics = existing.topics().isEmpty() ? EnumSet.noneOf(BenefitTopic.class)
                    : EnumSet.copyOf(existing.topics());
            bean.note = nz(existing.note());
        } else if (preset != null) {
            bean.kind = preset;
        } else if (!detail.open()) {
            bean.kind = EventKind.FOLLOW_UP;
        }
        binder.readBean(bean);
        toggle.run();
        var form = Ui.form(date, kind, status, topics, note);
        form.setColspan(topics, 2);
        form.setColspan(note, 2);
        d.add(form);
        d.getFooter().add(Ui.cancel(d), Ui.primary(d.getTranslation("common.save"), "event-save", () -> {
            if (!binder.writeBeanIfValid(bean)) {
                return;
            }
            EventInput in = new EventInput(existing == null ? -1 : existing.version(), bean.date, bean.kind,
                    bean.status, bean.note, bean.topics);
            Ui.save(d, d, () -> service.saveEvent(detail.id(), existing == null ? null : existing.id(), in),
                    saved -> onSaved.run());
        }));
        return d;
    }

    /** Moves the case to a phase, dated. */
    static Dialog phase(EmploymentService service, TranslationProvider tr, CaseDetail detail, Runnable onSaved) {
        Dialog d = Ui.dialog(com.vaadin.flow.component.UI.getCurrent().getTranslation("employment.phase.change"),
                "phase-dialog");
        d.setId("phase-dialog");
        RadioButtonGroup<Phase> phase = new RadioButtonGroup<>(d.getTranslation("employment.field.phase"));
        phase.setItems(Phase.values());
        phase.setItemLabelGenerator(p -> p.number() + " " + tr.enumLabel(p, Ui.locale()));
        phase.setValue(detail.row().phase());
        phase.setId("phase-select");
        phase.addClassName("phase-radios");
        DatePicker on = Formats.datePicker(d.getTranslation("employment.phase.date"));
        on.setValue(Time.today());
        on.setMax(Time.today());
        on.setMin(detail.row().referredOn());
        on.setId("phase-date");
        d.add(new Paragraph(d.getTranslation("employment.phase.help")), phase, on);
        d.getFooter().add(Ui.cancel(d), Ui.primary(d.getTranslation("common.save"), "phase-save", () -> {
            if (phase.getValue() == null || on.getValue() == null) {
                on.setInvalid(on.getValue() == null);
                on.setErrorMessage(d.getTranslation("validation.required"));
                return;
            }
            Ui.save(d, d, () -> {
                service.changePhase(detail.id(), detail.version(), phase.getValue(), on.getValue());
                return null;
            }, x -> onSaved.run());
        }));
        return d;
    }

    /** A transition to education. */
    static Dialog education(EmploymentService service, TranslationProvider tr, CaseDetail detail,
                            EducationView existing, Runnable onSaved) {
        Dialog d = Ui.dialog(com.vaadin.flow.component.UI.getCurrent().getTranslation("employment.education.new"),
                "education-dialog");
        d.setId("education-dialog");
        TextField programme = Ui.line(d.getTranslation("employment.education.programme"), "education-programme",
                300);
        TextField institution = Ui.line(d.getTranslation("employment.education.institution"),
                "education-institution", 200);
        DatePicker start = Formats.datePicker(d.getTranslation("employment.education.startDate"));
        start.setId("education-start");
        DatePicker end = Formats.datePicker(d.getTranslation("employment.education.endDate"));
        end.setId("education-end");
        Select<EducationOutcome> outcome = Ui.select(d.getTranslation("employment.education.outcome"),
                "education-outcome", EducationOutcome.values(), tr, Ui.locale());
        TextArea note = Ui.area(d.getTranslation("employment.education.note"), "education-note", 4000);
        String required = d.getTranslation("validation.required");
        if (existing != null) {
            programme.setValue(existing.programme());
            institution.setValue(nz(existing.institution()));
            start.setValue(existing.startDate());
            end.setValue(existing.endDate());
            outcome.setValue(existing.outcome());
            note.setValue(nz(existing.note()));
        } else {
            outcome.setValue(EducationOutcome.ONGOING);
        }
        var form = Ui.form(programme, institution, start, end, outcome, note);
        form.setColspan(note, 2);
        d.add(form);
        d.getFooter().add(Ui.cancel(d), Ui.primary(d.getTranslation("common.save"), "education-save", () -> {
            boolean ok = requireValue(programme, programme.getValue().isBlank(), required)
                    & requireValue(start, start.getValue() == null, required);
            if (!ok) {
                return;
            }
            EducationInput in = new EducationInput(existing == null ? -1 : existing.version(),
                    institution.getValue(), programme.getValue(), start.getValue(), end.getValue(),
                    outcome.getValue(), note.getValue());
            Ui.save(d, d, () -> service.saveEducation(detail.id(), existing == null ? null : existing.id(), in),
                    x -> onSaved.run());
        }));
        return d;
    }

    /** School variant: a qualification unit the student studies; a new one restarts the process. */
    static Dialog studyUnit(EmploymentService service, CaseDetail detail, StudyUnitView existing, Runnable onSaved) {
        Dialog d = Ui.dialog(com.vaadin.flow.component.UI.getCurrent().getTranslation("employment.studyUnit.new"),
                "study-unit-dialog");
        d.setId("study-unit-dialog");
        if (existing == null) {
            d.add(new Paragraph(d.getTranslation("employment.studyUnit.restartHelp")));
        }
        TextField code = Ui.line(d.getTranslation("employment.studyUnit.code"), "study-unit-code", 20);
        TextField name = Ui.line(d.getTranslation("employment.studyUnit.name"), "study-unit-name", 300);
        DatePicker start = Formats.datePicker(d.getTranslation("employment.studyUnit.startedOn"));
        start.setId("study-unit-start");
        DatePicker end = Formats.datePicker(d.getTranslation("employment.studyUnit.completedOn"));
        end.setId("study-unit-end");
        TextArea strengths = Ui.area(d.getTranslation("employment.studyUnit.strengths"), "study-unit-strengths",
                4000);
        TextArea learning = Ui.area(d.getTranslation("employment.studyUnit.workplaceLearning"),
                "study-unit-learning", 4000);
        TextArea support = Ui.area(d.getTranslation("employment.studyUnit.supportNeeds"), "study-unit-support",
                4000);
        if (existing != null) {
            code.setValue(nz(existing.unitCode()));
            name.setValue(existing.unitName());
            start.setValue(existing.startedOn());
            end.setValue(existing.completedOn());
            strengths.setValue(nz(existing.strengths()));
            learning.setValue(nz(existing.workplaceLearning()));
            support.setValue(nz(existing.supportNeeds()));
        } else {
            start.setValue(Time.today());
        }
        var form = Ui.form(code, name, start, end, strengths, learning, support);
        form.setColspan(strengths, 2);
        form.setColspan(learning, 2);
        form.setColspan(support, 2);
        d.add(form);
        String required = d.getTranslation("validation.required");
        d.getFooter().add(Ui.cancel(d), Ui.primary(d.getTranslation("common.save"), "study-unit-save", () -> {
            boolean ok = requireValue(name, name.getValue().isBlank(), required)
                    & requireValue(start, start.getValue() == null, required);
            if (!ok) {
                return;
            }
            StudyUnitInput in = new StudyUnitInput(existing == null ? -1 : existing.version(), code.getValue(),
                    name.getValue(), start.getValue(), end.getValue(), strengths.getValue(), learning.getValue(),
                    support.getValue());
            Ui.save(d, d, () -> service.saveStudyUnit(detail.id(), existing == null ? null : existing.id(), in),
                    x -> onSaved.run());
        }));
        return d;
    }

    /** A row of the profile's work history. */
    static Dialog workHistory(EmploymentService service, CaseDetail detail, WorkHistoryView existing,
                              Runnable onSaved) {
        Dialog d = Ui.dialog(com.vaadin.flow.component.UI.getCurrent().getTranslation("employment.workHistory.new"),
                "work-history-dialog");
        d.setId("work-history-dialog");
        TextField employer = Ui.line(d.getTranslation("employment.workHistory.employer"), "history-employer", 200);
        TextField title = Ui.line(d.getTranslation("employment.workHistory.jobTitle"), "history-title", 200);
        TextField period = Ui.line(d.getTranslation("employment.workHistory.period"), "history-period", 100);
        TextArea tasks = Ui.area(d.getTranslation("employment.workHistory.tasks"), "history-tasks", 4000);
        TextArea liked = Ui.area(d.getTranslation("employment.workHistory.liked"), "history-liked", 4000);
        TextArea disliked = Ui.area(d.getTranslation("employment.workHistory.disliked"), "history-disliked", 4000);
        TextArea leaving = Ui.area(d.getTranslation("employment.workHistory.leavingReason"), "history-leaving", 4000);
        if (existing != null) {
            employer.setValue(existing.employerName());
            title.setValue(nz(existing.title()));
            period.setValue(nz(existing.periodText()));
            tasks.setValue(nz(existing.tasks()));
            liked.setValue(nz(existing.liked()));
            disliked.setValue(nz(existing.disliked()));
            leaving.setValue(nz(existing.leavingReason()));
        }
        var form = Ui.form(employer, title, period, tasks, liked, disliked, leaving);
        for (var a : new TextArea[] {tasks, liked, disliked, leaving}) {
            form.setColspan(a, 2);
        }
        d.add(form);
        String required = d.getTranslation("validation.required");
        d.getFooter().add(Ui.cancel(d), Ui.primary(d.getTranslation("common.save"), "history-save", () -> {
            if (!requireValue(employer, employer.getValue().isBlank(), required)) {
                return;
            }
            WorkHistoryInput in = new WorkHistoryInput(existing == null ? -1 : existing.version(), employer.getValue(),
                    title.getValue(), period.getValue(), tasks.getValue(), liked.getValue(), disliked.getValue(),
                    leaving.getValue());
            Ui.save(d, d, () -> service.saveWorkHistory(detail.id(), existing == null ? null : existing.id(), in),
                    x -> onSaved.run());
        }));
        return d;
    }

    /** The case's basics: coach, variant, referral date, the school variant's details. */
    static Dialog basics(EmploymentService service, TranslationProvider tr, CaseDetail detail, Runnable onSaved) {
        Dialog d = Ui.dialog(com.vaadin.flow.component.UI.getCurrent().getTranslation("employment.basics.edit"),
                "basics-dialog");
        d.setId("basics-dialog");
        ComboBox<Ref> coach = new ComboBox<>(d.getTranslation("employment.field.coach"));
        var coaches = service.teamCoaches(detail.row().teamId());
        coach.setItems(coaches);
        coach.setItemLabelGenerator(Ref::name);
        coach.setClearButtonVisible(true);
        coach.setId("basics-coach");
        coaches.stream().filter(c -> c.id().equals(detail.row().coachId())).findFirst().ifPresent(coach::setValue);
        Select<CaseVariant> variant = Ui.select(d.getTranslation("employment.field.variant"), "basics-variant",
                CaseVariant.values(), tr, Ui.locale());
        variant.setValue(detail.row().variant());
        DatePicker referred = Formats.datePicker(d.getTranslation("employment.field.referredOn"));
        referred.setValue(detail.row().referredOn());
        referred.setMax(Time.today());
        referred.setId("basics-referred-on");
        SchoolInfo s = detail.school();
        TextField school = Ui.line(d.getTranslation("employment.school.school"), "basics-school", 200);
        school.setValue(nz(s.schoolName()));
        TextField qualification = Ui.line(d.getTranslation("employment.school.qualification"),
                "basics-qualification", 300);
        qualification.setValue(nz(s.qualificationName()));
        TextField teacher = Ui.line(d.getTranslation("employment.school.teacher"), "basics-teacher", 200);
        teacher.setValue(nz(s.teacherName()));
        TextField teacherContact = Ui.line(d.getTranslation("employment.school.teacherContact"),
                "basics-teacher-contact", 200);
        teacherContact.setValue(nz(s.teacherContact()));
        Runnable toggle = () -> {
            boolean student = variant.getValue() == CaseVariant.STUDENT;
            school.setVisible(student);
            qualification.setVisible(student);
            teacher.setVisible(student);
            teacherContact.setVisible(student);
        };
        variant.addValueChangeListener(e -> toggle.run());
        toggle.run();
        d.add(Ui.form(coach, variant, referred, school, qualification, teacher, teacherContact));
        d.getFooter().add(Ui.cancel(d), Ui.primary(d.getTranslation("common.save"), "basics-save", () -> {
            String required = d.getTranslation("validation.required");
            boolean student = variant.getValue() == CaseVariant.STUDENT;
            boolean ok = requireValue(referred, referred.getValue() == null, required)
                    & requireValue(school, student && school.getValue().isBlank(), required)
                    & requireValue(teacher, student && teacher.getValue().isBlank(), required);
            if (!ok) {
                return;
            }
            CaseBasics in = new CaseBasics(detail.version(), coach.getValue() == null ? null : coach.getValue().id(),
                    variant.getValue(), referred.getValue(), new SchoolInfo(school.getValue(),
                    qualification.getValue(), teacher.getValue(), teacherContact.getValue()));
            Ui.save(d, d, () -> {
                service.saveBasics(detail.id(), in);
                return null;
            }, x -> onSaved.run());
        }));
        return d;
    }

    /** Marks a field invalid with the message when {@code missing}; returns true when it is fine. */
    static boolean requireValue(com.vaadin.flow.component.HasValidation field, boolean missing, String message) {
        field.setInvalid(missing);
        field.setErrorMessage(missing ? message : null);
        return !missing;
    }
}
