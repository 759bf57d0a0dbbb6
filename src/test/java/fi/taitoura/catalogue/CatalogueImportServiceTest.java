package fi.taitoura.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import fi.taitoura.AbstractIntegrationTest;
import fi.taitoura.base.command.TaitouraCommand;
import fi.taitoura.catalogue.CatalogueImport.Channel;
import fi.taitoura.catalogue.CatalogueImportResult.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Importing real ePerusteet exports into the real database: the shipped catalogue, re-import, version updates,
 * bad input, the command line and a fetch from a local stub of the ePerusteet API.
 */
class CatalogueImportServiceTest extends AbstractIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    CatalogueImportService imports;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    List<TaitouraCommand> commands;

    private Map<String, Long> tableCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("qualification", "qualification_title", "qualification_unit", "requirement_area",
                "skill_requirement", "assessment_target", "assessment_criterion")) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        counts.put("current", jdbc.queryForObject("select count(*) from skill_requirement where current", Long.class));
        counts.put("texts", jdbc.queryForObject("select coalesce(sum(crc32(text_fi)), 0) from skill_requirement",
                Long.class));
        return counts;
    }

    private static byte[] fixture(String prefix) throws IOException {
        return EperusteetParserTest.read(EperusteetParserTest.fixture(prefix));
    }

    /** A copy of a document under a diary number of its own, so that a test's changes touch nothing else. */
    private static ObjectNode withOwnDiary(String prefix) throws IOException {
        ObjectNode doc = (ObjectNode) JSON.readTree(fixture(prefix));
        doc.put("diaarinumero", "TEST-" + UUID.randomUUID().toString().substring(0, 18));
        return doc;
    }

    private static byte[] bytes(JsonNode node) {
        return JSON.writeValueAsBytes(node);
    }

    @Test
    void everyShippedExportIsInTheCatalogueWithTheCountsOfItsJson() throws IOException {
        runAs("admin");
        List<Path> files;
        try (Stream<Path> s = EperusteetParserTest.fixtures()) {
            files = s.toList();
        }
        assertThat(files).hasSize(7);
        for (Path file : files) {
            var docs = EperusteetParser.parse(file.toString(), EperusteetParserTest.read(file));
            for (var doc : docs) {
                var q = catalogue.findQualificationByDiaryNumber(doc.diaryNumber()).orElseThrow();
                Long id = q.id();
                assertThat(jdbc.queryForObject("select count(*) from qualification_unit where qualification_id = ?",
                        Long.class, id)).as("units of %s", file).isEqualTo(doc.unitRowCount());
                assertThat(jdbc.queryForObject("select count(*) from skill_requirement r join qualification_unit u "
                        + "on r.unit_id = u.id where u.qualification_id = ?", Long.class, id))
                        .as("requirements of %s", file).isEqualTo(doc.requirementCount());
                assertThat(jdbc.queryForObject("select count(*) from assessment_criterion c join assessment_target t "
                        + "on c.target_id = t.id join qualification_unit u on t.unit_id = u.id "
                        + "where u.qualification_id = ?", Long.class, id))
                        .as("criteria of %s", file).isEqualTo(doc.criterionCount());
                assertThat(jdbc.queryForObject("select count(*) from catalogue_import where channel = 'BUNDLED' "
                        + "and outcome = 'CREATED' and diary_number = ?", Long.class, doc.diaryNumber()))
                        .as("first-start import of %s", file).isEqualTo(1);
            }
        }
    }

    @Test
    void reimportingTheSameDocumentChangesNothing() throws IOException {
        runAs("admin");
        Map<String, Long> before = tableCounts();
        Long version = jdbc.queryForObject("select version from qualification where diary_number = '59/011/2014'",
                Long.class);
        List<Path> files;
        try (Stream<Path> s = EperusteetParserTest.fixtures()) {
            files = s.toList();
        }
        for (Path file : files) {
            var results = imports.importFile(file, Channel.COMMAND);
            assertThat(results).allSatisfy(r -> assertThat(r.outcome()).isEqualTo(Outcome.UNCHANGED));
        }
        assertThat(tableCounts()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select version from qualification where diary_number = '59/011/2014'",
                Long.class)).isEqualTo(version);
    }

    @Test
    void rowsWrittenByTheOlderImporterAreFilledByReimportingAnUnchangedDocumentOnce() throws IOException {
        runAs("admin");
        Path file = EperusteetParserTest.fixture("peruste-8505691");
        // As the catalogue was before issue 17: no identifiers, no structure, written by import format 1.
        Long id = jdbc.queryForObject("select id from qualification where diary_number = 'OPH-456-2022'", Long.class);
        jdbc.update("delete from qualification_structure where qualification_id = ?", id);
        jdbc.update("update qualification_unit set code_uri = null, code_version = null, viite_id = null, "
                + "requirement_subject_fi = null where qualification_id = ?", id);
        jdbc.update("update qualification set import_format = 1, replaced_diary_numbers = null where id = ?", id);

        assertThat(imports.importFile(file, Channel.COMMAND)).singleElement()
                .satisfies(r -> assertThat(r.outcome()).isEqualTo(Outcome.UPDATED));
        assertThat(jdbc.queryForMap("select code_uri, code_version, viite_id, requirement_subject_fi from "
                + "qualification_unit where qualification_id = ? and code = '106730'", id))
                .containsEntry("code_uri", "tutkinnonosat_106730").containsEntry("code_version", 1)
                .containsEntry("viite_id", 8505801L).containsEntry("requirement_subject_fi", "Opiskelija");
        assertThat(jdbc.queryForObject("select count(*) from qualification_structure where qualification_id = ?",
                Long.class, id)).isGreaterThan(10);
        assertThat(jdbc.queryForObject("select import_format from qualification where id = ?", Integer.class, id))
                .isEqualTo(CatalogueWriter.IMPORT_FORMAT);
        // Once filled, the same document is unchanged again.
        assertThat(imports.importFile(file, Channel.COMMAND)).singleElement()
                .satisfies(r -> assertThat(r.outcome()).isEqualTo(Outcome.UNCHANGED));
        var detail = catalogue.findQualificationDetail(id).orElseThrow();
        assertThat(detail.structure()).singleElement().satisfies(root -> {
            assertThat(root.mode()).isEqualTo("reformi");
            assertThat(root.children()).isNotEmpty();
        });
        assertThat(detail.units()).filteredOn(u -> u.code().equals("VVAI22-FI")).singleElement()
                .satisfies(u -> assertThat(u.codeUri()).isEqualTo("ammatillisenoppiaineet_vvai22"));
    }

    @Test
    void aNewerVersionUpdatesTextsAddsNewRequirementsAndRetiresRemovedOnes() throws IOException {
        runAs("admin");
        ObjectNode doc = withOwnDiary("peruste-8505691");
        String diary = doc.path("diaarinumero").stringValue();
        var created = imports.importDocument("v1.json", bytes(doc), Channel.UPLOAD);
        assertThat(created).singleElement().satisfies(r -> assertThat(r.outcome()).isEqualTo(Outcome.CREATED));
        Long qid = created.getFirst().qualificationId();
        Long unitId = jdbc.queryForObject("select id from qualification_unit where qualification_id = ? and code = '106730'",
                Long.class, qid);
        Map<String, Long> idsBefore = requirementIds(unitId);
        // read once: the unit is kept on the node (ADR 0041) and must not hide what version 2 changes
        assertThat(catalogue.findUnit(unitId).orElseThrow().areas().getFirst().requirements().getFirst().text().getFi())
                .isNotEqualTo("arvioi omaa osaamistaan (päivitetty teksti)");

        // Version 2: newer, one text changed, the last requirement of the first area removed, one added, a unit dropped.
        ObjectNode v2 = doc.deepCopy();
        v2.put("muokattu", doc.path("muokattu").longValue() + 86_400_000L);
        ArrayNode osat = (ArrayNode) v2.path("tutkinnonOsat");
        ObjectNode expert = null;
        for (int i = osat.size() - 1; i >= 0; i--) {
            if ("106735".equals(osat.get(i).path("koodiArvo").stringValue())) {
                osat.remove(i);
            } else if ("106730".equals(osat.get(i).path("koodiArvo").stringValue())) {
                expert = (ObjectNode) osat.get(i);
            }
        }
        ArrayNode reqs = (ArrayNode) expert.path("ammattitaitovaatimukset2019").path("kohdealueet").get(0)
                .path("vaatimukset");
        ObjectNode first = (ObjectNode) reqs.get(0);
        String firstCode = first.path("koodi").path("arvo").stringValue();
        ((ObjectNode) first.path("vaatimus")).put("fi", "arvioi omaa osaamistaan (päivitetty teksti)");
        String removedCode = reqs.get(reqs.size() - 1).path("koodi").path("arvo").stringValue();
        reqs.remove(reqs.size() - 1);
        ObjectNode added = reqs.addObject();
        added.putObject("koodi").put("arvo", "999991").put("uri", "ammattitaitovaatimukset_999991");
        added.putObject("vaatimus").put("fi", "esittelee osaamistaan työelämän edustajille").put("sv", "presenterar");

        var updated = imports.importDocument("v2.json", bytes(v2), Channel.UPLOAD);
        assertThat(updated).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.UPDATED);
            assertThat(r.qualificationId()).isEqualTo(qid);
            assertThat(r.added()).isGreaterThanOrEqualTo(1);
            assertThat(r.retired()).isGreaterThanOrEqualTo(2);
        });
        Map<String, Long> idsAfter = requirementIds(unitId);
        assertThat(idsAfter).containsAllEntriesOf(idsBefore).containsKey("999991");
        assertThat(jdbc.queryForObject("select text_fi from skill_requirement where id = ?", String.class,
                idsBefore.get(firstCode))).isEqualTo("arvioi omaa osaamistaan (päivitetty teksti)");
        assertThat(jdbc.queryForObject("select current from skill_requirement where id = ?", Boolean.class,
                idsBefore.get(removedCode))).isFalse();
        assertThat(jdbc.queryForObject("select current from qualification_unit where qualification_id = ? "
                + "and code = '106735'", Boolean.class, qid)).isFalse();
        assertThat(jdbc.queryForObject("select source from qualification where id = ?", String.class, qid))
                .isEqualTo("v2.json");

        // The service shows the retired requirement as not current, the new one and the changed text.
        var unit = catalogue.findUnit(unitId).orElseThrow();
        assertThat(unit.areas().getFirst().requirements()).anySatisfy(r -> {
            assertThat(r.code()).isEqualTo(removedCode);
            assertThat(r.current()).isFalse();
        });
        assertThat(unit.areas().getFirst().requirements()).anySatisfy(r -> {
            assertThat(r.id()).isEqualTo(idsBefore.get(firstCode));
            assertThat(r.text().getFi()).isEqualTo("arvioi omaa osaamistaan (päivitetty teksti)");
        });
        assertThat(unit.areas().stream().flatMap(a -> a.requirements().stream()))
                .anySatisfy(r -> assertThat(r.id()).isEqualTo(idsAfter.get("999991")));

        // Version 2 again changes nothing; version 1 again is older and skipped.
        Map<String, Long> counts = tableCounts();
        assertThat(imports.importDocument("v2.json", bytes(v2), Channel.UPLOAD).getFirst().outcome())
                .isEqualTo(Outcome.UNCHANGED);
        assertThat(imports.importDocument("v1.json", bytes(doc), Channel.UPLOAD).getFirst().outcome())
                .isEqualTo(Outcome.OLDER);
        assertThat(tableCounts()).isEqualTo(counts);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where entity_type = 'Qualification' "
                + "and entity_id = ?", Long.class, qid)).isEqualTo(2);
        assertThat(diary).startsWith("TEST-");
    }

    /**
     * A unit read is kept on the node with its qualification's version (ADR 0041): another node's (or the command
     * line's) import changes that version in the database, and the next read on this node shows the new rows.
     */
    @Test
    void aKeptUnitIsReadAgainWhenItsQualificationChangedElsewhere() throws IOException {
        runAs("admin");
        ObjectNode doc = withOwnDiary("peruste-8505691");
        Long qid = imports.importDocument("kept.json", bytes(doc), Channel.UPLOAD).getFirst().qualificationId();
        Long unitId = jdbc.queryForObject("select id from qualification_unit where qualification_id = ? and code = '106730'",
                Long.class, qid);
        var first = catalogue.findUnit(unitId).orElseThrow().areas().getFirst().requirements().getFirst();
        runAs("valmentaja");
        assertThat(catalogue.findUnit(unitId).orElseThrow()).isSameAs(catalogue.findUnit(unitId).orElseThrow());

        // a row changed without the qualification's row (no import does that): the kept unit is still shown
        jdbc.update("update skill_requirement set text_fi = 'muutettu toisessa solmussa' where id = ?", first.id());
        assertThat(catalogue.findUnit(unitId).orElseThrow().areas().getFirst().requirements().getFirst().text().getFi())
                .isEqualTo(first.text().getFi());
        // an import elsewhere writes the qualification's row in the same transaction (its version): read again
        jdbc.update("update qualification set version = version + 1, imported_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now()), qid);
        assertThat(catalogue.findUnit(unitId).orElseThrow().areas().getFirst().requirements().getFirst().text().getFi())
                .isEqualTo("muutettu toisessa solmussa");
        assertThat(catalogue.findPublicUnit(unitId).orElseThrow().areas().getFirst().requirements().getFirst().text()
                .getFi()).isEqualTo("muutettu toisessa solmussa");
        assertThat(catalogue.findUnit(-1L)).isEmpty();
    }

    private Map<String, Long> requirementIds(Long unitId) {
        Map<String, Long> ids = new LinkedHashMap<>();
        jdbc.query("select stable_key, id from skill_requirement where unit_id = ?",
                rs -> {
                    ids.put(rs.getString(1), rs.getLong(2));
                }, unitId);
        return ids;
    }

    @Test
    void qualificationsWithTheSameCommonUnitDoNotOverwriteEachOther() throws IOException {
        runAs("admin");
        var units = catalogue.findUnitsByCode("101053");
        assertThat(units).extracting(CatalogueDto.UnitSummary::qualificationId).doesNotHaveDuplicates()
                .hasSizeGreaterThanOrEqualTo(4);
        // A copy of one of them, then a newer version of the copy with the unit renamed: the others stay as they were.
        ObjectNode doc = withOwnDiary("peruste-1721199");
        String diary = doc.path("diaarinumero").stringValue();
        assertThat(imports.importDocument("puutarha-v1.json", bytes(doc), Channel.UPLOAD).getFirst().outcome())
                .isEqualTo(Outcome.CREATED);
        assertThat(catalogue.findUnitsByCode("101053")).hasSize(units.size() + 1);
        ObjectNode v2 = doc.deepCopy();
        v2.put("muokattu", doc.path("muokattu").longValue() + 1);
        for (JsonNode u : v2.path("tutkinnonOsat")) {
            if ("101053".equals(u.path("koodiArvo").stringValue())) {
                ((ObjectNode) u.path("nimi")).put("fi", "Viestintä- ja vuorovaikutusosaaminen (muutettu)");
            }
        }
        var result = imports.importDocument("puutarha-v2.json", bytes(v2), Channel.UPLOAD);
        assertThat(result.getFirst().outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(result.getFirst().changed()).isEqualTo(1);
        assertThat(unitName(diary)).isEqualTo("Viestintä- ja vuorovaikutusosaaminen (muutettu)");
        for (String other : List.of("59/011/2014", "75/011/2014", "62/011/2014", "79/011/2014")) {
            assertThat(unitName(other)).as(other).isEqualTo("Viestintä- ja vuorovaikutusosaaminen");
        }
    }

    private String unitName(String diary) {
        return jdbc.queryForObject("select u.name_fi from qualification_unit u join qualification q on "
                + "u.qualification_id = q.id where q.diary_number = ? and u.code = '101053'", String.class, diary);
    }

    @Test
    void badInputIsRejectedAsAWholeAndLeavesTheCatalogueAsItWas() throws IOException {
        runAs("admin");
        Map<String, Long> before = tableCounts();
        long rejectedBefore = jdbc.queryForObject("select count(*) from catalogue_import where outcome = 'REJECTED'",
                Long.class);

        expectRejected("broken.json", "{\"tutkinnonOsat\": [".getBytes(StandardCharsets.UTF_8), "$", "not valid JSON");
        expectRejected("other.json", "{\"data\": []}".getBytes(StandardCharsets.UTF_8), "$", "not an ePerusteet document");
        expectRejected("notgzip.json.gz", new byte[] {0x1f, (byte) 0x8b, 1, 2, 3}, "$", "gzip");

        ObjectNode noCode = withOwnDiary("peruste-8505691");
        ObjectNode unit3 = (ObjectNode) noCode.path("tutkinnonOsat").get(3);
        unit3.remove("koodiArvo");
        unit3.remove("koodi");
        expectRejected("nocode.json", bytes(noCode), "$.tutkinnonOsat[3].koodiArvo", "no code");

        ObjectNode noName = withOwnDiary("peruste-8505691");
        ObjectNode unit2 = (ObjectNode) noName.path("tutkinnonOsat").get(2);
        unit2.remove("nimi");
        unit2.remove("koodi");
        unit2.put("koodiArvo", "106734");
        expectRejected("noname.json", bytes(noName), "$.tutkinnonOsat[2].nimi", "no name");

        ObjectNode badScale = withOwnDiary("peruste-1718932");
        ObjectNode kohde = (ObjectNode) badScale.path("tutkinnonOsat").get(10).path("arviointi")
                .path("arvioinninKohdealueet").get(0).path("arvioinninKohteet").get(0);
        kohde.put("_arviointiAsteikko", "7");
        expectRejected("scale.json", bytes(badScale),
                "$.tutkinnonOsat[10].arviointi.arvioinninKohdealueet[0].arvioinninKohteet[0]._arviointiAsteikko",
                "unknown assessment scale \"7\"");

        ObjectNode badLevel = withOwnDiary("peruste-3932281");
        JsonNode levels = badLevel.path("tutkinnonOsat").get(0).path("arviointi").path("arvioinninKohdealueet").get(0)
                .path("arvioinninKohteet").get(0).path("osaamistasonKriteerit");
        int withCriteria = 0;
        while (levels.get(withCriteria).path("kriteerit").isEmpty()) {
            withCriteria++;
        }
        ((ObjectNode) levels.get(withCriteria)).put("_osaamistaso", "4");
        expectRejected("level.json", bytes(badLevel),
                "$.tutkinnonOsat[0].arviointi.arvioinninKohdealueet[0].arvioinninKohteet[0].osaamistasonKriteerit["
                        + withCriteria + "]._osaamistaso",
                "level code \"4\" is not on assessment scale ONE_TO_FIVE");

        // A document that passes validation but that the database refuses half-way (a unit name longer than its
        // column, in the last unit): the qualification and the units before it are rolled back too.
        ObjectNode tooLong = withOwnDiary("peruste-8505691");
        ArrayNode osat = (ArrayNode) tooLong.path("tutkinnonOsat");
        ((ObjectNode) osat.get(osat.size() - 1).path("nimi")).put("fi", "x".repeat(600));
        assertThatThrownBy(() -> imports.importDocument("toolong.json", bytes(tooLong), Channel.UPLOAD))
                .isInstanceOf(CatalogueImportException.class).hasMessageContaining("toolong.json")
                .hasMessageContaining("database");
        assertThat(catalogue.findQualificationByDiaryNumber(tooLong.path("diaarinumero").stringValue())).isEmpty();

        assertThat(tableCounts()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from catalogue_import where outcome = 'REJECTED'", Long.class))
                .isEqualTo(rejectedBefore + 8);
    }

    private void expectRejected(String name, byte[] content, String path, String detail) {
        assertThatThrownBy(() -> imports.importDocument(name, content, Channel.UPLOAD))
                .isInstanceOfSatisfying(CatalogueImportException.class, e -> {
                    assertThat(e.getSource()).isEqualTo(name);
                    assertThat(e.getJsonPath()).isEqualTo(path);
                    assertThat(e.getDetail()).contains(detail);
                });
    }

    @Test
    void onlyAnAdministratorImportsButEverySignedInUserReads() {
        runAs("valmentaja");
        assertThatThrownBy(() -> imports.importDocument("x.json", new byte[0], Channel.UPLOAD))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(catalogue.listQualifications()).hasSizeGreaterThanOrEqualTo(7);
        var unit = catalogue.findUnitsByCode("100367").getFirst();
        var detail = catalogue.findUnit(unit.id()).orElseThrow();
        assertThat(detail.requirementCount()).isPositive();
        assertThat(detail.targets()).isNotEmpty();
    }

    @Test
    void searchFindsUnitsAndRequirementsInFinnishAndSwedish() {
        runAs("valmentaja");
        var office = catalogue.search("Toimistopalvelut", Locale.of("fi"));
        assertThat(office).anySatisfy(g -> {
            assertThat(g.qualification().diaryNumber()).isEqualTo("59/011/2014");
            assertThat(g.units()).anySatisfy(u -> assertThat(u.unit().code()).isEqualTo("100367"));
        });
        var waste = catalogue.search("Jätehuollon järjestäminen", Locale.of("fi"));
        assertThat(waste).anySatisfy(g -> assertThat(g.units()).anySatisfy(u -> {
            assertThat(u.unit().code()).isEqualTo("100449");
            assertThat(u.nameMatches()).isTrue();
        }));
        var swedish = catalogue.search("Kontorstjänster", Locale.of("sv"));
        assertThat(swedish).anySatisfy(g -> assertThat(g.units())
                .anySatisfy(u -> assertThat(u.unit().code()).isEqualTo("100367")));
        var requirement = catalogue.search("hoitaa puhelinpalvelua", Locale.of("fi"));
        assertThat(requirement).anySatisfy(g -> assertThat(g.units()).anySatisfy(u ->
                assertThat(u.matchingRequirements()).isNotEmpty()));
        assertThat(catalogue.search("x", Locale.of("fi"))).isEmpty();
        assertThat(catalogue.search("zzqqxx-ei-löydy", Locale.of("fi"))).isEmpty();
    }

    @Test
    void theCommandLineImportsFilesAndFoldersAndReportsEachFile(@TempDir Path dir) throws Exception {
        TaitouraCommand command = commands.stream().filter(c -> c.name().equals("catalogue-import")).findFirst()
                .orElseThrow();
        Path good = dir.resolve("good.json.gz");
        Files.copy(EperusteetParserTest.fixture("tutkinnonosa-3314254"), good);
        var out = new ByteArrayOutputStream();
        int exit = command.run(List.of(dir.toString()), new PrintStream(out, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(text).isZero();
        assertThat(text).contains("good.json.gz: UNCHANGED Yksittäinen tutkinnon osa: Hautausmaiden viheralueista "
                + "huolehtiminen (TUTKINNONOSA-106003) — 1 units, 4 requirements, 48 criteria");

        Files.writeString(dir.resolve("bad.json"), "[1, 2]");
        out.reset();
        exit = command.run(List.of(dir.toString(), dir.resolve("missing.json").toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        text = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(1);
        assertThat(text).contains("FAILED " + dir.resolve("missing.json") + ": no such file or folder")
                .contains("REJECTED " + dir.resolve("bad.json") + ": expected an ePerusteet unit (tutkinnon osa) object (at $[0])")
                .contains("2 file(s): 1 unchanged, 1 rejected");
        out.reset();
        assertThat(command.run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(2);
    }

    @Test
    void fetchFromEperusteetByIdAndByDiaryNumberAgainstALocalStub() throws Exception {
        runAs("admin");
        byte[] peruste = bytes(withOwnDiary("peruste-8505691"));
        String diary = JSON.readTree(peruste).path("diaarinumero").stringValue();
        List<String> callerIds = new ArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/external/", exchange -> {
            callerIds.add(exchange.getRequestHeaders().getFirst("Caller-Id"));
            String path = exchange.getRequestURI().getPath();
            byte[] body;
            int status = 200;
            if (path.equals("/api/external/peruste/8505691")) {
                body = peruste;
            } else if (path.equals("/api/external/perusteet")) {
                String query = java.net.URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
                body = (query.equals("diaarinumero=" + diary)
                        ? "{\"data\":[{\"id\":8505691,\"diaarinumero\":\"" + diary + "\"}],\"sivu\":0}"
                        : "{\"data\":[],\"sivu\":0}").getBytes(StandardCharsets.UTF_8);
            } else {
                status = 404;
                body = "{}".getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/external/";
            var byId = imports.fetch("8505691", base);
            assertThat(byId.getFirst().outcome()).isEqualTo(Outcome.CREATED);
            assertThat(byId.getFirst().source()).endsWith("/api/external/peruste/8505691");
            var byDiary = imports.fetch(diary, base);
            assertThat(byDiary.getFirst().outcome()).isEqualTo(Outcome.UNCHANGED);
            assertThat(callerIds).isNotEmpty().allSatisfy(c -> assertThat(c).isNotBlank());
            assertThatThrownBy(() -> imports.fetch("1234", base)).isInstanceOfSatisfying(
                    CatalogueImportException.class, e -> assertThat(e.getDetail()).contains("HTTP 404"));
            assertThatThrownBy(() -> imports.fetch("OPH-0-1900", base)).isInstanceOfSatisfying(
                    CatalogueImportException.class, e -> assertThat(e.getDetail()).contains("no qualification"));
        } finally {
            server.stop(0);
        }
        assertThat(jdbc.queryForObject("select count(*) from catalogue_import where channel = 'FETCH'", Long.class))
                .isGreaterThanOrEqualTo(4);
    }
}
