package fi.taitoura.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinServletRequest;
import fi.taitoura.base.BusinessRuleException;
import java.util.List;

/**
 * The one form for setting one's own password (the staff's /password and the trainee's /me/password): the current
 * password (unless not asked), the new one typed twice, checked next to the fields (length, match), then the save
 * callback; a refusal by the service ({@link BusinessRuleException}) is shown next to the field it concerns
 * ({@code password.error.current} at the current password, anything else at the new one). Nothing typed is lost.
 */
public class PasswordForm extends VerticalLayout {

    /** Saves the password; throws {@link BusinessRuleException} to refuse. {@code sessionId} is the session to keep. */
    @FunctionalInterface
    public interface Save {
        void save(String currentPassword, String newPassword, String sessionId);
    }

    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Button save = new Button();

    /**
     * @param idPrefix    element ids: {@code <prefix>-current}, {@code -new}, {@code -repeat}, {@code -save}
     * @param askCurrent  whether the current password is asked
     * @param minLength   the shortest password the service accepts
     * @param onSave      the save; {@code afterSave} runs when it succeeded
     */
    public PasswordForm(String idPrefix, boolean askCurrent, int minLength, Save onSave, Runnable afterSave) {
        setPadding(false);
        addClassName("password-form");
        current.setLabel(getTranslation("password.current"));
        next.setLabel(getTranslation("password.new"));
        repeat.setLabel(getTranslation("password.repeat"));
        next.setHelperText(getTranslation("user.passwordHelp", minLength));
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        next.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        current.setVisible(askCurrent);
        current.setId(idPrefix + "-current");
        next.setId(idPrefix + "-new");
        repeat.setId(idPrefix + "-repeat");
        for (PasswordField f : List.of(current, next, repeat)) {
            f.setWidthFull();
            f.setMaxWidth("28rem");
            f.setRequiredIndicatorVisible(true);
        }
        save.setText(getTranslation("password.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId(idPrefix + "-save");
        save.addClickListener(e -> {
            List.of(current, next, repeat).forEach(f -> f.setInvalid(false));
            if (askCurrent && current.getValue().isEmpty()) {
                invalid(current, getTranslation("validation.required"));
                return;
            }
            if (next.getValue().length() < minLength) {
                invalid(next, getTranslation("user.error.passwordTooShort", minLength));
                return;
            }
            if (!next.getValue().equals(repeat.getValue())) {
                invalid(repeat, getTranslation("password.error.mismatch"));
                return;
            }
            try {
                onSave.save(current.getValue(), next.getValue(), sessionId());
                afterSave.run();
            } catch (BusinessRuleException ex) {
                invalid(ex.getMessageKey().startsWith("password.error.current")
                        || ex.getMessageKey().equals("password.error.throttled") ? current : next,
                        getTranslation(ex.getMessageKey(), ex.getParams()));
            }
        });
        add(current, next, repeat, save);
    }

    /** The save button, for the page's own styling (e.g. a large button on the trainee's pages). */
    public Button getSaveButton() {
        return save;
    }

    private static void invalid(PasswordField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private static String sessionId() {
        return VaadinServletRequest.getCurrent() instanceof VaadinServletRequest r
                && r.getHttpServletRequest().getSession(false) != null
                ? r.getHttpServletRequest().getSession(false).getId() : null;
    }
}
