package fi.taitoura.employment;

import fi.taitoura.base.time.Time;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import fi.taitoura.AbstractBrowserTest;
import fi.taitoura.PdfText;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The job coach's whole path in a real browser on a phone (390 x 844): referral, agreement, profile, job-search
 * plan, an employer contact, a job start, the in-work support plan, the job end and the closure; the forms and the
 * per-client summary downloaded. Counts the taps it takes to record an employer contact and a job start.
 */
class EmploymentBrowserTest extends AbstractBrowserTest {

    @Autowired
    EmploymentService service;
    @Autowired
    EmployerService employers;

    private int taps;

    /** A tap (click) the user makes; typing into a field already tapped is not counted again. */
    private void tap(Locator locator) {
        locator.click();
        taps++;
    }

    /**
     * Sets a date picker's value. On a phone the picker opens its full-screen calendar where a user taps the day;
     * the test sets the value the calendar would set (dates are not counted as taps: most default to today).
     */
    private void fillDate(String id, LocalDate date) {
        page.locator("#" + id).evaluate("(e, v) => { e.value = v; }", date.toString());
    }

    private void pick(String id, String text) {
        tap(page.locator("#" + id));
        tap(page.locator("vaadin-select-item:not([hidden]), vaadin-combo-box-item:not([hidden])")
                .filter(new Locator.FilterOptions().setHasText(text)).first());
    }

    private void saveForm() {
        page.locator("#form-save").click();
        page.locator("#form-dialog").waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
    }

    @Test
    void theWholePathOnAPhoneWithTheTapsCounted() throws Exception {
        runAs("tyohonvalmentaja");
        Long team = EmploymentTestSupport.team(service);
        String employerName = "Kahvila Kulma " + UUID.randomUUID().toString().substring(0, 4);
        employers.saveEmployer(null, new EmploymentRecords.EmployerInput(-1, team, employerName, null, "Kahvilat",
                null, null, null, null, true));
        String lastName = "Puhelin" + UUID.randomUUID().toString().substring(0, 4);

        // the same browser, a phone-sized context
        Browser browser = page.context().browser();
        browserContext.close();
        browserContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setLocale("fi-FI").setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(1));
        browserContext.setDefaultTimeout(30_000);
        page = browserContext.newPage();

        // on a phone the navigation is folded into the drawer: wait for the header instead
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name=username]").fill("tyohonvalmentaja");
        page.locator("vaadin-login-form input[name=password]").fill("demo");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.locator("#sign-out").waitFor();
        page.navigate(url("employment"));
        page.locator("#case-cards").waitFor();
        screenshot("phone-caseload");

        // referral: a new client straight from a referrer
        page.locator("#new-case").click();
        page.locator("#new-case-first-name input").fill("Petra");
        page.locator("#new-case-last-name input").fill(lastName);
        fillDate("new-case-born", LocalDate.of(1993, 3, 3));
        fillDate("new-case-referred-on", Time.today().minusDays(20));
        page.locator("#new-case-reason textarea").fill("Haluaa kahvila-alalle.");
        page.locator("#new-case-consent input").check();
        assertThat(page.locator("#new-case-consent input")).isChecked();
        screenshot("phone-referral");
        page.locator("#new-case-save").click();
        assertThat(page.locator("#case-client")).hasText("Petra " + lastName);

        // agreement, with disclosure allowed
        page.locator("#edit-form-AGREEMENT").click();
        fillDate("form-date", Time.today().minusDays(14));
        page.locator("#form-goal textarea").fill("Osa-aikatyö kahvilassa.");
        page.locator("#form-disclosure vaadin-radio-button").first().locator("input").check();
        screenshot("phone-agreement");
        saveForm();
        assertThat(page.locator("#phase-stepper li.current")).containsText("2");

        // profile and the job-search plan
        page.locator("#edit-form-PROFILE").click();
        page.locator("#form-strengths textarea").fill("Asiakaspalvelu, täsmällisyys.");
        page.locator("#form-interests textarea").fill("Kahvit ja leivonta.");
        saveForm();
        page.locator("#edit-form-JOB_SEARCH_PLAN").click();
        page.locator("#form-target-jobs textarea").fill("Barista, kahvilan myyjä.");
        saveForm();
        assertThat(page.locator("#phase-stepper li.current")).containsText("3");
        screenshot("phone-case-in-search");

        // an employer contact from the case page: the client is already chosen, today's date is set
        taps = 0;
        tap(page.locator("#record-contact"));
        assertThat(page.locator("#contact-disclosures")).containsText("saa kertoa");
        tap(page.locator("#contact-employer input"));
        page.locator("#contact-employer input").fill(employerName.substring(0, 12));
        tap(page.locator("vaadin-combo-box-item:not([hidden])").filter(new Locator.FilterOptions().setHasText(employerName)));
        tap(page.locator("#contact-purpose textarea"));
        page.locator("#contact-purpose textarea").fill("Esittely ja asiakkaan vahvuudet.");
        screenshot("phone-contact");
        tap(page.locator("#contact-save"));
        page.locator("#contact-dialog").waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        int contactTaps = taps;
        assertThat(page.locator("#first-contact")).containsText("14");

        // a job start
        taps = 0;
        tap(page.locator("#start-job"));
        tap(page.locator("#job-employer input"));
        page.locator("#job-employer input").fill(employerName.substring(0, 12));
        tap(page.locator("vaadin-combo-box-item:not([hidden])").filter(new Locator.FilterOptions().setHasText(employerName)));
        tap(page.locator("#job-title input"));
        page.locator("#job-title input").fill("Barista");
        tap(page.locator("#job-hours input"));
        page.locator("#job-hours input").fill("20");
        screenshot("phone-job-start");
        tap(page.locator("#job-save"));
        page.locator("#job-dialog").waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        int jobTaps = taps;
        assertThat(page.locator("#phase-stepper li.current")).containsText("5");
        assertThat(page.locator("#case-warnings")).containsText("tuen suunnitelma puuttuu");
        screenshot("phone-in-work-warning");

        // the in-work support plan makes the warning disappear
        Long caseId = service.caseload(false).stream().filter(r -> r.clientName().endsWith(lastName)).findFirst()
                .orElseThrow().id();
        Long jobId = service.detail(caseId).jobs().get(0).id();
        page.locator("#edit-form-SUPPORT_PLAN-" + jobId).click();
        page.locator("#form-on-the-job textarea").fill("Valmentaja mukana kahtena ensimmäisenä aamuna.");
        saveForm();
        assertThat(page.locator("#case-warnings")).hasText("");

        // the form's PDF and the per-client summary as PDF and xlsx
        Download agreementPdf = page.waitForDownload(() -> page.locator("#pdf-form-AGREEMENT").click());
        String agreementText = PdfText.of(PdfText.save("employment-browser-agreement",
                Files.readAllBytes(agreementPdf.path())));
        assertThat(agreementText).contains("Yhteistyösopimus", "Petra " + lastName, "Osa-aikatyö kahvilassa.");

        // job end (form D) and closure (form E)
        page.locator("#tab-jobs").click();
        page.locator("#end-job-" + jobId).click();
        pick("job-ended-by", "Asiakas");
        page.locator("#job-end-reason textarea").fill("Muutto toiselle paikkakunnalle.");
        page.locator("#job-end-save").click();
        assertThat(page.locator("#phase-stepper li.current")).containsText("3");
        page.locator("#tab-summary").click();
        Download xlsx = page.waitForDownload(() -> page.locator("#summary-xlsx").click());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx.path()))) {
            var row = wb.getSheetAt(0).getRow(3);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(0))).isTrue();
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(20.0);
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo(employerName);
        }
        screenshot("phone-summary");
        page.locator("#tab-forms").click();
        page.locator("#edit-form-CLOSURE").click();
        pick("form-outcome", "Muu");
        page.locator("#form-status textarea").fill("Muuttaa pois; ohjattu uuden kunnan palveluihin.");
        saveForm();
        assertThat(page.locator("#case-facts")).containsText("Päättynyt");
        screenshot("phone-closed");

        System.out.println("EMPLOYMENT CLICKS on a phone: employer contact " + contactTaps + " taps, job start "
                + jobTaps + " taps (text typed into a tapped field not counted)");
        assertThat(contactTaps).isLessThanOrEqualTo(5);
        assertThat(jobTaps).isLessThanOrEqualTo(7);
    }

    @Test
    void aCoachOfAnotherTeamSeesAMissingPageAndTheDesktopViewsLookRight() {
        runAs("tyohonvalmentaja");
        Long caseId = service.caseload(false).stream().filter(r -> r.clientName().equals("Markus Hiltunen"))
                .findFirst().orElseThrow().id();
        Long employerId = employers.register().get(0).id();

        signIn("tyohonvalmentaja", "demo");
        page.navigate(url("employment"));
        page.locator("#case-cards").waitFor();
        screenshot("desktop-caseload");
        page.navigate(url("employment/" + caseId));
        assertThat(page.locator("#case-client")).hasText("Markus Hiltunen");
        screenshot("desktop-case");
        page.locator("#tab-summary").click();
        page.locator("#summary-timeline").waitFor();
        screenshot("desktop-summary");
        page.navigate(url("employers"));
        page.locator("#employers").waitFor();
        screenshot("desktop-employers");
        page.navigate(url("employers/" + employerId));
        page.locator("#employer-name").waitFor();
        screenshot("desktop-employer");
        signOut();

        signIn("tyohonvalmentaja2", "demo");
        page.navigate(url("employment/" + caseId));
        assertThat(page.locator("h2")).hasText("Sivua ei löytynyt");
        page.navigate(url("employers/" + employerId));
        assertThat(page.locator("h2")).hasText("Sivua ei löytynyt");
        screenshot("other-team-refused");
    }
}
