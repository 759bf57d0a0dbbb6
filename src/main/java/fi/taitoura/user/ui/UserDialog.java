package fi.taitoura.user.ui;

import fi.taitoura.security.Usernames;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.user.AppUser;
import fi.taitoura.security.Role;
import fi.taitoura.user.UserService;
import fi.taitoura.user.UserPlacements;
import fi.taitoura.user.UserPlacements.Placement;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

/** Creates or edits one account. A failed save keeps everything typed in the form. */
class UserDialog extends Dialog {

    private final Binder<AppUser> binder = new Binder<>();

    UserDialog(AppUser user, UserService users, UserPlacements placements, TranslationProvider translations,
               Runnable onSaved) {
        boolean isNew = user.getId() == null;
        setHeaderTitle(getTranslation(isNew ? "users.new" : "users.edit"));
        setWidth("min(44rem, 100vw)");

        TextField username = new TextField(getTranslation("user.username"));
        username.setReadOnly(!isNew);
        username.setHelperText(isNew ? getTranslation("user.usernameHelp") : null);
        TextField fullName = new TextField(getTranslation("user.fullName"));
        EmailField email = new EmailField(getTranslation("user.email"));
        TextField phone = new TextField(getTranslation("user.phone"));
        ComboBox<Placement> organisation = new ComboBox<>(getTranslation("user.organisation"));
        List<Placement> allOrganisations = placements.organisations().stream()
                .filter(o -> users.mayAssignTo(o.id())).toList();
        organisation.setItems(allOrganisations);
        organisation.setItemLabelGenerator(Placement::label);
        organisation.setClearButtonVisible(true);
        MultiSelectComboBox<Placement> workUnits = new MultiSelectComboBox<>(getTranslation("user.workUnits"));
        List<Placement> allUnits = placements.workUnits();
        workUnits.setItems(allUnits);
        workUnits.setItemLabelGenerator(Placement::label);
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("user.roles"));
        // a trainee's account is made by activation from the trainee's page, never here (issue #16)
        roles.setItems(java.util.Arrays.stream(Role.values()).filter(r -> r != Role.TRAINEE).toList());
        roles.setItemLabelGenerator(r -> translations.enumLabel(r, getLocale()));
        Checkbox active = new Checkbox(getTranslation("user.active"));
        PasswordField password = new PasswordField(getTranslation("user.initialPassword"));
        password.setHelperText(getTranslation("user.passwordHelp", UserService.MIN_PASSWORD_LENGTH));
        password.setVisible(isNew);

        binder.forField(username).asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.length", 3, 64), 3, 64))
                .withValidator(new RegexpValidator(getTranslation("user.usernameHelp"), fi.taitoura.security.Usernames.REGEX))
                .bind(AppUser::getUsername, AppUser::setUsername);
        binder.forField(fullName).asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", 200), 1, 200))
                .bind(AppUser::getFullName, AppUser::setFullName);
        binder.forField(email).withValidator(new EmailValidator(getTranslation("validation.email"), true))
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", 200), 0, 200))
                .bind(AppUser::getEmail, AppUser::setEmail);
        binder.forField(phone)
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength", 40), 0, 40))
                .bind(AppUser::getPhone, AppUser::setPhone);
        binder.forField(organisation).bind(
                u -> allOrganisations.stream().filter(o -> o.id().equals(u.getOrganisationId())).findFirst().orElse(null),
                (u, o) -> u.setOrganisationId(o == null ? null : o.id()));
        if (!user.hasRole(Role.TRAINEE)) binder.forField(workUnits).bind(
                u -> allUnits.stream().filter(w -> u.getWorkUnitIds().contains(w.id())).collect(Collectors.toSet()),
                (u, set) -> u.setWorkUnitIds(set.stream().map(Placement::id).collect(Collectors.toSet())));
        boolean traineeAccount = user.hasRole(Role.TRAINEE);
        Paragraph traineeNote = new Paragraph(getTranslation("users.traineeAccount"));
        traineeNote.setVisible(traineeAccount);
        if (traineeAccount) {
            // a trainee's account: its role and link are managed from the trainee's page, the form keeps them
            roles.setVisible(false);
            workUnits.setVisible(false);
        } else {
            binder.forField(roles).withValidator(r -> r != null && !r.isEmpty(), getTranslation("user.error.noRole"))
                    .bind(u -> EnumSet.copyOf(u.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : u.getRoles()),
                            AppUser::setRoles);
        }
        binder.forField(active).bind(AppUser::isActive, AppUser::setActive);
        if (isNew) {
            binder.forField(password).asRequired(getTranslation("validation.required"))
                    .withValidator(new StringLengthValidator(
                            getTranslation("user.error.passwordTooShort", UserService.MIN_PASSWORD_LENGTH),
                            UserService.MIN_PASSWORD_LENGTH, 200))
                    .bind(u -> "", (u, v) -> { });
        }
        binder.readBean(user);

        FormLayout form = new FormLayout(username, fullName, email, phone, organisation, workUnits, password, roles,
                traineeNote, active);
        form.setColspan(traineeNote, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(roles, 2);
        form.setColspan(workUnits, 2);
        add(form);

        Button save = new Button(getTranslation("common.save"), e -> {
            if (!binder.writeBeanIfValid(user)) {
                return;
            }
            Notifications.save(this, () -> {
                try {
                    users.save(user, password.getValue());
                } catch (BusinessRuleException ex) {
                    if (!ex.getMessageKey().startsWith("user.error.username")) {
                        throw ex;
                    }
                    // a user name taken or not allowed: said at the field, everything typed stays (the tour)
                    username.setErrorMessage(getTranslation(ex.getMessageKey(), ex.getParams()));
                    username.setInvalid(true);
                    username.focus();
                    return;
                }
                Notifications.success(getTranslation("common.saved"));
                onSaved.run();
                close();
            });
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-user");
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, save);

        if (!isNew) {
            Button reset = new Button(getTranslation("users.resetPassword"), e -> {
                String newPassword = users.resetPassword(user.getId());
                Dialog shown = new Dialog();
                shown.setHeaderTitle(getTranslation("users.resetPassword"));
                Paragraph text = new Paragraph(getTranslation("users.newPasswordIs", user.getUsername()));
                TextField value = new TextField();
                value.setValue(newPassword);
                value.setReadOnly(true);
                value.setAriaLabel(getTranslation("users.resetPassword"));
                value.setWidthFull();
                shown.add(text, value);
                shown.getFooter().add(new Button(getTranslation("common.close"), c -> shown.close()));
                shown.open();
            });
            reset.addThemeVariants(ButtonVariant.TERTIARY);
            reset.setId("reset-password");
            getFooter().addComponentAsFirst(reset);
        }
    }
}
