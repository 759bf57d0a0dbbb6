package fi.taitoura.trainee.ui;

import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Formats;
import fi.taitoura.trainee.Consent;
import fi.taitoura.trainee.PersonalIdentityCode;
import fi.taitoura.trainee.Trainee;
import java.time.LocalDate;
import java.util.EnumSet;

/** A trainee's details; minimal by design. The personal identity code is optional and validated as typed. */
class TraineeForm extends FormLayout {

    final Binder<Trainee> binder = new Binder<>();
    final TextField personalId = new TextField();

    TraineeForm(TranslationProvider translations, boolean existingCodeStored) {
        TextField firstName = new TextField(getTranslation("trainee.firstName"));
        TextField lastName = new TextField(getTranslation("trainee.lastName"));
        DatePicker born = Formats.datePicker(getTranslation("trainee.dateOfBirth"));
        born.setMax(Time.today());
        born.setInitialPosition(Time.today().minusYears(30));
        personalId.setLabel(getTranslation("trainee.personalId"));
        personalId.setHelperText(getTranslation(existingCodeStored ? "trainee.personalIdKeep" : "trainee.personalIdHelp"));
        personalId.setMaxLength(11);
        personalId.setAllowedCharPattern("[0-9A-Ya-y+-]");
        TextField phone = new TextField(getTranslation("trainee.phone"));
        EmailField email = new EmailField(getTranslation("trainee.email"));
        TextField address = new TextField(getTranslation("trainee.address"));
        TextField languages = new TextField(getTranslation("trainee.languages"));
        languages.setHelperText(getTranslation("trainee.languagesHelp"));
        TextArea supportNeeds = new TextArea(getTranslation("trainee.supportNeeds"));
        supportNeeds.setHelperText(getTranslation("trainee.supportNeedsHelp"));
        supportNeeds.setMaxLength(2000);
        CheckboxGroup<Consent> consents = new CheckboxGroup<>(getTranslation("trainee.consents"));
        consents.setItems(Consent.values());
        consents.setItemLabelGenerator(c -> translations.enumLabel(c, getLocale()));

        String required = getTranslation("validation.required");
        binder.forField(firstName).asRequired(required)
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", 100), 1, 100))
                .bind(Trainee::getFirstName, Trainee::setFirstName);
        binder.forField(lastName).asRequired(required)
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", 100), 1, 100))
                .bind(Trainee::getLastName, Trainee::setLastName);
        binder.forField(born).asRequired(required)
                .withValidator(d -> !d.isAfter(Time.today()) && d.isAfter(Time.today().minusYears(100)),
                        getTranslation("trainee.error.dateOfBirth"))
                .bind(Trainee::getDateOfBirth, Trainee::setDateOfBirth);
        binder.forField(personalId).withValidator((value, ctx) -> {
            if (value == null || value.isBlank()) {
                return ValidationResult.ok();
            }
            var code = PersonalIdentityCode.normalise(value);
            if (code.isEmpty()) {
                return ValidationResult.error(getTranslation("trainee.error.personalId"));
            }
            if (born.getValue() != null && !PersonalIdentityCode.birthDate(code.get()).orElseThrow()
                    .equals(born.getValue())) {
                return ValidationResult.error(getTranslation("trainee.error.personalIdBirthDate"));
            }
            return ValidationResult.ok();
        }).bind(t -> "", (t, v) -> { });
        binder.forField(phone)
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", 40), 0, 40))
                .bind(Trainee::getPhone, Trainee::setPhone);
        binder.forField(email).withValidator(new EmailValidator(getTranslation("validation.email"), true))
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", 200), 0, 200))
                .bind(Trainee::getEmail, Trainee::setEmail);
        binder.forField(address)
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", 300), 0, 300))
                .bind(Trainee::getAddress, Trainee::setAddress);
        binder.forField(languages)
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", 200), 0, 200))
                .bind(Trainee::getLanguages, Trainee::setLanguages);
        binder.forField(supportNeeds).bind(Trainee::getSupportNeeds, Trainee::setSupportNeeds);
        binder.forField(consents).bind(t -> t.getConsents().isEmpty() ? EnumSet.noneOf(Consent.class)
                : EnumSet.copyOf(t.getConsents()), Trainee::setConsents);
        born.addValueChangeListener(e -> binder.validate());

        add(firstName, lastName, born, personalId, phone, email, address, languages, supportNeeds, consents);
        setColspan(supportNeeds, 2);
        setColspan(consents, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32rem", 2));
    }
}
