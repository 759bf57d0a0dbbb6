package fi.taitoura.summary.ui;

import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Formats;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.summary.DeliveryMethod;
import fi.taitoura.summary.PeriodSummary;
import fi.taitoura.summary.SummaryDelivery;
import fi.taitoura.summary.SummaryService;
import fi.taitoura.summary.SummaryService.Delivery;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Records how a finalised summary was delivered to a referrer without an account (issue 13): the way, the day and an
 * optional short reference without personal data. Each field says next to it what is wrong; nothing typed is lost on a
 * refused save.
 */
class DeliveryDialog extends Dialog {

    private static final ZoneId ZONE = Time.zone();

    /** The form's bean. */
    static final class Form {
        DeliveryMethod method;
        LocalDate deliveredOn;
        String reference;
    }

    DeliveryDialog(SummaryService service, TranslationProvider translations, PeriodSummary summary, Delivery existing,
                   Runnable saved) {
        setHeaderTitle(getTranslation("summary.delivery.record"));
        setId("delivery-dialog");
        Select<DeliveryMethod> method = new Select<>();
        method.setLabel(getTranslation("summary.delivery.method"));
        method.setItems(DeliveryMethod.values());
        method.setItemLabelGenerator(m -> translations.enumLabel(m, getLocale()));
        method.setId("delivery-method");
        DatePicker on = Formats.datePicker(getTranslation("summary.delivery.on"));
        LocalDate today = Time.today();
        LocalDate finalised = summary.getFinalisedAt().atZone(ZONE).toLocalDate();
        on.setMin(finalised);
        on.setMax(today);
        on.setId("delivery-on");
        TextField reference = new TextField(getTranslation("summary.delivery.reference"));
        reference.setHelperText(getTranslation("summary.delivery.referenceHelp"));
        reference.setMaxLength(SummaryDelivery.MAX_REFERENCE);
        reference.setWidthFull();
        reference.setId("delivery-reference");

        Binder<Form> binder = new Binder<>(Form.class);
        binder.forField(method).asRequired(getTranslation("validation.required"))
                .bind(f -> f.method, (f, v) -> f.method = v);
        binder.forField(on).asRequired(getTranslation("validation.required"))
                .withValidator(d -> !d.isAfter(today) && !d.isBefore(finalised),
                        getTranslation("summary.delivery.error.date"))
                .bind(f -> f.deliveredOn, (f, v) -> f.deliveredOn = v);
        binder.forField(reference).withNullRepresentation("")
                .withValidator(new StringLengthValidator(getTranslation("validation.maxLength",
                        SummaryDelivery.MAX_REFERENCE), 0, SummaryDelivery.MAX_REFERENCE))
                .bind(f -> f.reference, (f, v) -> f.reference = v);
        Form form = new Form();
        if (existing != null) {
            form.method = existing.method();
            form.deliveredOn = existing.deliveredOn();
            form.reference = existing.reference();
        } else {
            form.deliveredOn = today;
        }
        binder.readBean(form);

        VerticalLayout body = new VerticalLayout(new Paragraph(getTranslation("summary.delivery.intro")), method, on,
                reference);
        body.setPadding(false);
        add(body);
        Button save = new Button(getTranslation("common.save"), e -> {
            if (!binder.writeBeanIfValid(form)) {
                return;
            }
            Notifications.save(this, () -> {
                service.recordDelivery(summary.getId(), form.method, form.deliveredOn, form.reference,
                        existing == null ? null : existing.version());
                Notifications.success(getTranslation("summary.delivery.saved"));
                close();
                saved.run();
            });
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-delivery");
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, save);
        setMaxWidth("32rem");
    }
}
