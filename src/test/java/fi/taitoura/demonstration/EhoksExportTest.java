package fi.taitoura.demonstration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.JsonSchemas;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.catalogue.CatalogueService;
import fi.taitoura.demo.DemonstrationDemoData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The eHOKS export against eHOKS's own schema (translated to JSON Schema, with eHOKS's test fixture as the control)
 * and the Koski-shaped assessment against Koski's Näyttö classes, from the demo data; writes the samples in docs/.
 */
class EhoksExportTest extends AbstractIntegrationTest {

    static final String EHOKS = "schema/ehoks/hankittava-ammat-tutkinnon-osa.post.schema.json";
    static final String KOSKI = "schema/koski/naytto.schema.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    DemonstrationDocuments documents;
    @Autowired
    DemonstrationService service;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    JdbcTemplate jdbc;

    private static String resource(String name) throws IOException {
        try (InputStream in = EhoksExportTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** eHOKS's Y-tunnus check (valid-y-tunnus? in hoks/schema.clj): weights 7 9 10 5 8 4 2, modulo 11. */
    static boolean validYTunnus(String y) {
        int[] w = {7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += Character.getNumericValue(y.charAt(i)) * w[i];
        }
        int r = sum % 11;
        return r != 1 && (r == 0 ? 0 : 11 - r) == Character.getNumericValue(y.charAt(8));
    }

    @Test
    void eHoksOwnFixturePassesTheTranslatedSchema() throws IOException {
        String fixture = resource("schema/ehoks/ehoks-fixture-hao-data.json");
        JsonSchemas.assertValid(EHOKS, fixture);
        JsonNode demo = JSON.readTree(fixture).path("osaamisen-osoittaminen").get(0);
        assertThat(validYTunnus(demo.path("nayttoymparisto").path("y-tunnus").asString())).isTrue();
        assertThat(validYTunnus("1234567-2")).isFalse();
    }

    @Test
    void theTranslatedSchemaRejectsWhatEhoksRejects() throws IOException {
        ObjectNode fixture = (ObjectNode) JSON.readTree(resource("schema/ehoks/ehoks-fixture-hao-data.json"));
        // the keys of the old "eHOKS-shaped" export that eHOKS does not know
        ObjectNode demo = (ObjectNode) fixture.path("osaamisen-osoittaminen").get(0);
        for (String unknown : List.of("tunniste", "tila", "koulutuksen-jarjestaja", "suorituspaikka", "arviointi")) {
            ObjectNode copy = fixture.deepCopy();
            ((ObjectNode) copy.path("osaamisen-osoittaminen").get(0)).put(unknown, "x");
            assertThat(JsonSchemas.errors(EHOKS, copy.toString())).as(unknown).isNotEmpty();
        }
        ObjectNode noVersion = fixture.deepCopy();
        noVersion.remove("tutkinnon-osa-koodi-versio");
        assertThat(JsonSchemas.errors(EHOKS, noVersion.toString())).isNotEmpty();
        ObjectNode namedProvider = fixture.deepCopy();
        ((ObjectNode) namedProvider.path("osaamisen-osoittaminen").get(0).path("koulutuksen-jarjestaja-osaamisen-arvioijat")
                .get(0).path("organisaatio")).put("nimi", "Sataedu");
        assertThat(JsonSchemas.errors(EHOKS, namedProvider.toString())).isNotEmpty();
        ObjectNode badOid = fixture.deepCopy();
        badOid.put("koulutuksen-jarjestaja-oid", "1.2.246.562.10.123");
        assertThat(JsonSchemas.errors(EHOKS, badOid.toString())).isNotEmpty();
        ObjectNode environmentOrganisation = fixture.deepCopy();
        ((ObjectNode) environmentOrganisation.path("osaamisen-osoittaminen").get(0).path("nayttoymparisto"))
                .put("organisaatio", "Esimerkkilän kaupunki");
        assertThat(JsonSchemas.errors(EHOKS, environmentOrganisation.toString())).isNotEmpty();
        assertThat(demo.has("sisallon-kuvaus")).isTrue();
    }

    private Long demoDemonstration(String status) {
        return jdbc.queryForObject("select min(id) from demonstration where status = ? "
                + "and education_provider_oid is not null", Long.class, status);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAssessedDemoDemonstrationExportsValidEhoksAndKoskiDataWrittenToDocs() throws IOException {
        Long id = demoDemonstration("ASSESSED");
        assertThat(id).as("the demo data has an assessed demonstration").isNotNull();
        runAs("opettaja");
        String ehoks = documents.exportEhoks(id);
        JsonSchemas.assertValid(EHOKS, ehoks);
        Map<String, Object> part = JSON.readValue(ehoks, Map.class);
        var unit = catalogue.findUnitSummary(service.detail(id).summary().unitId()).orElseThrow();
        assertThat(part.get("tutkinnon-osa-koodi-uri")).isEqualTo(unit.codeUri() != null ? unit.codeUri()
                : "tutkinnonosat_" + unit.code());
        assertThat(part).containsEntry("koulutuksen-jarjestaja-oid", DemonstrationDemoData.PROVIDER_OID);
        assertThat(ehoks).contains("\"oppilaitos-oid\" : \"" + DemonstrationDemoData.PROVIDER_OID + "\"")
                .doesNotContain("arviointi", "tunniste", "Hyvä");

        String koski = documents.exportKoski(id);
        JsonSchemas.assertValid(KOSKI, koski);
        Map<String, Object> naytto = JSON.readValue(koski, Map.class);
        Map<String, Object> arviointi = (Map<String, Object>) naytto.get("arviointi");
        assertThat(arviointi).containsKeys("arvosana", "päivä", "arvioinnistaPäättäneet",
                "arviointikeskusteluunOsallistuneet");

        Path dir = fi.taitoura.Samples.dir();
        Files.writeString(dir.resolve("ehoks-hankittava-ammat-tutkinnon-osa.json"), ehoks + "\n");
        Files.writeString(dir.resolve("koski-naytto.json"), koski + "\n");
        JsonSchemas.assertValid(EHOKS, Files.readString(dir.resolve("ehoks-hankittava-ammat-tutkinnon-osa.json")));
        // the documented samples are valid too
        JsonSchemas.assertValid(EHOKS, Files.readString(
                fi.taitoura.Samples.DOCS.resolve("ehoks-hankittava-ammat-tutkinnon-osa.json")));
        JsonSchemas.assertValid(KOSKI, Files.readString(fi.taitoura.Samples.DOCS.resolve("koski-naytto.json")));
    }

    @Test
    void aPlannedDemonstrationGoesToEhoksButHasNoKoskiAssessmentYet() {
        Long id = demoDemonstration("PLANNED");
        assertThat(id).isNotNull();
        runAs("opettaja");
        JsonSchemas.assertValid(EHOKS, documents.exportEhoks(id));
        assertThatThrownBy(() -> documents.exportKoski(id)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void theFourNayttoTargetsMapToKoskisAssessmentTargetCodes() throws IOException {
        // OPH's koodisto ammatillisennaytonarviointikohde (shipped in competence-catalogue/koodisto): 1-4 by name
        JsonNode codes;
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(
                Path.of("competence-catalogue/koodisto/ammatillisennaytonarviointikohde.json.gz")))) {
            codes = JSON.readTree(in);
        }
        ArrayNode list = codes.isArray() ? (ArrayNode) codes : (ArrayNode) codes.path("koodit");
        assertThat(list).isNotEmpty();
        for (JsonNode c : list) {
            String name = null;
            for (JsonNode m : c.path("metadata")) {
                if ("FI".equals(m.path("kieli").asString())) {
                    name = m.path("nimi").asString();
                }
            }
            assertThat(name).isNotNull();
            assertThat(DemonstrationDocumentsCodes.code(name)).as(name).isEqualTo(c.path("koodiArvo").asString());
        }
    }
}
