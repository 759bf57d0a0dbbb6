package fi.taitoura.employment.ui;

import fi.taitoura.base.time.Time;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.base.ui.Formats;
import fi.taitoura.base.ui.PeriodSection;
import fi.taitoura.employment.EmploymentAccess;
import fi.taitoura.employment.EmploymentRecords.FormInput;
import fi.taitoura.employment.EmploymentRecords.PeriodCaseState;
import fi.taitoura.employment.EmploymentRecords.Ref;
import fi.taitoura.employment.EmploymentService;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The period page's "supported employment" tab: for the period's coach and career agent, the state of the case
 * that continues the period (team, coach, phase, outcome) and the referral to supported employment, the natural
 * next step after a workshop.
 */
@Configuration(proxyBeanMethods = false)
class EmploymentPeriodSection {

    @Bean
    PeriodSection employmentSection(EmploymentService service, EmploymentAccess access,
                                    TranslationProvider translations) {
        return new PeriodSection() {
            @Override
            public int order() {
                return 60;
            }

            @Override
            public String titleKey() {
                return "employment.section.title";
            }

            @Override
            public Component create(Long periodId) {
                return new Panel(service, access, translations, periodId);
            }
        };
    }

    static final class Panel extends VerticalLayout {

        private final EmploymentService service;
        private final TranslationProvider translations;
        private final Long periodId;
        private final boolean mayRefer;

        Panel(EmploymentService service, EmploymentAccess access, TranslationProvider translations, Long periodId) {
            this.service = service;
            this.translations = translations;
            this.periodId = periodId;
            this.mayRefer = access.mayReferFromPeriod(periodId);
            setPadding(false);
            addClassName("employment-section");
            build();
        }

        private void build() {
            removeAll();
            if (!mayRefer) {
                add(new Paragraph(getTranslation("employment.section.readOnly")));
                return;
            }
            List<PeriodCaseState> states = service.periodCases(periodId);
            if (states.isEmpty()) {
                add(new Paragraph(getTranslation("employment.section.none")));
            }
            for (PeriodCaseState s : states) {
                Div card = new Div();
                card.addClassName("event-card");
                card.setId("period-case-" + s.caseId());
                card.add(new H3(s.teamName()), Ui.field(getTranslation("employment.field.coach"),
                                s.coachName() == null ? getTranslation("employment.noCoach") : s.coachName()),
                        Ui.field(getTranslation("employment.field.phase"), s.phase().number() + " "
                                + translations.enumLabel(s.phase(), getLocale())),
                        Ui.field(getTranslation("employment.field.referredOn"), Ui.date(s.referredOn())));
                if (s.closedOn() != null) {
                    card.add(Ui.field(getTranslation("employment.field.closedOn"), Ui.date(s.closedOn()) + " · "
                            + translations.enumLabel(s.outcome(), getLocale())));
                }
                add(card);
            }
            add(Ui.action(getTranslation("employment.section.refer"), VaadinIcon.ARROW_FORWARD, "refer-to-employment",
                    this::refer));
        }

        private void refer() {
            Dialog d = Ui.dialog(getTranslation("employment.section.refer"), "refer-dialog");
            List<Ref> teams = service.teamsForReferral(periodId);
            Select<Ref> team = new Select<>();
            team.setLabel(getTranslation("employment.field.team"));
            team.setItems(teams);
            team.setItemLabelGenerator(Ref::name);
            team.setId("refer-team");
            if (teams.size() == 1) {
                team.setValue(teams.get(0));
            }
            DatePicker date = Formats.datePicker(getTranslation("employment.field.referredOn"));
            date.setValue(Time.today());
            date.setMax(Time.today());
            date.setId("refer-date");
            TextField referrer = Ui.line(getTranslation("employment.form.REFERRAL.REFERRER_NAME"), "refer-referrer",
                    200);
            TextArea reason = Ui.area(getTranslation("employment.form.REFERRAL.REASON"), "refer-reason", 4000);
            TextArea goal = Ui.area(getTranslation("employment.form.REFERRAL.GOAL"), "refer-goal", 4000);
            Checkbox consent = new Checkbox(getTranslation("employment.form.REFERRAL.consent"));
            consent.setId("refer-consent");
            d.add(new Paragraph(getTranslation("employment.section.referHelp")), Ui.form(team, date, referrer),
                    reason, goal, consent);
            d.getFooter().add(Ui.cancel(d), Ui.primary(getTranslation("employment.section.refer"), "refer-save", () -> {
                String required = getTranslation("validation.required");
                boolean ok = CaseDialogs.requireValue(team, team.getValue() == null, required)
                        & CaseDialogs.requireValue(date, date.getValue() == null, required)
                        & CaseDialogs.requireValue(reason, reason.getValue().isBlank(), required);
                if (!ok) {
                    return;
                }
                Map<String, String> texts = new LinkedHashMap<>();
                texts.put("REFERRER_NAME", referrer.getValue());
                texts.put("REASON", reason.getValue());
                texts.put("GOAL", goal.getValue());
                FormInput in = new FormInput(-1, date.getValue(), null, null, consent.getValue(), null, Set.of(),
                        texts, null, null);
                Ui.save(this, d, () -> service.referFromPeriod(periodId, team.getValue().id(), date.getValue(), in),
                        id -> build());
            }));
            d.open();
        }
    }
}
