package fi.taitoura.fidelity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.taitoura.base.ui.Formats;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.fidelity.FidelityInstrument;
import fi.taitoura.fidelity.FidelityItem;
import fi.taitoura.fidelity.FidelityRecords.Reviewer;
import fi.taitoura.fidelity.FidelityRecords.ReviewDetails;
import fi.taitoura.fidelity.FidelityRecords.ReviewInput;
import fi.taitoura.fidelity.FidelityRecords.ScoreInput;
import fi.taitoura.fidelity.FidelityRecords.SubscaleTotal;
import fi.taitoura.fidelity.FidelitySection;
import fi.taitoura.fidelity.FidelityService;
import fi.taitoura.fidelity.FidelitySubscale;
import fi.taitoura.fidelity.ReviewState;
import fi.taitoura.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.security.access.AccessDeniedException;

/**
 * One fidelity review: each item scored 1-5 with a note, section by section, the running totals per subscale with
 * their band, the reviewers, the action plan; save as a draft, finalise (locks), reopen (team lead).
 */
@Route("reports/fidelity/:reviewId")
@RolesAllowed({Role.Names.TEAM_LEAD, Role.Names.COACH, Role.Names.CAREER_AGENT, Role.Names.TEACHER})
@StyleSheet("styles/reports.css")
class FidelityReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FidelityService service;
    private ReviewDetails review;
    private FidelityInstrument instrument;
    private final Map<Long, RadioButtonGroup<Integer>> scoreFields = new LinkedHashMap<>();
    private final Map<Long, TextField> noteFields = new HashMap<>();
    private final Div totals = new Div();
    private TextField serviceName;
    private DatePicker date;
    private MultiSelectComboBox<Reviewer> reviewers;
    private TextField external;
    private TextArea actionPlan;

    FidelityReviewView(FidelityService service) {
        this.service = service;
        addClassName("fidelity-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong("reviewId").orElse(-1L);
        try {
            review = service.review(id, getLocale());
        } catch (AccessDeniedException | java.util.NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        instrument = service.instrument(review.instrumentId());
        build();
    }

    private void build() {
        removeAll();
        scoreFields.clear();
        noteFields.clear();
        boolean edit = review.canEdit();
        add(new Anchor("reports/fidelity", getTranslation("fidelity.nav")));
        Span state = new Span(getTranslation("fidelity.state." + review.state().name()));
        state.addClassName(review.state() == ReviewState.FINAL ? "badge-ok" : "badge-neutral");
        state.setId("review-state");
        HorizontalLayout title = new HorizontalLayout(new H3(instrument.getName().in(getLocale())), state);
        title.setAlignItems(Alignment.BASELINE);
        title.setWrap(true);
        add(title);
        if (instrument.isWorkingText()) {
            Paragraph working = new Paragraph(instrument.getDescription() == null ? ""
                    : instrument.getDescription().in(getLocale()));
            working.addClassName("report-note");
            working.setId("working-text-note");
            add(working);
        }

        serviceName = new TextField(getTranslation("fidelity.service"));
        serviceName.setValue(review.serviceName());
        serviceName.setMaxLength(200);
        serviceName.setRequired(true);
        date = Formats.datePicker(getTranslation("fidelity.date"));
        date.setValue(review.reviewedOn());
        date.setRequired(true);
        reviewers = new MultiSelectComboBox<>(getTranslation("fidelity.reviewers"));
        List<Reviewer> candidates = service.reviewerCandidates();
        reviewers.setItems(candidates);
        reviewers.setItemLabelGenerator(Reviewer::name);
        reviewers.setValue(candidates.stream().filter(c -> review.reviewers().stream()
                .anyMatch(r -> r.id().equals(c.id()))).collect(Collectors.toSet()));
        reviewers.setReadOnly(!edit || !service.canCreate());
        external = new TextField(getTranslation("fidelity.externalReviewers"));
        external.setValue(review.externalReviewers() == null ? "" : review.externalReviewers());
        external.setMaxLength(500);
        FormLayout head = new FormLayout(serviceName, date, reviewers, external);
        head.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
        add(head);

        totals.addClassName("fidelity-totals");
        totals.setId("fidelity-totals");
        add(totals);

        for (FidelitySection section : instrument.getSections()) {
            Div box = new Div(new H4(section.getName().in(getLocale()) + " · "
                    + section.getSubscale().getName().in(getLocale())));
            box.addClassName("fidelity-section");
            for (FidelityItem item : section.getItems()) {
                box.add(itemCard(item, edit));
            }
            add(box);
        }

        actionPlan = new TextArea(getTranslation("fidelity.actionPlan"));
        actionPlan.setValue(review.actionPlan() == null ? "" : review.actionPlan());
        actionPlan.setHelperText(getTranslation("fidelity.actionPlanHelp"));
        actionPlan.setWidthFull();
        actionPlan.setMaxLength(10_000);
        actionPlan.setId("action-plan");
        add(actionPlan);
        for (var f : List.of(serviceName, external)) {
            f.setReadOnly(!edit);
        }
        date.setReadOnly(!edit);
        actionPlan.setReadOnly(!edit);

        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        if (edit) {
            Button save = new Button(getTranslation("common.save"), VaadinIcon.CHECK.create(), e -> save(false));
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.setId("save-review");
            Button finalise = new Button(getTranslation("fidelity.finalise"), VaadinIcon.LOCK.create(),
                    e -> confirmFinalise());
            finalise.setId("finalise-review");
            buttons.add(save, finalise);
        }
        if (review.canReopen()) {
            Button reopen = new Button(getTranslation("fidelity.reopen"), VaadinIcon.UNLOCK.create(), e -> {
                try {
                    review = service.reopen(review.id(), review.version(), getLocale());
                    build();
                } catch (RuntimeException ex) {
                    if (!Notifications.saveFailed(this, ex)) {
                        throw ex;
                    }
                }
            });
            reopen.setId("reopen-review");
            buttons.add(reopen);
        }
        add(buttons);
        updateTotals();
    }

    private Div itemCard(FidelityItem item, boolean edit) {
        Div card = new Div();
        card.addClassName("fidelity-item");
        card.setId("item-" + item.getNumber());
        Span number = new Span(item.getNumber() + ".");
        number.addClassName("fidelity-number");
        Span title = new Span(item.getTitle().in(getLocale()));
        title.addClassName("fidelity-title");
        card.add(new Div(number, title));
        if (item.getDescription() != null) {
            Paragraph p = new Paragraph(item.getDescription().in(getLocale()));
            p.addClassName("report-note");
            card.add(p);
        }
        RadioButtonGroup<Integer> score = new RadioButtonGroup<>();
        score.setAriaLabel(getTranslation("fidelity.scoreOf", item.getNumber()));
        score.setItems(IntStream.rangeClosed(instrument.getScaleMin(), instrument.getScaleMax()).boxed().toList());
        score.addClassName("fidelity-score");
        score.addThemeVariants(com.vaadin.flow.component.radiobutton.RadioGroupVariant.AURA_HORIZONTAL);
        ScoreInput current = review.scores().get(item.getId());
        if (current != null && current.score() != null) {
            score.setValue(current.score());
        }
        score.setReadOnly(!edit);
        score.addValueChangeListener(e -> updateTotals());
        TextField note = new TextField();
        note.setPlaceholder(getTranslation("fidelity.note"));
        note.setAriaLabel(getTranslation("fidelity.noteOf", item.getNumber()));
        note.setValue(current == null || current.note() == null ? "" : current.note());
        note.setMaxLength(2000);
        note.setReadOnly(!edit);
        note.addClassName("fidelity-note");
        scoreFields.put(item.getId(), score);
        noteFields.put(item.getId(), note);
        Div answer = new Div(score, note);
        answer.addClassName("fidelity-answer");
        card.add(answer);
        return card;
    }

    /** The totals as typed (before saving): per subscale, with the band when every item is scored. */
    private void updateTotals() {
        totals.removeAll();
        for (FidelitySubscale sub : instrument.getSubscales()) {
            List<FidelityItem> items = instrument.getSections().stream()
                    .filter(s -> s.getSubscale().getKey().equals(sub.getKey()))
                    .flatMap(s -> s.getItems().stream()).toList();
            int total = 0;
            int scored = 0;
            for (FidelityItem i : items) {
                Integer v = scoreFields.get(i.getId()).getValue();
                if (v != null) {
                    total += v;
                    scored++;
                }
            }
            String band = scored == items.size() ? sub.bandOf(total).map(b -> b.getLabel().in(getLocale()))
                    .orElse("") : getTranslation("fidelity.scoredOf", scored, items.size());
            Span s = new Span(sub.getName().in(getLocale()) + ": " + total + " / "
                    + items.size() * instrument.getScaleMax() + (band.isEmpty() ? "" : " · " + band));
            s.addClassName("fidelity-total");
            s.setId("total-" + sub.getKey());
            totals.add(s);
        }
    }

    private ReviewInput input() {
        Map<Long, ScoreInput> scores = new HashMap<>();
        scoreFields.forEach((id, f) -> scores.put(id, new ScoreInput(f.getValue(), noteFields.get(id).getValue())));
        return new ReviewInput(review.version(), serviceName.getValue(), date.getValue(),
                reviewers.getValue().stream().map(Reviewer::id).collect(Collectors.toSet()), external.getValue(),
                actionPlan.getValue(), scores);
    }

    private boolean save(boolean quiet) {
        serviceName.setInvalid(serviceName.getValue().isBlank());
        serviceName.setErrorMessage(getTranslation("validation.required"));
        date.setInvalid(date.getValue() == null);
        date.setErrorMessage(getTranslation("validation.required"));
        if (serviceName.isInvalid() || date.isInvalid()) {
            return false;
        }
        try {
            review = service.save(review.id(), input(), getLocale());
            if (!quiet) {
                Notifications.success(getTranslation("common.saved"));
                build();
            }
            return true;
        } catch (RuntimeException ex) {
            if (!Notifications.saveFailed(this, ex)) {
                throw ex;
            }
            return false;
        }
    }

    private void confirmFinalise() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("fidelity.finalise"),
                getTranslation("fidelity.finaliseText"), getTranslation("fidelity.finalise"), e -> {
            if (!save(true)) {
                return;
            }
            try {
                review = service.finalise(review.id(), review.version(), getLocale());
                Notifications.success(getTranslation("fidelity.finalised"));
            } catch (RuntimeException ex) {
                if (!Notifications.saveFailed(this, ex)) {
                    throw ex;
                }
            }
            build();
        });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return review == null ? getTranslation("fidelity.nav") : review.serviceName();
    }
}
