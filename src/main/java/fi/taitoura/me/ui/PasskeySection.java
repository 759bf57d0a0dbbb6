package fi.taitoura.me.ui;

import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.user.Passkeys;
import fi.taitoura.user.Passkeys.Passkey;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The signed-in user's passkeys (issue 16, ADR 0033): what they are, the list (name, added, last used) with removal,
 * and adding one. Adding runs Spring Security's registration ceremony in the browser ({@code scripts/passkeys.js});
 * the server side is Spring's {@code /webauthn/register/options} and {@code /webauthn/register}.
 */
class PasskeySection extends Section {

    static final String SCRIPT = "context://scripts/passkeys.js";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy HH.mm");

    private final Passkeys passkeys;
    private final Div list = new Div();
    private final TextField label = new TextField();
    private final Button add = new Button();
    private final Paragraph status = new Paragraph();

    PasskeySection(Passkeys passkeys) {
        this.passkeys = passkeys;
        setId("passkeys");
        addClassName("me-section");
        H3 title = new H3(getTranslation("passkey.title"));
        title.setId("passkeys-title");
        getElement().setAttribute("aria-labelledby", "passkeys-title");
        Paragraph intro = new Paragraph(getTranslation("passkey.intro"));
        list.setId("passkey-list");

        label.setId("passkey-label");
        label.setLabel(getTranslation("passkey.label"));
        label.setHelperText(getTranslation("passkey.labelHelp"));
        label.setValue(getTranslation("passkey.labelDefault"));
        label.setMaxLength(Passkeys.MAX_LABEL);
        label.setRequired(true);
        label.setWidthFull();
        label.addValueChangeListener(e -> label.setInvalid(false));

        add.setText(getTranslation("passkey.add"));
        add.setId("passkey-add");
        add.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        add.addClassName("me-big-button");
        add.addClickListener(e -> register());
        add.setDisableOnClick(true);

        status.setId("passkey-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        add(title, intro, list, label, add, status);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // a plain script loaded at run time (no front-end bundle); loaded before the user can press "add"
        event.getUI().getPage().addJavaScript(SCRIPT);
    }

    void refresh() {
        list.removeAll();
        List<Passkey> own = passkeys.own();
        if (own.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("passkey.none"));
            none.setId("passkey-none");
            list.add(none);
        }
        for (Passkey p : own) {
            Div card = new Div();
            card.addClassName("me-card");
            card.addClassName("passkey-card");
            H4 name = new H4(p.label());
            Paragraph when = new Paragraph(getTranslation("passkey.added", format(p.created())) + " · "
                    + (p.lastUsed() == null || p.lastUsed().equals(p.created())
                            ? getTranslation("passkey.notUsed")
                            : getTranslation("passkey.lastUsed", format(p.lastUsed()))));
            Button remove = new Button(getTranslation("passkey.remove"), e -> confirmRemove(p));
            remove.addThemeVariants(ButtonVariant.ERROR);
            remove.addClassName("me-big-button");
            remove.addClassName("passkey-remove");
            remove.getElement().setAttribute("aria-label", getTranslation("passkey.removeOf", p.label()));
            card.add(name, when, remove);
            list.add(card);
        }
    }

    private void confirmRemove(Passkey p) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("passkey-remove-confirm");
        confirm.setHeader(getTranslation("passkey.removeTitle"));
        confirm.setText(getTranslation("passkey.removeText", p.label()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("passkey.remove"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                passkeys.removeOwn(p.id());
                Notifications.success(getTranslation("passkey.removed"));
            } catch (Passkeys.AccessDenied gone) {
                Notifications.error(getTranslation("passkey.gone"));
            }
            refresh();
        });
        confirm.open();
    }

    private void register() {
        String name = label.getValue() == null ? "" : label.getValue().strip();
        if (name.isEmpty() || name.length() > Passkeys.MAX_LABEL) {
            label.setErrorMessage(getTranslation("passkey.labelRequired"));
            label.setInvalid(true);
            label.focus();
            add.setEnabled(true);
            return;
        }
        status.setText(getTranslation("passkey.working"));
        CsrfToken csrf = csrf();
        getElement().executeJs("return window.taitouraPasskeys.register($0, $1, $2)",
                        csrf == null ? "" : csrf.getHeaderName(), csrf == null ? "" : csrf.getToken(), name)
                .then(String.class, ok -> {
                    status.setText(getTranslation("passkey.addedNow"));
                    Notifications.success(getTranslation("passkey.addedNow"));
                    add.setEnabled(true);
                    refresh();
                }, error -> {
                    status.setText(getTranslation("passkey.error." + errorCode(error)));
                    add.setEnabled(true);
                });
    }

    /** The script's error codes; anything else (a browser's own message) is told as "did not work". */
    static String errorCode(String error) {
        for (String code : List.of("unsupported", "cancelled", "exists", "server")) {
            if (error != null && error.contains(code)) {
                return code;
            }
        }
        return "server";
    }

    /** The page's CSRF token, for the script's calls to Spring Security's endpoints. */
    static CsrfToken csrf() {
        return VaadinServletRequest.getCurrent() instanceof VaadinServletRequest r
                && r.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken t ? t : null;
    }

    private static String format(Instant at) {
        return at == null ? "–" : WHEN.format(at.atZone(Time.zone()));
    }
}
