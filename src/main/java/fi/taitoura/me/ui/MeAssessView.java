package fi.taitoura.me.ui;

import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fi.taitoura.base.ConcurrentEditException;
import fi.taitoura.base.db.LocalizedText;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Formats;
import fi.taitoura.base.ui.Notifications;
import fi.taitoura.capacity.AssessmentPhase;
import fi.taitoura.capacity.OwnAssessments;
import fi.taitoura.capacity.OwnAssessments.Answered;
import fi.taitoura.capacity.OwnAssessments.Comparison;
import fi.taitoura.capacity.OwnAssessments.Due;
import fi.taitoura.capacity.OwnAssessments.Kind;
import fi.taitoura.inclusion.InclusionSurveyService;
import fi.taitoura.security.Role;
import fi.taitoura.trainee.TraineeAccounts;
import fi.taitoura.trainee.TraineeAccounts.OwnDraft;
import fi.taitoura.trainee.TraineeAccounts.OwnPeriod;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The trainee's own self-assessments (issue #16): what is due now, answering one question per screen with large
 * answer targets and the progress shown ("3/10"), every answer kept at once (a draft, so nothing is lost when the
 * phone sleeps), then sending; afterwards the answers beside the coach's rating of the same phase, in plain words.
 */
@com.vaadin.flow.component.dependency.StyleSheet("styles/me.css")
@Route("me/assess")
@Menu(title = "me.nav.assess", order = 15, icon = "vaadin:clipboard-check")
@RolesAllowed(Role.Names.TRAINEE)
public class MeAssessView extends VerticalLayout implements HasDynamicTitle {

    /** A question as shown: key, group heading, text, options (value, label), open (text) or not, may be skipped. */
    record Q(String key, String group, String text, List<Map.Entry<Integer, String>> options, boolean open,
             boolean optional) {
    }

    private final TraineeAccounts accounts;
    private final OwnAssessments own;
    private final InclusionSurveyService survey;
    private final TranslationProvider translations;
    private OwnPeriod period;

    // the form being answered
    private Due answering;
    private List<Q> questions = List.of();
    private Map<String, String> answers = new LinkedHashMap<>();
    private Long draftVersion;
    private int index;

    MeAssessView(TraineeAccounts accounts, OwnAssessments own, InclusionSurveyService survey,
                 TranslationProvider translations) {
        this.accounts = accounts;
        this.own = own;
        this.survey = survey;
        this.translations = translations;
        addClassName("me-view");
        setId("me-assess");
        period = accounts.own().flatMap(o -> o.current()).orElse(null);
        showList();
    }

    // ------------------------------------------------------------------ the list: due and answered

    private void showList() {
        removeAll();
        answering = null;
        add(new H2(getTranslation("me.assess.title")));
        if (period == null) {
            add(new Paragraph(getTranslation("me.noPeriod")));
            return;
        }
        add(new Paragraph(getTranslation("me.assess.intro")));
        Section dueBox = MeHomeView.section("me-assess-due", getTranslation("me.assess.due"));
        List<Due> due = isCurrent() ? own.due(period.periodId()) : List.of();
        if (due.isEmpty()) {
            dueBox.add(new Paragraph(getTranslation("me.assess.dueNone")));
        }
        Div actions = new Div();
        actions.addClassName("me-actions");
        for (Due d : due) {
            Button start = new Button(dueLabel(d), e -> startAnswering(d));
            start.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
            start.addClassName("me-big-button");
            start.setId("me-assess-start-" + d.kind().name().toLowerCase(Locale.ROOT) + "-" + d.instrumentId());
            actions.add(start);
        }
        dueBox.add(actions);
        add(dueBox);

        Section doneBox = MeHomeView.section("me-assess-done", getTranslation("me.assess.answered"));
        List<Answered> done = own.answered(period.periodId());
        if (done.isEmpty()) {
            doneBox.add(new Paragraph(getTranslation("me.assess.answeredNone")));
        }
        for (Answered a : done) {
            Div card = new Div();
            card.addClassName("me-card");
            card.add(new H3(name(a.kind(), a.name()) + " – " + translations.enumLabel(a.phase(), getLocale())));
            card.add(new Paragraph(getTranslation("me.assess.answeredOn", Formats.date(a.answeredOn()))));
            if (a.kind() == Kind.SELF_RATING) {
                Div comparison = new Div();
                Button compare = new Button(getTranslation("me.assess.compare"));
                compare.addClassName("me-big-button");
                compare.setId("me-assess-compare-" + a.assessmentId());
                compare.addClickListener(e -> {
                    compare.setVisible(false);
                    comparison.add(comparison(own.compare(period.periodId(), a.assessmentId())));
                });
                card.add(compare, comparison);
            }
            doneBox.add(card);
        }
        add(doneBox);
    }

    private boolean isCurrent() {
        return period.endDate() == null || !period.endDate().isBefore(Time.today());
    }

    private String dueLabel(Due d) {
        return getTranslation("me.assess.start", name(d.kind(), d.name()), translations.enumLabel(d.phase(),
                getLocale()).toLowerCase(getLocale()));
    }

    private String name(Kind kind, LocalizedText name) {
        return kind == Kind.INCLUSION ? getTranslation("me.assess.inclusionName") : name.in(getLocale());
    }

    /** The comparison in plain words, domain by domain. */
    private Div comparison(Comparison c) {
        Div box = new Div();
        box.addClassName("me-comparison");
        box.setId("me-assess-comparison");
        if (!c.coachRated()) {
            box.add(new Paragraph(getTranslation("me.assess.compare.noCoach")));
        }
        UnorderedList list = new UnorderedList();
        for (OwnAssessments.DomainScore d : c.domains()) {
            String text;
            if (d.self() == null) {
                text = getTranslation("me.assess.compare.selfNone", d.domain().in(getLocale()));
            } else if (d.coach() == null) {
                text = getTranslation("me.assess.compare.selfOnly", d.domain().in(getLocale()),
                        one(d.self()), c.maxValue());
            } else {
                double diff = d.self() - d.coach();
                String key = Math.abs(diff) < 0.5 ? "me.assess.compare.same"
                        : diff > 0 ? "me.assess.compare.higher" : "me.assess.compare.lower";
                text = getTranslation(key, d.domain().in(getLocale()), one(d.self()),
                        one(d.coach()), c.maxValue());
            }
            list.add(new ListItem(text));
        }
        box.add(list, new Paragraph(getTranslation("me.assess.compare.talk")));
        return box;
    }

    private String one(double value) {
        return String.format(getLocale(), "%.1f", value);
    }

    // ------------------------------------------------------------------ answering, one question per screen

    private void startAnswering(Due d) {
        List<Q> list = new ArrayList<>();
        Locale l = getLocale();
        if (d.kind() == Kind.INCLUSION) {
            InclusionSurveyService.OwnSurvey s = survey.ownSurvey(period.periodId(), d.instrumentId(), d.phase());
            s.statements().questions().forEach(q -> list.add(new Q(q.key(), q.group().in(l), q.text().in(l),
                    q.options().stream().map(o -> Map.entry(o.value(), o.label().in(l))).toList(), false,
                    q.mayBeLeftOut())));
            s.others().forEach(q -> list.add(new Q(q.key(), q.part().in(l), q.text().in(l),
                    q.options().stream().map(o -> Map.entry(o.value(), o.label().in(l))).toList(), q.open(), true)));
        } else {
            own.form(period.periodId(), d.instrumentId(), d.phase()).questions().forEach(q -> list.add(new Q(q.key(),
                    q.group().in(l), q.text().in(l),
                    q.options().stream().map(o -> Map.entry(o.value(), o.label().in(l))).toList(), false,
                    q.mayBeLeftOut())));
        }
        OwnDraft draft = accounts.ownDraft(period.periodId(), d.formKey());
        answering = d;
        questions = list;
        answers = new LinkedHashMap<>(draft.answers());
        draftVersion = draft.version();
        // continue where the trainee left off
        index = 0;
        while (index < questions.size() && answers.containsKey(questions.get(index).key())) {
            index++;
        }
        showQuestion();
    }

    private void showQuestion() {
        removeAll();
        add(new H2(dueLabel(answering)));
        if (index >= questions.size()) {
            showReview();
            return;
        }
        Q q = questions.get(index);
        Paragraph progress = new Paragraph(getTranslation("me.assess.progress", index + 1, questions.size()));
        progress.setId("me-assess-progress");
        progress.addClassName("me-progress");
        progress.getElement().setAttribute("aria-live", "polite");
        ProgressBar bar = new ProgressBar(0, questions.size(), index);
        bar.getElement().setAttribute("aria-label", getTranslation("me.assess.progressLabel"));
        bar.getElement().setAttribute("aria-valuetext", getTranslation("me.assess.progress", index + 1,
                questions.size()));
        Span group = new Span(q.group());
        group.addClassName("me-note");
        add(progress, bar, group);

        Button next = new Button(getTranslation(index + 1 == questions.size() ? "me.assess.toReview"
                : "me.assess.next"), e -> {
            index++;
            showQuestion();
        });
        next.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        next.addClassName("me-big-button");
        next.setId("me-assess-next");
        String previous = answers.get(q.key());
        if (q.open()) {
            TextArea text = new TextArea(q.text());
            text.setWidthFull();
            text.setMaxLength(2000);
            text.setMinHeight("8rem");
            text.setId("me-assess-text");
            text.setValue(previous == null ? "" : previous);
            text.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
            text.setValueChangeTimeout(800);
            text.addValueChangeListener(e -> keep(q.key(), e.getValue().isBlank() ? null : e.getValue()));
            add(text);
        } else {
            RadioButtonGroup<Integer> choice = new RadioButtonGroup<>(q.text());
            choice.addClassName("me-choice");
            choice.setId("me-assess-choice");
            choice.setItems(q.options().stream().map(Map.Entry::getKey).toList());
            choice.setItemLabelGenerator(v -> q.options().stream().filter(o -> o.getKey().equals(v))
                    .map(Map.Entry::getValue).findFirst().orElse(String.valueOf(v)));
            if (previous != null) {
                choice.setValue(Integer.valueOf(previous));
            }
            choice.addValueChangeListener(e -> {
                keep(q.key(), e.getValue() == null ? null : String.valueOf(e.getValue()));
            });
            add(choice);
        }
        Div buttons = new Div();
        buttons.addClassName("me-actions");
        buttons.add(next);
        if (index > 0) {
            Button back = new Button(getTranslation("me.assess.back"), e -> {
                index--;
                showQuestion();
            });
            back.addClassName("me-big-button");
            back.setId("me-assess-back");
            buttons.add(back);
        }
        Button later = new Button(getTranslation("me.assess.later"), e -> showList());
        later.addThemeVariants(ButtonVariant.TERTIARY);
        later.addClassName("me-big-button");
        later.setId("me-assess-later");
        buttons.add(later);
        add(buttons);
    }

    /** Keeps the answer at once (the trainee's draft), so nothing is lost if the phone sleeps. */
    private void keep(String key, String value) {
        if (value == null) {
            answers.remove(key);
        } else {
            answers.put(key, value);
        }
        try {
            draftVersion = accounts.saveOwnDraft(period.periodId(), answering.formKey(), draftVersion, answers)
                    .version();
        } catch (ConcurrentEditException e) {
            // answered meanwhile on another device: take those answers, keep this one on top
            OwnDraft other = accounts.ownDraft(period.periodId(), answering.formKey());
            Map<String, String> merged = new LinkedHashMap<>(other.answers());
            if (value != null) {
                merged.put(key, value);
            }
            answers = merged;
            draftVersion = accounts.saveOwnDraft(period.periodId(), answering.formKey(), other.version(), answers)
                    .version();
            Notifications.success(getTranslation("me.assess.merged"));
        }
    }

    private void showReview() {
        long missing = questions.stream().filter(q -> !q.optional() && !answers.containsKey(q.key())).count();
        long answered = questions.stream().filter(q -> answers.containsKey(q.key())).count();
        Paragraph summary = new Paragraph(getTranslation("me.assess.review", answered, questions.size()));
        summary.setId("me-assess-review");
        add(summary);
        Div buttons = new Div();
        buttons.addClassName("me-actions");
        if (missing > 0) {
            Paragraph need = new Paragraph(getTranslation("me.assess.missing", missing));
            need.addClassName("activate-error");
            need.setId("me-assess-missing");
            add(need);
            Button first = new Button(getTranslation("me.assess.toMissing"), e -> {
                index = 0;
                while (index < questions.size() && (questions.get(index).optional()
                        || answers.containsKey(questions.get(index).key()))) {
                    index++;
                }
                showQuestion();
            });
            first.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
            first.addClassName("me-big-button");
            first.setId("me-assess-to-missing");
            buttons.add(first);
        } else {
            Button send = new Button(getTranslation("me.assess.send"), e -> Notifications.save(this, () -> {
                send();
                Notifications.success(getTranslation("me.assess.sent"));
                showList();
            }));
            send.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
            send.addClassName("me-big-button");
            send.setId("me-assess-send");
            buttons.add(send);
        }
        Button back = new Button(getTranslation("me.assess.back"), e -> {
            index = questions.size() - 1;
            showQuestion();
        });
        back.addClassName("me-big-button");
        back.setId("me-assess-back");
        buttons.add(back);
        add(buttons);
    }

    private void send() {
        if (answering.kind() == Kind.INCLUSION) {
            survey.submitOwn(period.periodId(), answering.instrumentId(), answering.phase(), answers);
            accounts.discardOwnDraft(period.periodId(), answering.formKey());
        } else {
            Map<String, Integer> values = new LinkedHashMap<>();
            answers.forEach((k, v) -> values.put(k, Integer.valueOf(v)));
            own.submit(period.periodId(), answering.instrumentId(), answering.phase(), values);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("me.assess.title");
    }
}
