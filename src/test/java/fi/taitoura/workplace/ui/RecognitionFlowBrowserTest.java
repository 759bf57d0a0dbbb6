package fi.taitoura.workplace.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import fi.taitoura.AbstractBrowserTest;
import fi.taitoura.workplace.CatalogueFixture;
import fi.taitoura.workplace.RecognitionService;
import fi.taitoura.workplace.TaskLibraryService;
import fi.taitoura.workplace.TaskSummary;
import fi.taitoura.workplace.WorkplaceTestData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A coach drafts a recognition, a teacher approves it, the coach maps a task: in a real browser, with screenshots. */
class RecognitionFlowBrowserTest extends AbstractBrowserTest {

    @Autowired
    WorkplaceTestData data;
    @Autowired
    CatalogueFixture catalogue;
    @Autowired
    RecognitionService recognitions;
    @Autowired
    TaskLibraryService tasks;

    /** The "included" checkbox of a tree row, by its accessible name. */
    private Locator included(String rowLabel) {
        return page.getByRole(com.microsoft.playwright.options.AriaRole.CHECKBOX,
                new Page.GetByRoleOptions().setName("Mukana: " + rowLabel).setExact(true));
    }

    private void pick(String comboId, String text) {
        Locator input = page.locator("#" + comboId + " input");
        input.click();
        input.fill(text);
        page.locator("vaadin-combo-box-item, vaadin-multi-select-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(text).setVisible(true)).first().click();
        if (comboId.equals("qualifications")) {
            input.press("Escape"); // closes the multi-select overlay (a single combo box would clear its value)
        }
    }

    @Test
    void coachDraftsTeacherApprovesCoachMapsATask() {
        WorkplaceTestData.Setup s = data.create("Uusikaupunki");
        CatalogueFixture.Qual q = catalogue.qualification("Puhtaus- ja kiinteistöpalvelualan perustutkinto " + System.nanoTime() % 10000,
                List.of("Ylläpitosiivous", "Kiinteistön ulkoalueiden hoito"),
                List.of(List.of("tehdä ylläpitosiivousta asiakkaan tiloissa", "käyttää puhdistusaineita oikein",
                                "lajitella siivouksessa syntyvät jätteet"),
                        List.of("hoitaa piha-alueita vuodenaikojen mukaan")));

        // --- the coach drafts the recognition
        signIn(s.coach().getUsername(), "x");
        page.navigate(url("work-units/" + s.unit().getId() + "/recognition"));
        page.locator("#start-recognition").click();
        pick("qualifications", q.diaryNumber()); // unique: other tests make qualifications of the same name
        page.locator("#recognition-tree").waitFor();
        Locator filter = page.locator("#recognition-filter input");
        filter.fill("ylläpitosiivous");
        assertThat(page.locator("#recognition-tree vaadin-grid-cell-content",
                new Page.LocatorOptions().setHasText("tehdä ylläpitosiivousta asiakkaan tiloissa")).first()).isVisible();
        screenshot("1-coach-filters-the-tree");
        // a narrower search shows the qualification, the unit and the one requirement: tick the requirement
        filter.fill("asiakkaan tiloissa");
        assertThat(page.locator("#recognition-tree vaadin-grid-cell-content >> visible=true",
                new Page.LocatorOptions().setHasText("lajitella siivouksessa"))).hasCount(0);
        Locator requirementRow = page.locator("#recognition-tree vaadin-checkbox.node-check >> visible=true");
        assertThat(requirementRow).hasCount(2);
        included("tehdä ylläpitosiivousta asiakkaan tiloissa").click();
        assertThat(page.locator("#recognition-counts")).containsText("1 tutkinnon osaa, 1 ammattitaitovaatimusta");
        filter.fill("puhdistusaineita");
        included("käyttää puhdistusaineita oikein").click();
        assertThat(page.locator("#recognition-counts")).containsText("2 ammattitaitovaatimusta");
        filter.fill("");
        page.locator("#work-description textarea").fill("Ylläpitosiivousta kaupungin toimitiloissa ja pihoilla.");
        pick("reviewer", s.teacher().getFullName());
        screenshot("2-coach-draft-ready");
        page.locator("#submit-recognition").click();
        assertThat(page.locator("#recognition-state")).containsText("Arvioitavana");
        screenshot("3-coach-submitted");
        signOut();

        // --- the teacher approves
        signIn(s.teacher().getUsername(), "x");
        page.navigate(url("work-units"));
        assertThat(page.locator("#recognitions-to-review")).containsText(s.unit().getName());
        screenshot("4-teacher-inbox");
        page.locator("#recognitions-to-review vaadin-button").first().click();
        assertThat(page.locator("#approve-recognition")).isVisible();
        screenshot("5-teacher-reviews");
        page.locator("#approve-recognition").click();
        page.locator("#confirm-approve").click();
        assertThat(page.locator("#recognition-state")).containsText("Hyväksytty");
        assertThat(page.locator("#recognition-pdf")).isVisible();
        screenshot("6-approved");
        com.microsoft.playwright.Download pdf = page.waitForDownload(() -> page.locator("#recognition-pdf").click());
        try (java.io.InputStream in = pdf.createReadStream()) {
            assertThat(new String(in.readNBytes(5), java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(pdf.suggestedFilename()).endsWith(".pdf");
        signOut();

        // --- the coach maps a task to a recognised requirement
        signIn(s.coach().getUsername(), "x");
        page.navigate(url("work-units/" + s.unit().getId() + "/tasks"));
        page.locator("#new-task").click();
        page.locator("#task-name input").fill("Toimistotilan ylläpitosiivous");
        Locator requirementCell = page.locator("#task-requirements vaadin-grid-cell-content",
                new Page.LocatorOptions().setHasText("tehdä ylläpitosiivousta asiakkaan tiloissa"));
        assertThat(requirementCell.first()).isVisible();
        // only the two recognised requirements are offered
        assertThat(page.locator("#task-requirements vaadin-grid-cell-content >> visible=true",
                new Page.LocatorOptions().setHasText("hoitaa piha-alueita"))).hasCount(0);
        page.locator("#task-requirements vaadin-checkbox >> visible=true").nth(1).click();
        assertThat(page.locator("vaadin-dialog-overlay, vaadin-dialog").first()).containsText("Valittu 1 vaatimusta");
        screenshot("7-coach-maps-task");
        page.locator("#save-task").click();
        assertThat(page.locator("#tasks")).containsText("Toimistotilan ylläpitosiivous");
        screenshot("8-task-library");
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Kattavuus")).click();
        assertThat(page.locator("#coverage-summary")).containsText("1/2");
        screenshot("9-coverage");

        runAs(s.coach().getUsername());
        List<TaskSummary> mapped = tasks.findTaskSummaries(s.unit().getId());
        assertThat(mapped).singleElement().satisfies(t -> assertThat(t.requirementIds()).hasSize(1));
        assertThat(recognitions.isRequirementRecognised(s.unit().getId(),
                mapped.getFirst().requirementIds().iterator().next())).isTrue();
    }
}
