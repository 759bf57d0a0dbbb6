package fi.taitoura.summary.ui;

import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Downloads;
import com.vaadin.flow.router.HasDynamicTitle;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.summary.PeriodSummary;
import fi.taitoura.summary.RecommendationKind;
import fi.taitoura.summary.SummaryData;
import fi.taitoura.summary.SummaryService;
import fi.taitoura.summary.SummaryState;
import fi.taitoura.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/**
 * One summary: the data prefilled from the period (frozen once finalised), the editable sections, the coach's
 * comments, finalising (career agent), the PDF, and a correction as a new version.
 */
@Route("summaries/:summaryId")
@RolesAllowed({Role.Names.CAREER_AGENT, Role.Names.COACH, Role.Names.CASE_WORKER})
class SummaryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The longest text a summary section takes (the column is TEXT; the PDF stays readable). */
    private static final int MAX_SECTION = 8000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm")
            .withZone(Time.zone());

    private final SummaryService service;
    private final TranslationProvider translations;
    private PeriodSummary summary;
    private SummaryData data;

    private final fi.taitoura.security.CurrentUser currentUser;

    SummaryView(SummaryService service, TranslationProvider translations,
                fi.taitoura.security.CurrentUser currentUser) {
        this.service = service;
        this.translations = translations;
        this.currentUser = currentUser;
        addClassName("summary-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            summary = service.require(event.getRouteParameters().getLong("summaryId").orElse(-1L));
        } catch (AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        data = service.data(summary);
        Span state = new Span(translations.enumLabel(summary.getState(), getLocale())
                + (summary.getRevision() > 1 ? " · " + getTranslation("summary.revision", summary.getRevision()) : ""));
        state.addClassName(summary.getState() == SummaryState.FINALISED ? "badge-ok"
                : summary.getState() == SummaryState.SUPERSEDED ? "badge-warning" : "badge-neutral");
        state.setId("summary-state");
        HorizontalLayout head = new HorizontalLayout(new H2(data.traineeName()), state);
        head.setAlignItems(Alignment.BASELINE);
        head.setWrap(true);
        add(head, new Paragraph(data.workUnit() + " · " + fi.taitoura.base.ui.Formats.range(data.start(),
                data.end() != null ? data.end() : data.plannedEnd()) + " · "
                + getTranslation("enum.PeriodStatus." + data.status())));
        if (summary.getState() == SummaryState.SUPERSEDED) {
            add(new Paragraph(getTranslation("summary.supersededNote")));
        }

        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        service.document(summary).ifPresent(doc -> {
            actions.add(Downloads.pdf(getTranslation("summary.downloadPdf"), "loppukooste-" + doc.verificationCode()
                    + ".pdf", () -> service.pdf(summary.getId())));
            Span code = new Span(getTranslation("verify.code") + ": " + doc.verificationCode() + " · "
                    + getTranslation("summaries.finalisedAt") + " " + TIME.format(doc.issuedAt()));
            code.addClassName("goal-support");
            actions.add(code);
        });
        boolean editable = summary.isDraft() && service.canEdit(summary);
        if (summary.isDraft() && editable) {
            actions.add(Downloads.pdf(getTranslation("summary.previewPdf"), "loppukooste-luonnos.pdf",
                    () -> service.preview(summary.getId())));
        }
        if (summary.getState() == SummaryState.FINALISED && isCareerAgent()) {
            Button correct = new Button(getTranslation("summary.correct"), e -> {
                PeriodSummary next = service.openDraft(summary.getPeriodId());
                getUI().ifPresent(ui -> ui.navigate("summaries/" + next.getId()));
            });
            correct.setId("correct-summary");
            actions.add(correct);
        }
        add(actions);
        if (summary.getState() != SummaryState.DRAFT) {
            add(deliveryBox());
        }

        Details prefilled = new Details(getTranslation(summary.isDraft() ? "summary.prefilled" : "summary.frozen"),
                new SummaryDataPanel(data));
        prefilled.setOpened(true);
        prefilled.setWidthFull();
        add(prefilled);

        add(new H3(getTranslation("summary.sections")));
        add(editor(editable));
        if (service.isWriter(summary)) {
            add(commentsBox());
        }
    }

    /**
     * How the summary reached its referrer (issue 13): in Taitoura for a referrer with an account; for a referrer known
     * by name only, the delivery record (or that none is recorded yet) and, for the career agent, recording it.
     */
    private Div deliveryBox() {
        Div box = new Div();
        box.addClassName("delivery-box");
        box.setId("summary-delivery");
        box.add(new H3(getTranslation("summary.delivery.title")));
        SummaryService.DeliveryRoute route = service.deliveryRoute(summary);
        var delivery = service.delivery(summary.getId()).orElse(null);
        Paragraph text = new Paragraph();
        text.setId("summary-delivery-text");
        if (delivery != null) {
            text.setText(deliveredText(delivery.method(), delivery.deliveredOn())
                    + (delivery.recordedBy() == null ? "" : " · " + getTranslation("summary.delivery.recordedBy",
                    delivery.recordedBy()))
                    + (delivery.reference() == null ? "" : " · " + getTranslation("summary.delivery.referenceShown",
                    delivery.reference())));
        } else if (route == SummaryService.DeliveryRoute.IN_APP) {
            text.setText(getTranslation("summary.delivery.inApp"));
        } else {
            text.setText(getTranslation(route == SummaryService.DeliveryRoute.EXTERNAL
                    ? "summary.delivery.notYet" : "summary.delivery.noReferrer"));
        }
        box.add(text);
        if (service.canRecordDelivery(summary) && route != SummaryService.DeliveryRoute.IN_APP) {
            Button record = new Button(getTranslation(delivery == null ? "summary.delivery.record"
                    : "summary.delivery.correct"), e -> new DeliveryDialog(service, translations, summary, delivery,
                    this::build).open());
            record.setId("record-delivery");
            box.add(record);
        }
        return box;
    }

    /** "Toimitettu 2.12.2026 suojatulla sähköpostilla". */
    private String deliveredText(fi.taitoura.summary.DeliveryMethod method, java.time.LocalDate on) {
        return getTranslation("summary.delivery.delivered", fi.taitoura.base.ui.Formats.date(on),
                getTranslation("summary.delivery.how." + method.name()));
    }

    private boolean isCareerAgent() {
        return currentUser.hasRole(Role.CAREER_AGENT);
    }

    private VerticalLayout editor(boolean editable) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        // The free-text sections go through a Binder: bound to the summary, each validated next to its field.
        Binder<PeriodSummary> binder = new Binder<>(PeriodSummary.class);
        TextArea strengths = area(binder, "summary.strengths", "summary.strengthsHelp",
                PeriodSummary::getStrengths, PeriodSummary::setStrengths);
        TextArea limitations = area(binder, "summary.limitations", "summary.limitationsHelp",
                PeriodSummary::getLimitations, PeriodSummary::setLimitations);
        TextArea unitStatement = area(binder, "summary.unitStatement", null,
                PeriodSummary::getUnitStatement, PeriodSummary::setUnitStatement);
        TextArea coachStatement = area(binder, "summary.coachStatement", null,
                PeriodSummary::getCoachStatement, PeriodSummary::setCoachStatement);
        Map<RecommendationKind, Checkbox> chosen = new LinkedHashMap<>();
        Map<RecommendationKind, TextArea> recommendationTexts = new LinkedHashMap<>();
        Div recommendations = new Div();
        recommendations.addClassName("recommendations");
        for (RecommendationKind kind : RecommendationKind.values()) {
            Checkbox check = new Checkbox(translations.enumLabel(kind, getLocale()));
            TextArea text = new TextArea();
            text.setAriaLabel(translations.enumLabel(kind, getLocale()));
            text.setPlaceholder(getTranslation("summary.recommendationText"));
            text.setWidthFull();
            text.setMaxLength(2000);
            check.setValue(summary.getRecommendations().containsKey(kind));
            text.setValue(summary.getRecommendations().getOrDefault(kind, "") == null ? ""
                    : summary.getRecommendations().getOrDefault(kind, ""));
            text.setVisible(check.getValue());
            check.addValueChangeListener(e -> text.setVisible(e.getValue()));
            check.setReadOnly(!editable);
            text.setReadOnly(!editable);
            chosen.put(kind, check);
            recommendationTexts.put(kind, text);
            recommendations.add(check, text);
        }
        TextArea followUp = area(binder, "summary.followUp", "summary.followUpHelp",
                PeriodSummary::getFollowUp, PeriodSummary::setFollowUp);
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("summary.language"));
        language.setItems("fi", "sv", "en");
        language.setItemLabelGenerator(l -> switch (l) {
            case "sv" -> "svenska";
            case "en" -> "English";
            default -> "suomi";
        });
        binder.forField(language).asRequired(getTranslation("validation.required"))
                .bind(PeriodSummary::getLanguage, PeriodSummary::setLanguage);
        binder.readBean(summary);
        binder.setReadOnly(!editable);
        box.add(strengths, limitations, unitStatement, coachStatement,
                new H3(getTranslation("summary.recommendations")), recommendations, followUp, language);
        if (!editable) {
            return box;
        }
        Button save = new Button(getTranslation("common.save"), e -> {
            if (!write(binder, chosen, recommendationTexts)) {
                return;
            }
            Notifications.save(this, () -> {
                summary = service.saveDraft(summary);
                Notifications.success(getTranslation("common.saved"));
            });
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-summary");
        HorizontalLayout buttons = new HorizontalLayout(save);
        if (service.canFinalise(summary)) {
            Button finalise = new Button(getTranslation("summary.finalise"), e -> {
                if (!write(binder, chosen, recommendationTexts)) {
                    return;
                }
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("summary.finalise"),
                        getTranslation("summary.finaliseConfirm"), getTranslation("summary.finalise"), c -> {
                    Notifications.save(this, () -> {
                        summary = service.saveDraft(summary);
                        summary = service.finalise(summary.getId(), summary.getVersion());
                        Notifications.success(getTranslation("summary.finalised"));
                        build();
                    });
                });
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("common.cancel"));
                confirm.open();
            });
            finalise.addThemeVariants(ButtonVariant.SUCCESS);
            finalise.setId("finalise-summary");
            buttons.add(finalise);
        }
        box.add(buttons);
        return box;
    }

    /** Writes the form into the summary when every field is valid; otherwise the fields say what is wrong. */
    private boolean write(Binder<PeriodSummary> binder, Map<RecommendationKind, Checkbox> chosen,
                          Map<RecommendationKind, TextArea> texts) {
        if (!binder.writeBeanIfValid(summary)) {
            return false;
        }
        Map<RecommendationKind, String> recommendations = new EnumMap<>(RecommendationKind.class);
        chosen.forEach((kind, check) -> {
            if (check.getValue()) {
                recommendations.put(kind, texts.get(kind).getValue());
            }
        });
        summary.setRecommendations(recommendations);
        return true;
    }

    private TextArea area(Binder<PeriodSummary> binder, String key, String helpKey,
                          ValueProvider<PeriodSummary, String> getter, Setter<PeriodSummary, String> setter) {
        TextArea a = new TextArea(getTranslation(key));
        a.setWidthFull();
        a.setMaxLength(MAX_SECTION);
        String tooLong = getTranslation("validation.maxLength", MAX_SECTION);
        a.setI18n(new TextArea.TextAreaI18n().setMaxLengthErrorMessage(tooLong));
        if (helpKey != null) {
            a.setHelperText(getTranslation(helpKey));
        }
        binder.forField(a).withNullRepresentation("")
                .withValidator(new StringLengthValidator(tooLong, 0, MAX_SECTION))
                .bind(getter, setter);
        return a;
    }

    private VerticalLayout commentsBox() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H3(getTranslation("summary.comments")));
        var list = service.comments(summary.getId());
        if (list.isEmpty()) {
            box.add(new Paragraph(getTranslation("summary.noComments")));
        }
        list.forEach(c -> {
            Div card = new Div(new Span(TIME.format(c.getCreatedAt())), new Paragraph(c.getText()));
            card.addClassName("goal-card");
            box.add(card);
        });
        if (summary.isDraft() && service.canEdit(summary)) {
            TextArea text = new TextArea(getTranslation("summary.newComment"));
            text.setWidthFull();
            text.setMaxLength(4000);
            Button add = new Button(getTranslation("summary.addComment"), e -> {
                if (text.getValue().isBlank()) {
                    text.setInvalid(true);
                    text.setErrorMessage(getTranslation("validation.required"));
                    return;
                }
                Notifications.save(this, () -> {
                    service.comment(summary.getId(), text.getValue());
                    build();
                });
            });
            add.setId("add-comment");
            box.add(text, add);
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("summary.title");
    }
}
