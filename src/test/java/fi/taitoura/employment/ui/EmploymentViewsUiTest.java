package fi.taitoura.employment.ui;

import fi.taitoura.base.time.Time;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.taitoura.AbstractUiTest;
import fi.taitoura.employment.EmployerService;
import fi.taitoura.employment.EmploymentRecords;
import fi.taitoura.employment.EmploymentRecords.CaseRow;
import fi.taitoura.employment.EmploymentRecords.ContactClient;
import fi.taitoura.employment.EmploymentRecords.EmployerInput;
import fi.taitoura.employment.EmploymentRecords.FormInput;
import fi.taitoura.employment.EmploymentRecords.JobView;
import fi.taitoura.employment.EmploymentRecords.Ref;
import fi.taitoura.employment.EmploymentService;
import fi.taitoura.employment.EndedBy;
import fi.taitoura.employment.FormKind;
import fi.taitoura.employment.Outcome;
import fi.taitoura.employment.Phase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EmploymentViewsUiTest extends AbstractUiTest {

    @Autowired
    EmploymentService service;
    @Autowired
    EmployerService employers;

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 5);
    }

    private static String text(com.vaadin.flow.component.notification.Notification n) {
        return String.valueOf(n.getElement().getProperty("text"));
    }

    private String warnings() {
        return _get(Div.class, spec -> spec.withId("case-warnings")).getElement().getTextRecursively();
    }

    private void openTab(String id) {
        Tab tab = _get(Tab.class, spec -> spec.withId(id));
        _get(TabSheet.class, spec -> spec.withId("case-tabs")).setSelectedTab(tab);
    }

    @Test
    void theJobCoachSeesTheCaseloadOverAllPhasesAndOpensACase() {
        login("tyohonvalmentaja");
        UI.getCurrent().navigate("employment");
        var nav = _get(com.vaadin.flow.component.sidenav.SideNav.class, spec -> spec.withId("main-nav")).getItems()
                .stream().map(com.vaadin.flow.component.sidenav.SideNavItem::getPath).toList();
        assertThat(nav).contains("employment", "employers").doesNotContain("trainees", "day", "admin/users");
        List<Anchor> cases = _find(Anchor.class).stream().filter(a -> a.getId().orElse("").startsWith("case-"))
                .toList();
        assertThat(cases.size()).isBetween(8, 40);
        String counts = _get(Div.class, spec -> spec.withId("phase-counts")).getElement().getTextRecursively();
        for (Phase p : Phase.values()) {
            assertThat(counts).contains(p.number() + " ");
        }
        Anchor timo = cases.stream().filter(a -> a.getText().equals("Timo Rautio")).findFirst().orElseThrow();
        UI.getCurrent().navigate(timo.getHref());
        assertThat(_get(H2.class, spec -> spec.withId("case-client")).getText()).isEqualTo("Timo Rautio");
        assertThat(warnings()).contains("työnhakusuunnitelmaa", "Ei työnantajakontaktia");
    }

    @Test
    void aCoachOfAnotherTeamGetsAMissingPage() {
        login("tyohonvalmentaja");
        CaseRow any = service.caseload(false).get(0);
        Long employerId = employers.register().get(0).id();
        login("tyohonvalmentaja2");
        UI.getCurrent().navigate("employment/" + any.id());
        assertThat(_get(H2.class).getText()).isEqualTo("Sivua ei löytynyt");
        UI.getCurrent().navigate("employers/" + employerId);
        assertThat(_get(H2.class).getText()).isEqualTo("Sivua ei löytynyt");
        login("valmentaja");
        UI.getCurrent().navigate("employment/" + any.id());
        assertThat(_get(H2.class).getText()).isEqualTo("Sivua ei löytynyt");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWholePathThroughTheViewsWithWarningsThatAppearAndDisappear() {
        login("tyohonvalmentaja");
        String lastName = unique("Polkunen");
        UI.getCurrent().navigate("employment");
        _click(_get(Button.class, spec -> spec.withId("new-case")));
        _setValue(_get(TextField.class, spec -> spec.withId("new-case-first-name")), "Pia");
        _setValue(_get(TextField.class, spec -> spec.withId("new-case-last-name")), lastName);
        _setValue(_get(DatePicker.class, spec -> spec.withId("new-case-born")), LocalDate.of(1990, 5, 5));
        _setValue(_get(DatePicker.class, spec -> spec.withId("new-case-referred-on")), Time.today().minusDays(40));
        // the reason is required: the message is next to the field and nothing is saved
        _click(_get(Button.class, spec -> spec.withId("new-case-save")));
        assertThat(_get(TextArea.class, spec -> spec.withId("new-case-reason")).isInvalid()).isTrue();
        _setValue(_get(TextArea.class, spec -> spec.withId("new-case-reason")), "Haluaa kaupan alalle.");
        _setValue(_get(Checkbox.class, spec -> spec.withId("new-case-consent")), true);
        _click(_get(Button.class, spec -> spec.withId("new-case-save")));
        assertThat(_get(H2.class, spec -> spec.withId("case-client")).getText()).isEqualTo("Pia " + lastName);
        Long caseId = service.caseload(false).stream().filter(r -> r.clientName().endsWith(lastName)).findFirst()
                .orElseThrow().id();

        // agreement (disclosure no) -> phase 2
        _click(_get(Button.class, spec -> spec.withId("edit-form-AGREEMENT")));
        _setValue(_get(DatePicker.class, spec -> spec.withId("form-date")), Time.today().minusDays(35));
        _setValue(_get(TextArea.class, spec -> spec.withId("form-goal")), "Osa-aikatyö kaupassa");
        _click(_get(Button.class, spec -> spec.withId("form-save")));
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("form-disclosure")).isInvalid()).isTrue();
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("form-disclosure")), false);
        _click(_get(Button.class, spec -> spec.withId("form-save")));
        assertThat(service.detail(caseId).row().phase()).isEqualTo(Phase.PROFILE);
        assertThat(_get(Div.class, spec -> spec.withId("case-disclosure")).getElement().getTextRecursively())
                .contains("Ei");
        assertThat(warnings()).contains("Ei työnantajakontaktia 35 pv");

        // profile
        _click(_get(Button.class, spec -> spec.withId("edit-form-PROFILE")));
        _setValue(_get(TextArea.class, spec -> spec.withId("form-strengths")), "Asiakaspalvelu");
        _click(_get(Button.class, spec -> spec.withId("form-save")));

        // the coach moves to job search without a plan: the criterion-16 warning appears
        _click(_get(Button.class, spec -> spec.withId("change-phase")));
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("phase-select")), Phase.JOB_SEARCH);
        _click(_get(Button.class, spec -> spec.withId("phase-save")));
        assertThat(warnings()).contains("työnhakusuunnitelmaa");
        _click(_get(Button.class, spec -> spec.withId("edit-form-JOB_SEARCH_PLAN")));
        _setValue(_get(TextArea.class, spec -> spec.withId("form-target-jobs")), "Myyjä");
        _click(_get(Button.class, spec -> spec.withId("form-save")));
        assertThat(warnings()).doesNotContain("työnhakusuunnitelmaa");

        // an employer contact about the client: the client's "no disclosure" is shown in the form
        Long team = service.myTeams().stream().filter(t -> t.name().equals("Työhönvalmennustiimi Esimerkkilä"))
                .findFirst().orElseThrow().id();
        String employerName = unique("Kauppa ");
        employers.saveEmployer(null, new EmployerInput(-1, team, employerName, null, "Kauppa", null, null, null, null,
                true));
        UI.getCurrent().navigate("employment/" + caseId);
        _click(_get(Button.class, spec -> spec.withId("record-contact")));
        assertThat(_get(Div.class, spec -> spec.withId("contact-disclosures")).getElement().getTextRecursively())
                .contains("EI saa kertoa");
        ComboBox<Ref> employer = _get(ComboBox.class, spec -> spec.withId("contact-employer"));
        Ref ref = employer.getListDataView().getItems().filter(r -> r.name().equals(employerName)).findFirst()
                .orElseThrow();
        _setValue(employer, ref);
        _click(_get(Button.class, spec -> spec.withId("contact-save")));
        assertThat(warnings()).doesNotContain("työnantajakontaktia").contains("35 pv");

        // job start -> phase 5, and the criterion-22 warning until the support plan is made
        _click(_get(Button.class, spec -> spec.withId("start-job")));
        ComboBox<Ref> jobEmployer = _get(ComboBox.class, spec -> spec.withId("job-employer"));
        _setValue(jobEmployer, jobEmployer.getListDataView().getItems().filter(r -> r.name().equals(employerName))
                .findFirst().orElseThrow());
        _setValue(_get(TextField.class, spec -> spec.withId("job-title")), "Myyjä");
        _setValue(_get(NumberField.class, spec -> spec.withId("job-hours")), 18.5);
        _click(_get(Button.class, spec -> spec.withId("job-save")));
        assertThat(service.detail(caseId).row().phase()).isEqualTo(Phase.IN_WORK_SUPPORT);
        assertThat(warnings()).contains("työsuhteen aikaisen tuen suunnitelma puuttuu");
        JobView job = service.detail(caseId).jobs().get(0);
        assertThat(job.disclosed()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("edit-form-SUPPORT_PLAN-" + job.id())));
        _setValue(_get(TextArea.class, spec -> spec.withId("form-on-the-job")), "Perehdytys kassalla");
        _click(_get(Button.class, spec -> spec.withId("form-save")));
        assertThat(warnings()).isEmpty();

        // job end (form D) and closure (form E)
        openTab("tab-jobs");
        _click(_get(Button.class, spec -> spec.withId("end-job-" + job.id())));
        _setValue(_get(Select.class, spec -> spec.withId("job-ended-by")), EndedBy.MUTUAL);
        _click(_get(Button.class, spec -> spec.withId("job-end-save")));
        assertThat(service.detail(caseId).row().phase()).isEqualTo(Phase.JOB_SEARCH);
        openTab("tab-forms");
        _click(_get(Button.class, spec -> spec.withId("edit-form-CLOSURE")));
        _setValue(_get(Select.class, spec -> spec.withId("form-outcome")), Outcome.EDUCATION);
        _click(_get(Button.class, spec -> spec.withId("form-save")));
        var closed = service.detail(caseId);
        assertThat(closed.row().closedOn()).isEqualTo(Time.today());
        assertThat(closed.forms()).extracting(EmploymentRecords.FormRef::kind).contains(FormKind.REFERRAL,
                FormKind.AGREEMENT, FormKind.PROFILE, FormKind.JOB_SEARCH_PLAN, FormKind.SUPPORT_PLAN,
                FormKind.CLOSURE);
        assertThat(_find(Button.class, spec -> spec.withId("start-job"))).isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("new-follow-up")).isVisible()).isTrue();
    }

    @Test
    void aStaleSaveKeepsWhatWasTypedAndSaysWhy() {
        login("tyohonvalmentaja");
        Long caseId = service.caseload(false).stream().filter(r -> r.clientName().equals("Mira Lindholm"))
                .findFirst().orElseThrow().id();
        UI.getCurrent().navigate("employment/" + caseId);
        _click(_get(Button.class, spec -> spec.withId("edit-form-AGREEMENT")));
        TextArea goal = _get(TextArea.class, spec -> spec.withId("form-goal"));
        _setValue(goal, "Kahvila-ala, aamuvuorot");
        // meanwhile a colleague saves the agreement
        var now = service.currentForm(caseId, FormKind.AGREEMENT, null).orElseThrow();
        service.saveForm(caseId, FormKind.AGREEMENT, new FormInput(now.version(), now.formDate(), now.reviewOn(), null,
                null, now.disclosure(), now.parties(), Map.of("GOAL", "Muutettu toisaalla"), null, null));
        _click(_get(Button.class, spec -> spec.withId("form-save")));
        assertThat(_get(FormDialog.class).isOpened()).isTrue();
        assertThat(goal.getValue()).isEqualTo("Kahvila-ala, aamuvuorot");
        assertThat(NotificationsKt.getNotifications()).anyMatch(n -> text(n).startsWith("Joku muu muutti"));
        assertThat(service.currentForm(caseId, FormKind.AGREEMENT, null).orElseThrow().text("GOAL"))
                .isEqualTo("Muutettu toisaalla");

        // a new plan revision over someone else's newer one is refused in the same way
        _get(FormDialog.class).close();
        UI.getCurrent().navigate("employment/" + caseId);
        _click(_get(Button.class, spec -> spec.withId("edit-form-JOB_SEARCH_PLAN")));
        TextArea targets = _get(TextArea.class, spec -> spec.withId("form-target-jobs"));
        _setValue(targets, "Barista");
        service.saveForm(caseId, FormKind.JOB_SEARCH_PLAN, new FormInput(0, Time.today(), null, null, null, null,
                Set.of(), Map.of("TARGET_JOBS", "Tarjoilija"), null, null));
        _click(_get(Button.class, spec -> spec.withId("form-save")));
        assertThat(_get(FormDialog.class).isOpened()).isTrue();
        assertThat(targets.getValue()).isEqualTo("Barista");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theContactFormShowsEachClientsDisclosureChoice() {
        login("tyohonvalmentaja");
        UI.getCurrent().navigate("employers");
        _click(_get(Button.class, spec -> spec.withId("record-contact-register")));
        MultiSelectComboBox<ContactClient> clients = _get(MultiSelectComboBox.class,
                spec -> spec.withId("contact-clients"));
        ContactClient yes = clients.getListDataView().getItems().filter(c -> Boolean.TRUE.equals(c.disclosure()))
                .findFirst().orElseThrow();
        ContactClient no = clients.getListDataView().getItems().filter(c -> Boolean.FALSE.equals(c.disclosure()))
                .findFirst().orElseThrow();
        _setValue(clients, Set.of(yes, no));
        String shown = _get(Div.class, spec -> spec.withId("contact-disclosures")).getElement().getTextRecursively();
        assertThat(shown).contains(yes.name() + ": saa kertoa", no.name() + ": EI saa kertoa");
    }

    @Test
    void theJobCoachOpensThePeriodTheCaseContinuesAndTheCareerAgentSeesTheCase() {
        login("tyohonvalmentaja");
        var laura = service.caseload(false).stream().filter(r -> r.clientName().equals("Laura Mäkelä")).findFirst()
                .orElseThrow();
        var period = service.detail(laura.id()).period();
        UI.getCurrent().navigate("employment/" + laura.id());
        openTab("tab-period");
        Anchor open = _get(Anchor.class, spec -> spec.withId("open-period"));
        UI.getCurrent().navigate(open.getHref());
        assertThat(_find(H2.class).stream().map(H2::getText)).noneMatch(t -> t.equals("Sivua ei löytynyt"));

        login("uraagentti");
        UI.getCurrent().navigate("trainees/" + period.traineeId() + "/periods/" + period.periodId());
        TabSheet tabs = _get(TabSheet.class);
        Tab tab = _find(Tab.class).stream().filter(t -> t.getLabel().equals("Työhönvalmennus")).findFirst()
                .orElseThrow();
        tabs.setSelectedTab(tab);
        assertThat(_get(Div.class, spec -> spec.withId("period-case-" + laura.id())).getElement()
                .getTextRecursively()).contains("Hanna Harju");
    }

    @Test
    void theTeamLeadFollowsButDoesNotWriteAndTheAdminManagesTeams() {
        login("tiiminvetaja");
        UI.getCurrent().navigate("employment");
        assertThat(_find(Button.class, spec -> spec.withId("new-case"))).isEmpty();
        CaseRow any = service.caseload(false).get(0);
        UI.getCurrent().navigate("employment/" + any.id());
        assertThat(_find(Button.class, spec -> spec.withId("record-contact"))).isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("edit-basics")).isVisible()).isTrue();

        login("admin");
        UI.getCurrent().navigate("admin/employment-teams");
        assertThat(_find(Div.class).stream().filter(d -> d.getId().orElse("").startsWith("team-")).count())
                .isGreaterThanOrEqualTo(2);
        UI.getCurrent().navigate("employment");
        assertThat(_get(H2.class).getText()).isEqualTo("Sivua ei löytynyt");
    }

    @Test
    void theStudentVariantRestartsWithANewUnit() {
        login("tyohonvalmentaja");
        var onni = service.caseload(false).stream().filter(r -> r.clientName().equals("Onni Vainio")).findFirst()
                .orElseThrow();
        var d = service.detail(onni.id());
        service.changePhase(onni.id(), d.version(), Phase.JOB_SEARCH, Time.today());
        UI.getCurrent().navigate("employment/" + onni.id());
        openTab("tab-education");
        _click(_get(Button.class, spec -> spec.withId("new-study-unit")));
        _setValue(_get(TextField.class, spec -> spec.withId("study-unit-name")), unique("Tutkinnon osa "));
        _click(_get(Button.class, spec -> spec.withId("study-unit-save")));
        assertThat(service.detail(onni.id()).row().phase()).isEqualTo(Phase.AGREEMENT);
        assertThat(service.detail(onni.id()).phases().getLast().reason())
                .isEqualTo(fi.taitoura.employment.PhaseReason.NEW_STUDY_UNIT);
    }
}
