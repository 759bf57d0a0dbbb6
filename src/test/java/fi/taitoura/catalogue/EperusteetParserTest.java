package fi.taitoura.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.taitoura.catalogue.ParsedDocument.Generation;
import fi.taitoura.catalogue.ParsedDocument.Unit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The parser against every real ePerusteet export: counts checked against the JSON itself, per format generation. */
class EperusteetParserTest {

    static final Path FIXTURES = Path.of("competence-catalogue/eperusteet");

    static Stream<Path> fixtures() throws IOException {
        return Files.list(FIXTURES).filter(p -> p.toString().endsWith(".json.gz")).sorted();
    }

    static byte[] read(Path p) throws IOException {
        try (var in = Files.newInputStream(p)) {
            return EperusteetParser.readMaybeGzipped(in);
        }
    }

    static Path fixture(String prefix) throws IOException {
        try (Stream<Path> s = fixtures()) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyExportParsesWithCountsThatMatchTheJson(Path file) throws IOException {
        byte[] json = read(file);
        JsonNode root = JsonMapper.builder().build().readTree(json);
        List<ParsedDocument.Qualification> docs = EperusteetParser.parse(file.toString(), json);
        JsonNode osat = root.isArray() ? root : root.path("tutkinnonOsat");
        int expectedUnits = 0;
        int expectedUnitRows = 0;
        int expectedRequirements = 0;
        // A unit listed twice (once per completion mode) is one unit: the newer one is kept.
        java.util.Map<String, JsonNode> byCode = new java.util.LinkedHashMap<>();
        for (JsonNode u : osat) {
            byCode.merge(u.path("koodiArvo").asString(), u,
                    (a, b) -> b.path("muokattu").asLong() > a.path("muokattu").asLong() ? b : a);
        }
        for (JsonNode u : byCode.values()) {
            expectedUnits += 1;
            expectedUnitRows += 1 + u.path("osaAlueet").size();
            expectedRequirements += expectedRequirements(u);
        }
        int units = docs.stream().mapToInt(ParsedDocument.Qualification::unitCount).sum();
        int unitRows = docs.stream().mapToInt(ParsedDocument.Qualification::unitRowCount).sum();
        int requirements = docs.stream().mapToInt(ParsedDocument.Qualification::requirementCount).sum();
        assertThat(units).as("units of %s (what the import report counts)", file).isEqualTo(expectedUnits);
        assertThat(unitRows).as("unit rows incl. the common units' sub-areas of %s", file).isEqualTo(expectedUnitRows);
        assertThat(requirements).as("requirements of %s", file).isEqualTo(expectedRequirements);
        assertThat(requirements).isPositive();
        assertThat(docs.stream().mapToInt(ParsedDocument.Qualification::criterionCount).sum()).isPositive();
        if (root.isObject()) {
            assertThat(docs).singleElement().satisfies(d -> {
                assertThat(d.diaryNumber()).isEqualTo(root.path("diaarinumero").stringValue());
                assertThat(d.name().getFi()).isEqualTo(root.path("nimi").path("fi").stringValue().trim());
                assertThat(d.modifiedAt()).isNotNull();
            });
        }
    }

    /** Requirements counted straight from the JSON, by the generation rules of SOURCES.md. */
    private static int expectedRequirements(JsonNode u) {
        int n = 0;
        JsonNode a2019 = u.path("ammattitaitovaatimukset2019");
        int coded = a2019.path("vaatimukset").size();
        for (JsonNode alue : a2019.path("kohdealueet")) {
            coded += alue.path("vaatimukset").size();
        }
        JsonNode kohdealueet = u.path("arviointi").path("arvioinninKohdealueet");
        boolean areaTitles = false;
        for (JsonNode alue : kohdealueet) {
            if (alue.path("koodi").path("uri").asString("").startsWith("ammattitaitovaatimukset")) {
                areaTitles = true;
            }
        }
        if (coded > 0) {
            n += coded;
        } else if (areaTitles) {
            n += kohdealueet.size();
        } else {
            n += Jsoup.parse(u.path("ammattitaitovaatimukset").path("fi").asString("")).select("li").size();
        }
        for (JsonNode oa : u.path("osaAlueet")) {
            for (String part : List.of("pakollisetOsaamistavoitteet", "valinnaisetOsaamistavoitteet")) {
                JsonNode t = oa.path(part).path("tavoitteet");
                n += t.path("vaatimukset").size();
                for (JsonNode alue : t.path("kohdealueet")) {
                    n += alue.path("vaatimukset").size();
                }
            }
            for (JsonNode t : oa.path("osaamistavoitteet")) {
                String fi = t.path("tavoitteet").path("fi").asString("");
                String html = fi.isBlank() ? t.path("tavoitteet").path("sv").asString("") : fi;
                n += Jsoup.parse(html).select("li").size();
            }
        }
        return n;
    }

    @Test
    void format2014RequirementsComeFromTheHtmlListInFinnishAndSwedish() throws IOException {
        var doc = EperusteetParser.parse("liiketalous", read(fixture("peruste-1718932"))).getFirst();
        Unit office = unit(doc, "100367");
        assertThat(office.name().getFi()).isEqualTo("Toimistopalvelut");
        assertThat(office.generation()).isEqualTo(Generation.HTML_LIST_2014);
        assertThat(office.scale()).isEqualTo(LevelScale.ONE_TO_THREE);
        var reqs = office.areas().getFirst().requirements();
        assertThat(reqs.getFirst().text().getFi()).isEqualTo("hoitaa asiakirjatuotantoa (tekee, säilyttää, hävittää)");
        assertThat(reqs.getFirst().text().getSv()).isEqualTo("tar hand om dokumentproduktion (upprättar, sparar, förstör)");
        assertThat(reqs).allSatisfy(r -> {
            assertThat(r.code()).isNull();
            assertThat(r.stableKey()).startsWith("h:");
            assertThat(r.text().getSv()).isNotBlank();
        });
        assertThat(office.targets()).isNotEmpty();
        assertThat(office.targets().getFirst().areaName().getFi()).isEqualTo("1. Työprosessin hallinta");
        assertThat(office.targets().getFirst().criteria()).extracting(ParsedDocument.Criterion::level)
                .contains(CriterionLevel.SATISFACTORY, CriterionLevel.GOOD, CriterionLevel.EXCELLENT);
        assertThat(office.credits()).isEqualByComparingTo("30");
        assertThat(office.demonstration().getFi()).startsWith("<p>Opiskelija tai tutkinnon suorittaja osoittaa");
    }

    @Test
    void format2017RequirementsAreTheAssessmentAreaTitlesWithTheirCodes() throws IOException {
        var doc = EperusteetParser.parse("puu", read(fixture("peruste-3932281"))).getFirst();
        Unit furniture = unit(doc, "105428");
        assertThat(furniture.generation()).isEqualTo(Generation.ASSESSMENT_AREAS_2017);
        assertThat(furniture.scale()).isEqualTo(LevelScale.ONE_TO_FIVE);
        var first = furniture.areas().getFirst().requirements().getFirst();
        assertThat(first.text().getFi()).isEqualTo("Opiskelija suunnittelee kalusteasennustyön.");
        assertThat(first.code()).isEqualTo("465");
        assertThat(furniture.targets().getFirst().criteria()).extracting(ParsedDocument.Criterion::sourceCode)
                .containsOnly("5", "7", "9");
    }

    @Test
    void format2019HasCodedRequirementsGenericCriteriaAndSubAreas() throws IOException {
        var doc = EperusteetParser.parse("yto", read(fixture("peruste-8505691"))).getFirst();
        Unit expert = unit(doc, "106730");
        assertThat(expert.generation()).isEqualTo(Generation.CODED_2019);
        assertThat(expert.areas().getFirst().name().getFi()).isEqualTo("Osaamisen kehittäminen");
        assertThat(expert.areas().getFirst().requirements().getFirst().code()).isEqualTo("9582");
        assertThat(expert.targets()).singleElement().satisfies(t -> assertThat(t.criteria())
                .extracting(ParsedDocument.Criterion::sourceCode).contains("5", "6", "7", "8", "9"));
        Unit communication = unit(doc, "106727");
        assertThat(communication.subAreas()).hasSize(17);
        assertThat(communication.subAreas()).extracting(Unit::code).doesNotHaveDuplicates().contains("VVAI22-FI");
        Unit finnish = communication.subAreas().stream().filter(s -> s.code().equals("VVAI22-FI")).findFirst()
                .orElseThrow();
        assertThat(finnish.areas()).anySatisfy(a -> assertThat(a.optional()).isTrue());
        assertThat(finnish.areas()).anySatisfy(a -> assertThat(a.optional()).isFalse());
        assertThat(finnish.credits()).isEqualByComparingTo("4");
    }

    @Test
    void identifiersIntegrationsNeedAreKept() throws IOException {
        var yto = EperusteetParser.parse("yto", read(fixture("peruste-8505691"))).getFirst();
        Unit expert = unit(yto, "106730");
        assertThat(expert.codeUri()).isEqualTo("tutkinnonosat_106730");
        assertThat(expert.codeVersion()).isEqualTo(1);
        assertThat(expert.viiteId()).isEqualTo(8505801L);
        assertThat(expert.requirementSubject().getFi()).isEqualTo("Opiskelija");
        assertThat(expert.requirementSubject().getSv()).isEqualTo("Den studerande");
        Unit finnish = unit(yto, "106727").subAreas().stream().filter(s -> s.code().equals("VVAI22-FI")).findFirst()
                .orElseThrow();
        assertThat(finnish.codeUri()).isEqualTo("ammatillisenoppiaineet_vvai22");
        assertThat(finnish.codeVersion()).isEqualTo(1);
        assertThat(finnish.requirementSubject().getEn()).isEqualTo("The student");
        // A sub-area's kuvaus is its description, not a way of demonstrating competence.
        assertThat(finnish.demonstration()).isNull();
        var json = (tools.jackson.databind.node.ObjectNode) JsonMapper.builder().build()
                .readTree(read(fixture("peruste-8505691")));
        for (JsonNode osa : json.path("tutkinnonOsat")) {
            if ("106727".equals(osa.path("koodiArvo").asString())) {
                ((tools.jackson.databind.node.ObjectNode) osa.path("osaAlueet").get(0)).putObject("kuvaus")
                        .put("fi", "<p>Mitä osa-alue kattaa</p>");
            }
        }
        var withDescription = unit(EperusteetParser.parse("yto", json.toString().getBytes(StandardCharsets.UTF_8))
                .getFirst(), "106727").subAreas().getFirst();
        assertThat(withDescription.description().getFi()).contains("Mitä osa-alue kattaa");
        assertThat(withDescription.demonstration()).isNull();

        var business = EperusteetParser.parse("liike", read(fixture("peruste-1718932"))).getFirst();
        Unit office = business.units().stream().filter(u -> u.eperusteetId() == 633L).findFirst().orElseThrow();
        assertThat(office.viiteId()).isEqualTo(1719024L);
        assertThat(office.codeUri()).startsWith("tutkinnonosat_");
        assertThat(office.codeVersion()).isNull(); // the 2014 export has koodi.versio null
        assertThat(office.requirementSubject().getFi()).isEqualTo("Opiskelija osaa");

        // An older export without tutkinnonosaViiteId: the reference comes from the structure's unit references.
        var nature = EperusteetParser.parse("luonto", read(fixture("peruste-33827"))).getFirst();
        assertThat(nature.replacedDiaryNumbers()).containsExactly("31/011/2009");
        assertThat(nature.units()).allSatisfy(u -> assertThat(u.viiteId()).isNotNull());
    }

    @Test
    void theStructureKeepsMandatoryUnitsAndCompetenceAreaMembership() throws IOException {
        var wood = EperusteetParser.parse("puu", read(fixture("peruste-3932281"))).getFirst();
        assertThat(wood.structure()).singleElement().satisfies(root -> assertThat(root.mode()).isEqualTo("reformi"));
        List<ParsedDocument.StructureNode> all = flatten(wood.structure());
        var area = all.stream().filter(n -> "1664".equals(n.areaCode())).findFirst().orElseThrow();
        assertThat(area.areaUri()).isEqualTo("osaamisala_1664");
        assertThat(area.name().getFi()).isEqualTo("Puurakenneteollisuuden osaamisala");
        assertThat(flatten(area.children())).anySatisfy(n -> {
            assertThat(n.unit()).isTrue();
            assertThat(n.unitCode()).isNotNull();
        });
        List<ParsedDocument.StructureNode> unitNodes = all.stream().filter(ParsedDocument.StructureNode::unit).toList();
        assertThat(unitNodes).anySatisfy(n -> assertThat(n.mandatory()).isTrue());
        assertThat(unitNodes).anySatisfy(n -> assertThat(n.mandatory()).isFalse());
        // Every unit reference resolves to a unit of the document, with the reference id ePerusteet uses.
        var codes = wood.units().stream().map(Unit::code).toList();
        assertThat(unitNodes).allSatisfy(n -> assertThat(codes).contains(n.unitCode()));
        Unit first = wood.units().getFirst();
        assertThat(unitNodes).anySatisfy(n -> {
            assertThat(n.viiteId()).isEqualTo(first.viiteId());
            assertThat(n.unitCode()).isEqualTo(first.code());
        });

        var business = EperusteetParser.parse("liike", read(fixture("peruste-1718932"))).getFirst();
        assertThat(business.structure()).extracting(ParsedDocument.StructureNode::mode)
                .containsExactlyInAnyOrder("ops", "naytto");
    }

    private static List<ParsedDocument.StructureNode> flatten(List<ParsedDocument.StructureNode> nodes) {
        List<ParsedDocument.StructureNode> out = new java.util.ArrayList<>();
        for (var n : nodes) {
            out.add(n);
            out.addAll(flatten(n.children()));
        }
        return out;
    }

    @Test
    void singleUnitDocumentGetsASyntheticQualificationAndScale3LevelCodes() throws IOException {
        var docs = EperusteetParser.parse("unit", read(fixture("tutkinnonosa-3314254")));
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.diaryNumber()).isEqualTo("TUTKINNONOSA-106003");
            assertThat(d.name().getFi()).isEqualTo("Yksittäinen tutkinnon osa: Hautausmaiden viheralueista huolehtiminen");
            Unit u = d.units().getFirst();
            assertThat(u.scale()).isEqualTo(LevelScale.ONE_TO_FIVE);
            assertThat(u.targets().getFirst().criteria()).extracting(ParsedDocument.Criterion::level)
                    .containsOnly(CriterionLevel.SATISFACTORY, CriterionLevel.GOOD, CriterionLevel.EXCELLENT);
        });
    }

    @Test
    void reimportKeysAreStable() throws IOException {
        byte[] json = read(fixture("peruste-33827"));
        var a = EperusteetParser.parse("a", json).getFirst();
        var b = EperusteetParser.parse("b", json).getFirst();
        assertThat(keys(a)).isEqualTo(keys(b)).doesNotHaveDuplicates();
    }

    private static List<String> keys(ParsedDocument.Qualification q) {
        return q.units().stream().flatMap(u -> Stream.concat(Stream.of(u), u.subAreas().stream()))
                .flatMap(u -> u.areas().stream().flatMap(a -> a.requirements().stream())
                        .map(r -> u.code() + "/" + r.stableKey())).toList();
    }

    @Test
    void badInputIsRejectedWithTheFileAndJsonPath() {
        assertThatThrownBy(() -> EperusteetParser.parse("a.json", "{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CatalogueImportException.class).hasMessageContaining("a.json")
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> EperusteetParser.parse("b.json", "{\"foo\": 1}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CatalogueImportException.class).hasMessageContaining("not an ePerusteet document");
        assertThatThrownBy(() -> EperusteetParser.parse("c.json",
                "[{\"nimi\": {\"fi\": \"Osa\"}}]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CatalogueImportException.class)
                .satisfies(e -> assertThat(((CatalogueImportException) e).getJsonPath()).isEqualTo("$[0].koodiArvo"));
    }

    @Test
    void passFailUnitsOfFurtherQualificationsMapToPass() {
        String json = """
                [{"id": 1, "koodiArvo": "999001", "nimi": {"fi": "Kiinteistön hoito", "sv": "Fastighetsskötsel"},
                  "muokattu": 1700000000000, "tyyppi": "normaali",
                  "ammattitaitovaatimukset": {"fi": "<ul><li>hoitaa kiinteistöä</li></ul>"},
                  "arviointi": {"arvioinninKohdealueet": [{"otsikko": {"fi": "Työprosessin hallinta"},
                    "arvioinninKohteet": [{"otsikko": {"fi": "Suunnittelu"}, "_arviointiAsteikko": "1",
                      "osaamistasonKriteerit": [{"_osaamistaso": "1", "kriteerit": [{"fi": "suunnittelee työnsä"}]}]}]}]}}]
                """;
        Unit unit = EperusteetParser.parse("pass.json", json.getBytes(StandardCharsets.UTF_8)).getFirst().units()
                .getFirst();
        assertThat(unit.scale()).isEqualTo(LevelScale.PASS_FAIL);
        assertThat(unit.targets().getFirst().criteria()).singleElement().satisfies(c -> {
            assertThat(c.level()).isEqualTo(CriterionLevel.PASS);
            assertThat(c.text().getFi()).isEqualTo("suunnittelee työnsä");
        });
        assertThat(unit.areas().getFirst().requirements()).extracting(r -> r.text().getFi())
                .containsExactly("hoitaa kiinteistöä");
        String badLevel = json.replace("\"_osaamistaso\": \"1\"", "\"_osaamistaso\": \"3\"");
        assertThatThrownBy(() -> EperusteetParser.parse("pass.json", badLevel.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(CatalogueImportException.class, e -> assertThat(e.getJsonPath()).isEqualTo(
                        "$[0].arviointi.arvioinninKohdealueet[0].arvioinninKohteet[0].osaamistasonKriteerit[0]._osaamistaso"));
    }

    @Test
    void htmlIsSanitisedAndPlainTextsHaveNoTags() {
        assertThat(CatalogueHtml.sanitize("<p onclick=\"x()\">a<script>alert(1)</script><a href=\"http://x\">b</a></p>"))
                .isEqualTo("<p>ab</p>");
        assertThat(CatalogueHtml.plainText("<p>hoitaa&nbsp;<em>asiakirjoja</em></p>")).isEqualTo("hoitaa asiakirjoja");
        assertThat(EperusteetParser.listItems("<p>Den studerande</p><p>- tar hand om</p><p>sköter</p>", true))
                .containsExactly("Den studerande", "tar hand om", "sköter");
    }

    @Test
    void levelCodesMapPerScale() {
        assertThat(LevelCodes.levelOf(LevelScale.ONE_TO_THREE, "2")).isEqualTo(CriterionLevel.SATISFACTORY);
        assertThat(LevelCodes.levelOf(LevelScale.ONE_TO_THREE, "4")).isEqualTo(CriterionLevel.EXCELLENT);
        assertThat(LevelCodes.levelOf(LevelScale.ONE_TO_FIVE, "7")).isEqualTo(CriterionLevel.GOOD);
        assertThat(LevelCodes.levelOf(LevelScale.ONE_TO_FIVE, "2")).isNull();
        assertThat(LevelCodes.levelOf(LevelScale.PASS_FAIL, "1")).isEqualTo(CriterionLevel.PASS);
        assertThat(LevelCodes.gradeOf(LevelScale.ONE_TO_FIVE, CriterionLevel.GOOD, "8")).isEqualTo(4);
        assertThat(LevelCodes.gradeOf(LevelScale.ONE_TO_THREE, CriterionLevel.GOOD, "3")).isEqualTo(2);
        assertThat(LevelCodes.levelCodeOfUri("arviointiasteikkoammatillinen15_3")).isEqualTo("7");
    }

    private static Unit unit(ParsedDocument.Qualification doc, String code) {
        return doc.units().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aGzipThatInflatesBeyondTheLimitIsRefused() throws Exception {
        java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(packed)) {
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 70; i++) {
                gz.write(zeros);
            }
        }
        byte[] bomb = packed.toByteArray();
        org.assertj.core.api.Assertions.assertThat(bomb.length).as("a small file").isLessThan(200_000);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EperusteetParser.readMaybeGzipped(
                new java.io.ByteArrayInputStream(bomb))).isInstanceOf(java.io.IOException.class)
                .hasMessageContaining("inflates");
    }

    @Test
    void uploadsHaveAServerSideSizeLimit() {
        var handler = fi.taitoura.base.ui.Uploads.inMemory(1000, (metadata, bytes) -> { });
        org.assertj.core.api.Assertions.assertThat(handler.getFileSizeMax()).isEqualTo(1000);
        org.assertj.core.api.Assertions.assertThat(handler.getRequestSizeMax()).isPositive();
    }
}
