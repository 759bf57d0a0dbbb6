package fi.taitoura.catalogue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import fi.taitoura.AbstractUiTest;
import fi.taitoura.base.i18n.TranslationProvider;
import fi.taitoura.catalogue.CatalogueImportResult.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalogue's pages: search, a unit of each format generation in Finnish and Swedish, and the import page. */
class CatalogueViewsUiTest extends AbstractUiTest {

    /** All visible text under the current UI (spans, list items, links...), to check what a user reads. */
    private static String pageText() {
        return texts(UI.getCurrent()).collect(Collectors.joining("\n"));
    }

    private static Stream<String> texts(Component c) {
        Stream<String> own = c instanceof HasText t && !t.getText().isBlank() ? Stream.of(t.getText()) : Stream.empty();
        if (c instanceof Html html) {
            own = Stream.of(html.getInnerHtml());
        }
        return Stream.concat(own, c.getChildren().flatMap(CatalogueViewsUiTest::texts));
    }

    /** Signs in with the UI in Finnish, whatever language the demo account saved in another test. */
    private void loginInFinnish(String username) {
        login(username);
        useLocale(TranslationProvider.FINNISH);
    }

    private static List<String> levelLabels() {
        return _find(Div.class, spec -> spec.withClasses("catalogue-level-label")).stream()
                .map(d -> d.getElement().getTextRecursively()).distinct().toList();
    }

    @Test
    void unitOf2014FormatShowsRequirementsAndCriteriaPerLevelInFinnishAndSwedish() {
        loginInFinnish("valmentaja");
        UI.getCurrent().navigate("catalogue/unit/100367", inQualification("59/011/2014"));
        assertThat(_get(H2.class, spec -> spec.withId("unit-heading")).getText()).contains("100367");
        String fi = pageText();
        assertThat(fi).contains("Toimistopalvelut", "hoitaa asiakirjatuotantoa (tekee, säilyttää, hävittää)",
                "30 osp", "Liiketalouden perustutkinto (59/011/2014)", "Ei enää voimassa",
                "Oman työn suunnittelu", "Lähde: Opetushallitus, ePerusteet, 59/011/2014",
                "Ammattitaidon osoittamistavat");
        assertThat(levelLabels()).containsExactly("Tyydyttävä T1", "Hyvä H2", "Kiitettävä K3");
        // Source HTML is rendered as markup, never as visible tags.
        assertThat(_find(Html.class)).anySatisfy(h -> assertThat(h.getInnerHtml()).contains("<p>"));
        assertThat(_find(Span.class).stream().map(Span::getText)).noneMatch(t -> t.contains("<p>") || t.contains("<li>"));

        useLocale(TranslationProvider.SWEDISH);
        UI.getCurrent().navigate("catalogue/unit/100367", inQualification("59/011/2014"));
        String sv = pageText();
        assertThat(sv).contains("Kontorstjänster", "tar hand om dokumentproduktion (upprättar, sparar, förstör)",
                "Planering av det egna arbetet", "Yrkeskunnighetskrav", "30 kp", "Gäller inte längre",
                "Källa: Utbildningsstyrelsen, ePerusteet, 59/011/2014");
        assertThat(levelLabels()).containsExactly("Nöjaktiga N1", "Goda G2", "Berömliga B3");
    }

    @Test
    void unitOf2017FormatShowsTheAssessmentAreasAsRequirementsWithCodes() {
        loginInFinnish("opettaja");
        UI.getCurrent().navigate("catalogue/unit/105428", inQualification("OPH-2455-2017"));
        String text = pageText();
        assertThat(text).contains("Kalusteiden asentaminen", "Opiskelija suunnittelee kalusteasennustyön.", "465",
                "Puuteollisuuden perustutkinto");
        assertThat(levelLabels()).containsExactly("Tyydyttävä 1", "Hyvä 3", "Kiitettävä 5");
    }

    @Test
    void unitOf2019FormatAndACommonUnitSubAreaWithOptionalObjectives() {
        loginInFinnish("uraagentti");
        UI.getCurrent().navigate("catalogue/unit/106730", inQualification("OPH-456-2022"));
        String text = pageText();
        assertThat(text).contains("Huippuosaajana toimiminen", "Osaamisen kehittäminen", "9582",
                "arvioi omaa osaamistaan sekä tunnistaa vahvuuksiaan ja kehittämiskohteitaan perustellen");
        assertThat(levelLabels()).containsExactly("Tyydyttävä 1", "Tyydyttävä 2", "Hyvä 3", "Hyvä 4", "Kiitettävä 5");

        assertThat(text).contains("tutkinnonosat_106730 (versio 1)", "Opiskelija …");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText(
                "Tutkinnon osa ePerusteissa (avautuu uuteen välilehteen)")).getHref())
                .isEqualTo("https://eperusteet.opintopolku.fi/#/fi/ammatillinen/8505691/tutkinnonosat/8505801");

        UI.getCurrent().navigate("catalogue/unit/106727", inQualification("OPH-456-2022"));
        assertThat(pageText()).contains("Osa-alueet", "VVAI22-FI");
        UI.getCurrent().navigate("catalogue/unit/VVAI22-FI", inQualification("OPH-456-2022"));
        assertThat(pageText()).contains("Viestintä ja vuorovaikutus äidinkielellä, suomi", "Valinnainen",
                "viestii tilanteen ja kohderyhmän mukaisesti", "106727 Viestintä- ja vuorovaikutusosaaminen",
                "ammatillisenoppiaineet_vvai22");
        assertThat(pageText()).doesNotContain("Ammattitaidon osoittamistavat");
    }

    @Test
    void theQualificationPageShowsItsStructureWithCompetenceAreasAndMandatoryUnits() {
        loginInFinnish("uraagentti");
        UI.getCurrent().navigate("catalogue/" + qualificationId("OPH-2455-2017"));
        String text = pageText();
        assertThat(text).contains("Tutkinnon muodostuminen", "Puurakenneteollisuuden osaamisala", "Osaamisala 1664",
                "Pakollinen");
        UI.getCurrent().navigate("catalogue/" + qualificationId("62/011/2014"));
        assertThat(pageText()).contains("Korvaa perusteet", "31/011/2009", "Suoritustapa: näyttötutkinto");
    }

    @Test
    void aCodeInSeveralQualificationsShowsTheNewestWithLinksToTheOthers() {
        loginInFinnish("valmentaja");
        UI.getCurrent().navigate("catalogue/unit/101053", inQualification("75/011/2014"));
        assertThat(_find(Div.class, spec -> spec.withClasses("catalogue-others"))).hasSize(1);
        List<String> links = _find(Div.class, spec -> spec.withClasses("catalogue-others")).getFirst().getChildren()
                .flatMap(CatalogueViewsUiTest::texts).toList();
        assertThat(String.join(" ", links)).contains("59/011/2014").contains("62/011/2014");
    }

    @Test
    void searchGroupsResultsByQualificationAndLinksToTheUnit() {
        loginInFinnish("tiiminvetaja");
        UI.getCurrent().navigate("catalogue");
        assertThat(pageText()).contains("Puuteollisuuden perustutkinto", "Ammatillinen perustutkinto 2022");
        _setValue(_get(TextField.class, spec -> spec.withId("catalogue-search")), "Jätehuollon järjestäminen");
        List<RouterLink> units = _find(RouterLink.class, spec -> spec.withClasses("catalogue-unit-link"));
        assertThat(units).anySatisfy(l -> {
            assertThat(l.getText()).isEqualTo("100449 Jätehuollon järjestäminen");
            assertThat(l.getHref()).startsWith("catalogue/unit/100449?qualification=");
        });
        assertThat(pageText()).contains("Luonto- ja ympäristöalan perustutkinto");

        UI.getCurrent().navigate("catalogue", QueryParameters.of("q", "Toimistopalvelut"));
        assertThat(_get(TextField.class, spec -> spec.withId("catalogue-search")).getValue())
                .isEqualTo("Toimistopalvelut");
        assertThat(_find(RouterLink.class, spec -> spec.withClasses("catalogue-unit-link")))
                .anySatisfy(l -> assertThat(l.getText()).isEqualTo("100367 Toimistopalvelut"));
        _setValue(_get(TextField.class, spec -> spec.withId("catalogue-search")), "zzqq-ei-mitään");
        assertThat(pageText()).contains("Haulla \"zzqq-ei-mitään\" ei löytynyt mitään.");
    }

    @Test
    void qualificationPageListsUnitsAndSubAreasWithValidity() {
        loginInFinnish("asiakasvastaava");
        UI.getCurrent().navigate("catalogue/" + qualificationId("OPH-456-2022"));
        String text = pageText();
        assertThat(text).contains("Ammatillinen perustutkinto 2022", "OPH-456-2022", "106730 Huippuosaajana toimiminen",
                "VVAI22-FI", "Voimassa");
        UI.getCurrent().navigate("catalogue/" + qualificationId("TUTKINNONOSA-106003"));
        assertThat(pageText()).contains("Yksittäinen tutkinnon osa: Hautausmaiden viheralueista huolehtiminen",
                "yksittäisen tutkinnon osan asiakirjalle");
    }

    @Test
    @SuppressWarnings("unchecked")
    void onlyAnAdministratorSeesAndOpensTheImportPage() {
        loginInFinnish("valmentaja");
        UI.getCurrent().navigate("");
        SideNav nav = _get(SideNav.class, spec -> spec.withId("main-nav"));
        assertThat(nav.getItems().stream().map(SideNavItem::getPath)).contains("catalogue")
                .doesNotContain("admin/catalogue");
        UI.getCurrent().navigate("admin/catalogue");
        assertThat(_get(H2.class).getText()).isEqualTo("Sivua ei löytynyt");
        assertThat(_find(CatalogueImportView.class)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void adminImportsUploadedFilesAndSeesAReport() throws Exception {
        loginInFinnish("admin");
        UI.getCurrent().navigate("");
        assertThat(_get(SideNav.class, spec -> spec.withId("main-nav")).getItems().stream().map(SideNavItem::getPath))
                .contains("catalogue", "admin/catalogue");
        UI.getCurrent().navigate("admin/catalogue");
        CatalogueImportView view = _get(CatalogueImportView.class);
        byte[] unit = Files.readAllBytes(Path.of("competence-catalogue/eperusteet")
                .resolve("tutkinnonosa-3314254_hautausmaiden-viheralueista-huolehtiminen_asteikko3.json.gz"));
        view.addReport(view.importUploaded("hautausmaat.json.gz", unit));
        view.addReport(view.importUploaded("rikki.json", "{\"x\":".getBytes(StandardCharsets.UTF_8)));
        Grid<CatalogueImportView.ReportRow> report = _get(Grid.class, spec -> spec.withId("catalogue-report"));
        assertThat(GridKt._size(report)).isEqualTo(2);
        CatalogueImportView.ReportRow rejected = GridKt._get(report, 0);
        assertThat(rejected.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(rejected.message()).startsWith("Tiedostoa rikki.json ei tuotu:").contains("(kohta $)")
                .endsWith("Osaamisluettelo on ennallaan.");
        CatalogueImportView.ReportRow ok = GridKt._get(report, 1);
        assertThat(ok.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(ok.units()).isEqualTo(1);
        assertThat(ok.requirements()).isEqualTo(4);
        assertThat(ok.criteria()).isEqualTo(48);
    }

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    private QueryParameters inQualification(String diary) {
        return QueryParameters.of(UnitView.QUALIFICATION_PARAMETER, String.valueOf(qualificationId(diary)));
    }

    private Long qualificationId(String diary) {
        return jdbc.queryForObject("select id from qualification where diary_number = ?", Long.class, diary);
    }
}
