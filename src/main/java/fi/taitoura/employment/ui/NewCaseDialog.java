package fi.taitoura.employment.ui;

import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Formats;
import fi.taitoura.employment.CaseVariant;
import fi.taitoura.employment.EmploymentRecords.FormInput;
import fi.taitoura.employment.EmploymentRecords.NewCase;
import fi.taitoura.employment.EmploymentRecords.NewClient;
import fi.taitoura.employment.EmploymentRecords.Ref;
import fi.taitoura.employment.EmploymentRecords.SchoolInfo;
import fi.taitoura.employment.EmploymentService;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A new client straight from a referrer: the client's basic details, the team and coach, the school variant's
 * details, and the referral (Lähete). Validation next to each field; a failed save keeps what was typed.
 */
class NewCaseDialog extends Dialog {

    /** The form's bean. */
    static final class Bean {
        Ref team;
        Ref coach;
        CaseVariant variant = CaseVariant.ADULT;
        LocalDate referredOn = Time.today();
        String firstName = "";
        String lastName = "";
        LocalDate dateOfBirth;
        String personalId = "";
        String phone = "";
        String email = "";
        String schoolName = "";
        String qualification = "";
        String teacherName = "";
        String teacherContact = "";
        String referrerName = "";
        String referrerOrganisation = "";
        String referrerContact = "";
        String reason = "";
        String goal = "";
        boolean consent;
    }

    private final Binder<Bean> binder = new Binder<>();
    private final Bean bean = new Bean();

    NewCaseDialog(EmploymentService service, TranslationProvider translations, Long me, Consumer<Long> onCreated) {
        setHeaderTitle(getTranslation("employment.newCase"));
        addClassName("employment-dialog");
        setWidth("min(46rem, 100vw)");
        String required = getTranslation("validation.required");

        List<Ref> teams = service.myTeams();
        ComboBox<Ref> team = new ComboBox<>(getTranslation("employment.field.team"));
        team.setItems(teams);
        team.setItemLabelGenerator(Ref::name);
        team.setId("new-case-team");
        ComboBox<Ref> coach = new ComboBox<>(getTranslation("employment.field.coach"));
        coach.setItemLabelGenerator(Ref::name);
        coach.setClearButtonVisible(true);
        coach.setId("new-case-coach");
        team.addValueChangeListener(e -> {
            coach.setItems(e.getValue() == null ? List.of() : service.teamCoaches(e.getValue().id()));
        });
        RadioButtonGroup<CaseVariant> variant = new RadioButtonGroup<>(getTranslation("employment.field.variant"));
        variant.setItems(CaseVariant.values());
        variant.setItemLabelGenerator(v -> translations.enumLabel(v, getLocale()));
        variant.setId("new-case-variant");
        DatePicker referredOn = Formats.datePicker(getTranslation("employment.field.referredOn"));
        referredOn.setMax(Time.today());
        referredOn.setId("new-case-referred-on");

        TextField first = Ui.line(getTranslation("employment.client.firstName"), "new-case-first-name", 100);
        TextField last = Ui.line(getTranslation("employment.client.lastName"), "new-case-last-name", 100);
        DatePicker born = Formats.datePicker(getTranslation("employment.client.dateOfBirth"));
        born.setId("new-case-born");
        born.setMax(Time.today());
        born.setInitialPosition(Time.today().minusYears(30).withDayOfYear(1));
        TextField personalId = Ui.line(getTranslation("employment.client.personalId"), "new-case-personal-id", 11);
        personalId.setHelperText(getTranslation("employment.client.personalIdHelp"));
        TextField phone = Ui.line(getTranslation("employment.client.phone"), "new-case-phone", 40);
        TextField email = Ui.line(getTranslation("employment.client.email"), "new-case-email", 200);

        TextField school = Ui.line(getTranslation("employment.school.school"), "new-case-school", 200);
        TextField qualification = Ui.line(getTranslation("employment.school.qualification"), "new-case-qualification",
                300);
        TextField teacher = Ui.line(getTranslation("employment.school.teacher"), "new-case-teacher", 200);
        TextField teacherContact = Ui.line(getTranslation("employment.school.teacherContact"),
                "new-case-teacher-contact", 200);

        TextField referrer = Ui.line(getTranslation("employment.form.REFERRAL.REFERRER_NAME"), "new-case-referrer",
                200);
        TextField referrerOrg = Ui.line(getTranslation("employment.form.REFERRAL.REFERRER_ORGANISATION"),
                "new-case-referrer-org", 200);
        TextField referrerContact = Ui.line(getTranslation("employment.form.REFERRAL.REFERRER_CONTACT"),
                "new-case-referrer-contact", 200);
        TextArea reason = Ui.area(getTranslation("employment.form.REFERRAL.REASON"), "new-case-reason", 4000);
        TextArea goal = Ui.area(getTranslation("employment.form.REFERRAL.GOAL"), "new-case-goal", 4000);
        Checkbox consent = new Checkbox(getTranslation("employment.form.REFERRAL.consent"));
        consent.setId("new-case-consent");

        binder.forField(team).asRequired(required).bind(b -> b.team, (b, v) -> b.team = v);
        binder.forField(coach).bind(b -> b.coach, (b, v) -> b.coach = v);
        binder.forField(variant).asRequired(required).bind(b -> b.variant, (b, v) -> b.variant = v);
        binder.forField(referredOn).asRequired(required).bind(b -> b.referredOn, (b, v) -> b.referredOn = v);
        binder.forField(first).asRequired(required).bind(b -> b.firstName, (b, v) -> b.firstName = v);
        binder.forField(last).asRequired(required).bind(b -> b.lastName, (b, v) -> b.lastName = v);
        binder.forField(born).asRequired(required).bind(b -> b.dateOfBirth, (b, v) -> b.dateOfBirth = v);
        binder.forField(personalId).bind(b -> b.personalId, (b, v) -> b.personalId = v);
        binder.forField(phone).bind(b -> b.phone, (b, v) -> b.phone = v);
        binder.forField(email).bind(b -> b.email, (b, v) -> b.email = v);
        binder.forField(school).withValidator((v, c) -> variant.getValue() != CaseVariant.STUDENT
                        || (v != null && !v.isBlank()) ? ValidationResult.ok() : ValidationResult.error(required))
                .bind(b -> b.schoolName, (b, v) -> b.schoolName = v);
        binder.forField(qualification).bind(b -> b.qualification, (b, v) -> b.qualification = v);
        binder.forField(teacher).withValidator((v, c) -> variant.getValue() != CaseVariant.STUDENT
                        || (v != null && !v.isBlank()) ? ValidationResult.ok() : ValidationResult.error(required))
                .bind(b -> b.teacherName, (b, v) -> b.teacherName = v);
        binder.forField(teacherContact).bind(b -> b.teacherContact, (b, v) -> b.teacherContact = v);
        binder.forField(referrer).bind(b -> b.referrerName, (b, v) -> b.referrerName = v);
        binder.forField(referrerOrg).bind(b -> b.referrerOrganisation, (b, v) -> b.referrerOrganisation = v);
        binder.forField(referrerContact).bind(b -> b.referrerContact, (b, v) -> b.referrerContact = v);
        binder.forField(reason).asRequired(required).bind(b -> b.reason, (b, v) -> b.reason = v);
        binder.forField(goal).bind(b -> b.goal, (b, v) -> b.goal = v);
        binder.forField(consent).bind(b -> b.consent, (b, v) -> b.consent = v);

        Runnable toggle = () -> {
            boolean student = variant.getValue() == CaseVariant.STUDENT;
            school.setVisible(student);
            qualification.setVisible(student);
            teacher.setVisible(student);
            teacherContact.setVisible(student);
        };
        variant.addValueChangeListener(e -> toggle.run());

        if (teams.size() == 1) {
            bean.team = teams.get(0);
        }
        binder.readBean(bean);
        if (bean.team != null) {
            coach.getListDataView().getItems().filter(r -> r.id().equals(me)).findFirst().ifPresent(coach::setValue);
        }
        team.setVisible(teams.size() > 1);
        toggle.run();

        add(Ui.form(team, coach, variant, referredOn), new H4(getTranslation("employment.newCase.client")),
                Ui.form(first, last, born, personalId, phone, email),
                Ui.form(school, qualification, teacher, teacherContact),
                new H4(getTranslation("employment.form.REFERRAL.title")),
                Ui.form(referrer, referrerOrg, referrerContact), reason, goal, consent);
        getFooter().add(Ui.cancel(this), Ui.primary(getTranslation("employment.newCase.save"), "new-case-save", () -> {
            if (!binder.writeBeanIfValid(bean)) {
                return;
            }
            Map<String, String> texts = new LinkedHashMap<>();
            texts.put("REFERRER_NAME", bean.referrerName);
            texts.put("REFERRER_ORGANISATION", bean.referrerOrganisation);
            texts.put("REFERRER_CONTACT", bean.referrerContact);
            texts.put("REASON", bean.reason);
            texts.put("GOAL", bean.goal);
            NewCase input = new NewCase(bean.team.id(), bean.coach == null ? null : bean.coach.id(), bean.variant,
                    bean.referredOn, new NewClient(bean.firstName, bean.lastName, bean.dateOfBirth, bean.personalId,
                    bean.phone, bean.email, null), new SchoolInfo(bean.schoolName, bean.qualification,
                    bean.teacherName, bean.teacherContact), new FormInput(-1, bean.referredOn, null, null,
                    bean.consent, null, Set.of(), texts, null, null));
            Ui.save(this, this, () -> service.createCase(input), onCreated);
        }));
    }
}
