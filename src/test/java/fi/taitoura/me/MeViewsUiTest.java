package fi.taitoura.me;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import fi.taitoura.AbstractUiTest;
import fi.taitoura.documentation.TraineeDiary;
import fi.taitoura.trainee.TraineeAccounts;
import fi.taitoura.trainee.TraineeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue #16: the trainee's own pages in Karibu (the demo trainee valmentautuja is Mikko Laaksonen). */
class MeViewsUiTest extends AbstractUiTest {

    @Autowired
    TraineeAccounts ownAccounts;
    @Autowired
    TraineeDiary diary;


    @Autowired
    TraineeService trainees;

    private Long trainee(String name) {
        runAs("valmentaja");
        return trainees.findVisibleTrainees().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow()
                .traineeId();
    }

    @Test
    void theStartPageIsTheTraineesHomeWithTodayGoalsAndWhatNext() {
        login("valmentautuja");
        UI.getCurrent().navigate("");
        assertThat(_get(H2.class).getText()).isEqualTo("Hei, Mikko!");
        String page = PrettyPrintTreeKt.toPrettyTree(UI.getCurrent());
        assertThat(page).contains("Tänään", "Mitä seuraavaksi", "Omat tavoitteet", "Katso, mitä osaat jo");
        // the menu holds the trainee's own pages only
        assertThat(_get(SideNav.class).getItems()).extracting(SideNavItem::getPath)
                .allMatch(p -> p.startsWith("me"));
        UI.getCurrent().navigate("me/skills");
        assertThat(PrettyPrintTreeKt.toPrettyTree(UI.getCurrent())).contains("Olet näyttänyt", "Taidot");
    }

    @Test
    void theTraineeWritesAnEntryAndSeesTheCoachsComment() {
        login("valmentautuja");
        UI.getCurrent().navigate("me/diary");
        assertThat(PrettyPrintTreeKt.toPrettyTree(UI.getCurrent())).contains("Valmentajan kommentti",
                "Hienoa, että muistit suojaimet itse!");
        _click(_get(Button.class, spec -> spec.withId("me-diary-new")));
        _click(_get(Button.class, spec -> spec.withId("me-diary-save")));
        TextArea text = _get(TextArea.class, spec -> spec.withId("me-diary-text"));
        assertThat(text.isInvalid()).as("the message is next to the field").isTrue();
        assertThat(text.getErrorMessage()).isNotBlank();
        _setValue(text, "Karibu-merkintä: harjoittelin lumitöitä.");
        _click(_get(Button.class, spec -> spec.withId("me-diary-save")));
        assertThat(_find(Paragraph.class, spec -> spec.withText("Karibu-merkintä: harjoittelin lumitöitä.")))
                .hasSize(1);
    }

    @Test
    void myDataShowsWhatIsHeldAndWhoHasReadItInPlainWords() {
        runAs("valmentautuja");
        Long periodId = ownAccounts.own().orElseThrow().current().orElseThrow().periodId();
        runAs("valmentaja");
        trainee("Mikko Laaksonen"); // the coach's list read is in the log
        // the coach opens the demo diary's photo (issue 16): the read is told in plain words too
        Long photoId = diary.entries(periodId).stream().flatMap(e -> e.photoIds().stream()).findFirst()
                .orElseThrow();
        assertThat(diary.photo(periodId, photoId)).isNotEmpty();
        login("valmentautuja");
        UI.getCurrent().navigate("me/data");
        String page = PrettyPrintTreeKt.toPrettyTree(UI.getCurrent());
        assertThat(page).contains("Mitä sinusta on tallennettu", "Nimesi: Mikko Laaksonen",
                "Kuka on katsonut tietojasi", "valmentaja katsoi: valmentautujien lista",
                "valmentaja katsoi: päiväkirjan kuva");
    }

    @Test
    void aTraineeReachesNoStaffPageAndNoOtherTraineeByAddress() {
        Long jenna = trainee("Jenna Heikkinen");
        login("valmentautuja");
        for (String path : new String[] {"trainees", "trainees/" + jenna, "work-units", "catalogue", "day",
                "admin/users", "summaries"}) {
            UI.getCurrent().navigate(path);
            assertThat(_get(H2.class).getText()).as(path).isEqualTo("Sivua ei löytynyt");
        }
        login("valmentaja");
        UI.getCurrent().navigate("me");
        assertThat(_get(H2.class).getText()).as("staff do not open the trainee's pages")
                .isEqualTo("Sivua ei löytynyt");
    }

    @Test
    void theCoachActivatesTheAccountFromTheTraineesPage() {
        Long jenna = trainee("Jenna Heikkinen");
        login("valmentaja");
        UI.getCurrent().navigate("trainees/" + jenna);
        TabSheet sheet = _get(TabSheet.class);
        for (int i = 0; ; i++) {
            if (sheet.getTabAt(i).getLabel().equals("Valmentautujan tunnus")) {
                sheet.setSelectedIndex(i);
                break;
            }
        }
        _click(_get(Button.class, spec -> spec.withId("trainee-account-activate")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("activation-code")).getText())
                .matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(PrettyPrintTreeKt.toPrettyTree(UI.getCurrent())).contains("Käyttäjätunnus: jenna.");
    }
}
