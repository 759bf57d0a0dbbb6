package fi.taitoura.certificate.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import fi.taitoura.certificate.CertificateService;
import fi.taitoura.certificate.OpenBadges.BadgeCheck;
import fi.taitoura.document.VerifyPageSection;
import java.nio.charset.StandardCharsets;


/**
 * On the public verification page: check an Open Badge (the signed credential file, or its text pasted) — its
 * signature with the organisation's published key and whether the certificate behind it is still valid.
 */
@org.springframework.stereotype.Component
class BadgeVerifySection implements VerifyPageSection {

    static final int MAX_BYTES = 512 * 1024;

    private final CertificateService certificates;

    BadgeVerifySection(CertificateService certificates) {
        this.certificates = certificates;
    }

    @Override
    public Component create() {
        Div section = new Div();
        section.setId("verify-badge");
        section.add(new H2(section.getTranslation("verify.badge.title")),
                new Paragraph(section.getTranslation("verify.badge.intro")));
        TextArea text = new TextArea(section.getTranslation("verify.badge.paste"));
        text.setId("verify-badge-text");
        text.setWidthFull();
        text.setMaxLength(MAX_BYTES);
        Div result = new Div();
        result.setId("verify-badge-result");
        result.getElement().setAttribute("aria-live", "polite");
        Button check = new Button(section.getTranslation("verify.badge.check"), e -> show(result, text.getValue()));
        check.setId("verify-badge-check");
        // the limit is the server's too (the page is public): a larger file is refused while it streams in
        Upload upload = new Upload(fi.taitoura.base.ui.Uploads.inMemory(MAX_BYTES, (metadata, bytes) -> {
            String content = new String(bytes, StandardCharsets.UTF_8);
            result.getUI().ifPresent(ui -> ui.access(() -> show(result, content)));
        }));
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".json", ".jwt", ".txt", "application/json", "text/plain");
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(section.getTranslation("verify.badge.upload")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(section.getTranslation("verify.badge.drop")));
        upload.setI18n(i18n);
        section.add(upload, text, check, result);
        return section;
    }

    void show(Div result, String badge) {
        result.removeAll();
        BadgeCheck c = certificates.verifyBadge(badge);
        result.setClassName("verify-result " + (c.result() == BadgeCheck.Result.VALID ? "verify-valid"
                : "verify-warning"));
        result.add(new H2(result.getTranslation("verify.badge.result." + c.result().name())));
        if (c.achievementName() != null) {
            result.add(new Paragraph(result.getTranslation("verify.badge.achievement") + ": " + c.achievementName()));
        }
        if (c.issuerName() != null) {
            result.add(new Paragraph(result.getTranslation("verify.issuer") + ": " + c.issuerName()));
        }
    }
}
