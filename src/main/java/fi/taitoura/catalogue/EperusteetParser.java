package fi.taitoura.catalogue;

import fi.taitoura.base.time.Time;
import fi.taitoura.base.db.LocalizedText;
import fi.taitoura.catalogue.ParsedDocument.Area;
import fi.taitoura.catalogue.ParsedDocument.Criterion;
import fi.taitoura.catalogue.ParsedDocument.Generation;
import fi.taitoura.catalogue.ParsedDocument.Requirement;
import fi.taitoura.catalogue.ParsedDocument.Target;
import fi.taitoura.catalogue.ParsedDocument.Title;
import fi.taitoura.catalogue.ParsedDocument.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an ePerusteet external-API document — a whole qualification (an object with {@code tutkinnonOsat}) or
 * single units (an array) — in any of the three format generations into {@link ParsedDocument}. Validates
 * everything it keeps and rejects the document with the JSON path of the first problem.
 */
final class EperusteetParser {

    /** ePerusteet's dates are midnight in Finland, sent as epoch milliseconds. */
    static final ZoneId ZONE = Time.zone();
    /** Prefix of the synthetic diary number given to a single-unit document's qualification. */
    static final String SINGLE_UNIT_DIARY_PREFIX = "TUTKINNONOSA-";

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final String AUTOMATIC = "automaattinen";

    private final String source;

    private EperusteetParser(String source) {
        this.source = source;
    }

    /** Parses a document; {@code source} names it in messages (file name or URL). */
    static List<ParsedDocument.Qualification> parse(String source, InputStream in) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JacksonException e) {
            TokenStreamLocation loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new CatalogueImportException(source, "$", "not valid JSON" + where + ": " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new CatalogueImportException(source, "$", "the file is empty");
        }
        return new EperusteetParser(source).document(root);
    }

    static List<ParsedDocument.Qualification> parse(String source, byte[] json) {
        return parse(source, new java.io.ByteArrayInputStream(json));
    }

    /**
     * The most a gzip file may inflate to (64 MB; the largest real ePerusteet export is about 3.5 MB): a small
     * compressed "zip bomb" must not fill the heap.
     */
    static final int MAX_INFLATED_BYTES = 64 * 1024 * 1024;

    /** Reads all of a stream, un-gzipping it when it starts with the gzip magic bytes. */
    static byte[] readMaybeGzipped(InputStream in) throws IOException {
        return readMaybeGzipped(in, MAX_INFLATED_BYTES);
    }

    /** As {@link #readMaybeGzipped(InputStream)}, refusing content that inflates beyond {@code maxInflated}. */
    static byte[] readMaybeGzipped(InputStream in, int maxInflated) throws IOException {
        byte[] bytes = in.readAllBytes();
        if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            try (var gz = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                byte[] inflated = gz.readNBytes(maxInflated + 1);
                if (inflated.length > maxInflated) {
                    throw new IOException("The file inflates to more than " + maxInflated / (1024 * 1024)
                            + " MB; refused");
                }
                return inflated;
            }
        }
        return bytes;
    }

    private List<ParsedDocument.Qualification> document(JsonNode root) {
        if (root.isObject() && root.path("tutkinnonOsat").isArray()) {
            return List.of(qualification(root));
        }
        if (root.isArray()) {
            if (root.isEmpty()) {
                throw reject("$", "the unit list is empty");
            }
            List<ParsedDocument.Qualification> result = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < root.size(); i++) {
                String path = "$[" + i + "]";
                JsonNode node = root.get(i);
                if (!node.isObject() || !(node.has("nimi") || node.path("koodi").isObject()
                        || "tutkinnonosa".equals(text(node.path("osanTyyppi"))))) {
                    throw reject(path, "expected an ePerusteet unit (tutkinnon osa) object");
                }
                Unit unit = unit(node, path, i);
                if (!codes.add(unit.code())) {
                    throw reject(path + ".koodiArvo", "unit " + unit.code() + " appears twice");
                }
                result.add(singleUnitQualification(node, unit));
            }
            return result;
        }
        throw reject("$", "not an ePerusteet document: expected a qualification (an object with \"tutkinnonOsat\") "
                + "or a list of units (an array)");
    }

    private ParsedDocument.Qualification singleUnitQualification(JsonNode node, Unit unit) {
        LocalizedText n = unit.name();
        LocalizedText name = new LocalizedText("Yksittäinen tutkinnon osa: " + n.in(Locale.of("fi")),
                "Enskild examensdel: " + n.in(Locale.of("sv")), "Single unit: " + n.in(Locale.ENGLISH));
        return new ParsedDocument.Qualification(null, SINGLE_UNIT_DIARY_PREFIX + unit.code(), true, name,
                "tutkinnonosa", List.of(), null, null, null, instant(node.path("muokattu")), List.of(), List.of(unit),
                List.of(), List.of());
    }

    private ParsedDocument.Qualification qualification(JsonNode root) {
        String diary = text(root.path("diaarinumero"));
        if (diary == null) {
            throw reject("$.diaarinumero", "the qualification has no diary number");
        }
        if (diary.length() > 64) {
            throw reject("$.diaarinumero", "the diary number is longer than 64 characters");
        }
        LocalizedText name = plain(root.path("nimi"));
        if (name == null || name.getFi() == null) {
            throw reject("$.nimi.fi", "the qualification has no Finnish name");
        }
        List<String> education = new ArrayList<>();
        JsonNode koulutukset = root.path("koulutukset");
        for (JsonNode k : koulutukset) {
            String code = text(k.path("koulutuskoodiArvo"));
            if (code != null && !education.contains(code)) {
                education.add(code);
            }
        }
        List<Title> titles = new ArrayList<>();
        JsonNode osaamisalat = root.path("osaamisalat");
        for (JsonNode o : osaamisalat) {
            LocalizedText t = plainWithFi(o.path("nimi"));
            if (t != null && t.getFi() != null) {
                titles.add(new Title(QualificationTitleKind.COMPETENCE_AREA, text(o.path("arvo")), t));
            }
        }
        Set<String> seenTitles = new HashSet<>();
        for (JsonNode o : root.path("tutkintonimikkeet")) {
            LocalizedText t = plainWithFi(o.path("nimi"));
            String code = text(o.path("tutkintonimikeArvo"));
            if (t != null && t.getFi() != null && seenTitles.add(code + "|" + t.getFi())) {
                titles.add(new Title(QualificationTitleKind.TITLE, code, t));
            }
        }
        Map<String, BigDecimal> creditsByUnitId = creditsFromStructure(root);
        Map<String, Long> viiteByUnitId = viitteetByUnitId(root);
        Map<String, String> codeByUnitId = new HashMap<>();
        List<Unit> units = new ArrayList<>();
        Map<String, Integer> positions = new HashMap<>();
        List<Long> modified = new ArrayList<>();
        JsonNode osat = root.path("tutkinnonOsat");
        for (int i = 0; i < osat.size(); i++) {
            String path = "$.tutkinnonOsat[" + i + "]";
            JsonNode node = osat.get(i);
            if (!node.isObject()) {
                throw reject(path, "expected a unit (tutkinnon osa) object");
            }
            Unit unit = unit(node, path, i);
            String unitId = text(node.path("id"));
            if (unitId != null) {
                codeByUnitId.put(unitId, unit.code());
            }
            if (unit.viiteId() == null && viiteByUnitId.get(unitId) != null) {
                unit = withViite(unit, viiteByUnitId.get(unitId));
            }
            if (unit.credits() == null) {
                BigDecimal credits = creditsByUnitId.get(text(node.path("id")));
                if (credits != null) {
                    unit = withCredits(unit, credits);
                }
            }
            Integer seenAt = positions.get(unit.code());
            if (seenAt == null) {
                positions.put(unit.code(), units.size());
                units.add(unit);
                modified.add(longOrNull(node.path("muokattu")));
            } else {
                // The same unit in two completion modes (e.g. "ops" and "naytto" in 2014): keep the newer text.
                Long newer = longOrNull(node.path("muokattu"));
                Long known = modified.get(seenAt);
                if (newer != null && (known == null || newer > known)) {
                    units.set(seenAt, unit);
                    modified.set(seenAt, newer);
                }
            }
        }
        return new ParsedDocument.Qualification(longOrNull(root.path("id")), diary, false, name,
                text(root.path("koulutustyyppi")), education, date(root.path("voimassaoloAlkaa")),
                date(root.path("voimassaoloLoppuu")), date(root.path("siirtymaPaattyy")),
                instant(root.path("muokattu")), titles, units, replaced(root), structure(root, codeByUnitId));
    }

    private static Unit withCredits(Unit u, BigDecimal credits) {
        return new Unit(u.eperusteetId(), u.code(), u.name(), credits, u.unitType(), u.scale(), u.demonstration(),
                u.generation(), u.areas(), u.targets(), u.subAreas(), u.codeUri(), u.codeVersion(), u.viiteId(),
                u.requirementSubject(), u.description());
    }

    private static Unit withViite(Unit u, Long viiteId) {
        return new Unit(u.eperusteetId(), u.code(), u.name(), u.credits(), u.unitType(), u.scale(), u.demonstration(),
                u.generation(), u.areas(), u.targets(), u.subAreas(), u.codeUri(), u.codeVersion(), viiteId,
                u.requirementSubject(), u.description());
    }

    /** The completion modes in the order their reference ids are preferred (the current reform first). */
    private static final List<String> MODE_ORDER = List.of("reformi", "ops", "naytto");

    private static List<JsonNode> modesInOrder(JsonNode root) {
        List<JsonNode> modes = new ArrayList<>();
        root.path("suoritustavat").forEach(modes::add);
        modes.sort(java.util.Comparator.comparingInt(m -> {
            int i = MODE_ORDER.indexOf(text(m.path("suoritustapakoodi")));
            return i < 0 ? MODE_ORDER.size() : i;
        }));
        return modes;
    }

    /** A unit's reference id (tutkinnonOsaViite) by unit id, for exports that lack {@code tutkinnonosaViiteId}. */
    private static Map<String, Long> viitteetByUnitId(JsonNode root) {
        Map<String, Long> result = new HashMap<>();
        for (JsonNode tapa : modesInOrder(root)) {
            for (JsonNode viite : tapa.path("tutkinnonOsaViitteet")) {
                String unitId = text(viite.path("_tutkinnonOsa"));
                Long id = longOrNull(viite.path("id"));
                if (unitId != null && id != null) {
                    result.putIfAbsent(unitId, id);
                }
            }
        }
        return result;
    }

    /** The diary numbers this qualification replaces ({@code korvattavatDiaarinumerot}). */
    private List<String> replaced(JsonNode root) {
        List<String> result = new ArrayList<>();
        JsonNode list = root.path("korvattavatDiaarinumerot");
        for (int i = 0; i < list.size(); i++) {
            String d = text(list.get(i));
            if (d != null && d.length() > 64) {
                throw reject("$.korvattavatDiaarinumerot[" + i + "]", "a diary number is longer than 64 characters");
            }
            if (d != null && !result.contains(d)) {
                result.add(d);
            }
        }
        return result;
    }

    /** The structure of every completion mode ({@code suoritustavat[].rakenne}), units resolved to their codes. */
    private List<ParsedDocument.StructureNode> structure(JsonNode root, Map<String, String> codeByUnitId) {
        List<ParsedDocument.StructureNode> result = new ArrayList<>();
        JsonNode tavat = root.path("suoritustavat");
        for (int i = 0; i < tavat.size(); i++) {
            JsonNode tapa = tavat.get(i);
            String mode = text(tapa.path("suoritustapakoodi"));
            JsonNode rakenne = tapa.path("rakenne");
            if (mode == null || !rakenne.isObject()) {
                continue;
            }
            if (mode.length() > 32) {
                throw reject("$.suoritustavat[" + i + "].suoritustapakoodi", "the completion mode is too long");
            }
            Map<String, JsonNode> viitteet = new HashMap<>();
            for (JsonNode viite : tapa.path("tutkinnonOsaViitteet")) {
                String id = text(viite.path("id"));
                if (id != null) {
                    viitteet.put(id, viite);
                }
            }
            result.add(structureNode(rakenne, "$.suoritustavat[" + i + "].rakenne", mode, viitteet, codeByUnitId));
        }
        return result;
    }

    private ParsedDocument.StructureNode structureNode(JsonNode node, String path, String mode,
                                                      Map<String, JsonNode> viitteet,
                                                      Map<String, String> codeByUnitId) {
        boolean mandatory = node.path("pakollinen").asBoolean(false);
        String viiteRef = text(node.path("_tutkinnonOsaViite"));
        if (viiteRef != null) {
            JsonNode viite = viitteet.get(viiteRef);
            String unitCode = viite == null ? null : codeByUnitId.get(text(viite.path("_tutkinnonOsa")));
            // A reference to a unit the export does not carry keeps its id; the page shows it without a link.
            JsonNode laajuus = viite == null ? tools.jackson.databind.node.MissingNode.getInstance()
                    : viite.path("laajuus");
            return new ParsedDocument.StructureNode(mode, true, null, mandatory, null, null, null, null,
                    longOrNull(node.path("_tutkinnonOsaViite")), unitCode, laajuus.isNumber() ? laajuus.decimalValue() : null,
                    List.of());
        }
        JsonNode rule = node.path("muodostumisSaanto").path("laajuus");
        JsonNode min = rule.path("minimi");
        JsonNode max = rule.path("maksimi");
        JsonNode osaamisala = node.path("osaamisala");
        List<ParsedDocument.StructureNode> children = new ArrayList<>();
        JsonNode osat = node.path("osat");
        for (int i = 0; i < osat.size(); i++) {
            children.add(structureNode(osat.get(i), path + ".osat[" + i + "]", mode, viitteet, codeByUnitId));
        }
        return new ParsedDocument.StructureNode(mode, false, plainWithFi(node.path("nimi")), mandatory,
                text(osaamisala.path("osaamisalakoodiUri")), text(osaamisala.path("osaamisalakoodiArvo")),
                min.isNumber() ? min.decimalValue() : null, max.isNumber() ? max.decimalValue() : null, null, null,
                null, children);
    }

    /** Unit scopes from the structure ({@code suoritustavat[].tutkinnonOsaViitteet}), which older exports need. */
    private static Map<String, BigDecimal> creditsFromStructure(JsonNode root) {
        Map<String, BigDecimal> credits = new HashMap<>();
        for (JsonNode tapa : root.path("suoritustavat")) {
            for (JsonNode viite : tapa.path("tutkinnonOsaViitteet")) {
                String unitId = text(viite.path("_tutkinnonOsa"));
                JsonNode laajuus = viite.path("laajuus");
                if (unitId != null && laajuus.isNumber()) {
                    credits.putIfAbsent(unitId, laajuus.decimalValue());
                }
            }
        }
        return credits;
    }

    // ------------------------------------------------------------------ units

    private Unit unit(JsonNode node, String path, int index) {
        String code = text(node.path("koodiArvo"));
        if (code == null) {
            code = text(node.path("koodi").path("arvo"));
        }
        if (code == null) {
            throw reject(path + ".koodiArvo", "the unit has no code");
        }
        if (code.length() > 40) {
            throw reject(path + ".koodiArvo", "the unit code is longer than 40 characters");
        }
        LocalizedText name = plainWithFi(node.path("nimi"));
        if (name == null) {
            name = plainWithFi(node.path("koodi").path("nimi"));
        }
        if (name == null) {
            throw reject(path + ".nimi", "unit " + code + " has no name");
        }
        JsonNode laajuus = node.path("laajuus");
        BigDecimal credits = laajuus.isNumber() ? laajuus.decimalValue() : null;
        LocalizedText demonstration = rich(node.path("ammattitaidonOsoittamistavat"));

        // Requirements: 2019+ coded areas, else 2017/2018 assessment areas, else the 2014 HTML list.
        List<Area> areas = new ArrayList<>();
        Generation generation;
        JsonNode a2019 = node.path("ammattitaitovaatimukset2019");
        JsonNode kohdealueet = node.path("arviointi").path("arvioinninKohdealueet");
        KeySet reqKeys = new KeySet();
        if (hasCodedRequirements(a2019)) {
            generation = Generation.CODED_2019;
            codedAreas(a2019, path + ".ammattitaitovaatimukset2019", code, "", false, areas, reqKeys);
        } else if (kohdealueet.isArray() && !kohdealueet.isEmpty() && requirementsAreAreaTitles(kohdealueet)) {
            generation = Generation.ASSESSMENT_AREAS_2017;
            List<Requirement> reqs = new ArrayList<>();
            for (int i = 0; i < kohdealueet.size(); i++) {
                JsonNode alue = kohdealueet.get(i);
                LocalizedText title = plainWithFi(alue.path("otsikko"));
                if (title == null || title.getFi() == null) {
                    continue;
                }
                String reqCode = koodiValue(alue.path("koodi"));
                reqs.add(new Requirement(reqCode, reqKeys.key(reqCode != null ? reqCode : hashKey(code, title.getFi())),
                        title));
            }
            if (!reqs.isEmpty()) {
                areas.add(new Area("default", null, false, reqs));
            }
        } else {
            List<Requirement> reqs = htmlListRequirements(node.path("ammattitaitovaatimukset"), code, reqKeys);
            generation = reqs.isEmpty() ? Generation.NONE : Generation.HTML_LIST_2014;
            if (!reqs.isEmpty()) {
                areas.add(new Area("default", null, false, reqs));
            }
        }

        // Assessment: unit-specific criteria per target, else a generic set for the whole unit.
        ScaleHolder scale = new ScaleHolder();
        List<Target> targets = new ArrayList<>();
        if (kohdealueet.isArray() && !kohdealueet.isEmpty()) {
            targets(kohdealueet, path + ".arviointi.arvioinninKohdealueet", generation == Generation.ASSESSMENT_AREAS_2017,
                    scale, targets);
        } else {
            JsonNode generic = node.path("geneerinenArviointiasteikko");
            if (generic.isObject()) {
                Target t = genericTarget(generic, path + ".geneerinenArviointiasteikko", name, scale);
                if (t != null) {
                    targets.add(t);
                }
            }
        }

        // Sub-areas (osa-alueet) of a common unit.
        List<Unit> subAreas = new ArrayList<>();
        JsonNode osaAlueet = node.path("osaAlueet");
        Map<String, Integer> subCodes = new HashMap<>();
        for (int i = 0; i < osaAlueet.size(); i++) {
            subAreas.add(subArea(osaAlueet.get(i), path + ".osaAlueet[" + i + "]", code, subCodes));
        }
        if (generation == Generation.NONE && !subAreas.isEmpty()) {
            generation = subAreas.getFirst().generation();
        }
        LocalizedText subject = plain(a2019.path("kohde"));
        if (subject == null) {
            subject = leadIn(node.path("ammattitaitovaatimukset"));
        }
        return new Unit(longOrNull(node.path("id")), code, name, credits, text(node.path("tyyppi")),
                scale.scaleOr(LevelScale.ONE_TO_FIVE), demonstration, generation, areas, targets, subAreas,
                codeUri(node, path), codeVersion(node), longOrNull(node.path("tutkinnonosaViiteId")), subject,
                rich(node.path("kuvaus")));
    }

    private static boolean hasCodedRequirements(JsonNode a2019) {
        if (!a2019.isObject()) {
            return false;
        }
        if (a2019.path("vaatimukset").size() > 0) {
            return true;
        }
        for (JsonNode alue : a2019.path("kohdealueet")) {
            if (alue.path("vaatimukset").size() > 0) {
                return true;
            }
        }
        return false;
    }

    /** 2017/2018: the areas carry a requirement code, or their targets have no titles of their own. */
    private static boolean requirementsAreAreaTitles(JsonNode kohdealueet) {
        boolean allUntitled = true;
        for (JsonNode alue : kohdealueet) {
            String uri = text(alue.path("koodi").path("uri"));
            if (uri != null && uri.startsWith("ammattitaitovaatimukset")) {
                return true;
            }
            for (JsonNode kohde : alue.path("arvioinninKohteet")) {
                if (plain(kohde.path("otsikko")) != null) {
                    allUntitled = false;
                }
            }
        }
        return allUntitled;
    }

    /** Areas with coded requirements ({@code ammattitaitovaatimukset2019} or a sub-area's objectives). */
    private void codedAreas(JsonNode tavoitteet, String path, String unitCode, String keyPrefix, boolean optional,
                            List<Area> areas, KeySet reqKeys) {
        KeySet areaKeys = new KeySet();
        List<Requirement> loose = requirements(tavoitteet.path("vaatimukset"), path + ".vaatimukset", unitCode, reqKeys);
        if (!loose.isEmpty()) {
            areas.add(new Area(areaKeys.key(keyPrefix + "default"), null, optional, loose));
        }
        JsonNode kohdealueet = tavoitteet.path("kohdealueet");
        for (int i = 0; i < kohdealueet.size(); i++) {
            JsonNode alue = kohdealueet.get(i);
            LocalizedText areaName = plainWithFi(alue.path("kuvaus"));
            List<Requirement> reqs = requirements(alue.path("vaatimukset"),
                    path + ".kohdealueet[" + i + "].vaatimukset", unitCode, reqKeys);
            String key = keyPrefix + (areaName == null || areaName.getFi() == null ? "area-" + i
                    : hashKey(unitCode, areaName.getFi()));
            areas.add(new Area(areaKeys.key(key), areaName, optional, reqs));
        }
    }

    private List<Requirement> requirements(JsonNode vaatimukset, String path, String unitCode, KeySet keys) {
        List<Requirement> reqs = new ArrayList<>();
        for (int i = 0; i < vaatimukset.size(); i++) {
            JsonNode v = vaatimukset.get(i);
            LocalizedText text = plainWithFi(v.path("vaatimus"));
            if (text == null || text.getFi() == null) {
                text = plainWithFi(v.path("koodi").path("nimi"));
            }
            if (text == null || text.getFi() == null) {
                throw reject(path + "[" + i + "].vaatimus.fi", "a requirement has no Finnish text");
            }
            String reqCode = koodiValue(v.path("koodi"));
            reqs.add(new Requirement(reqCode, keys.key(reqCode != null ? reqCode : hashKey(unitCode, text.getFi())),
                    text));
        }
        return reqs;
    }

    /** The code of a koodisto reference: its value, or the number at the end of its URI. */
    private static String koodiValue(JsonNode koodi) {
        if (!koodi.isObject()) {
            return null;
        }
        String value = text(koodi.path("arvo"));
        if (value == null) {
            String uri = text(koodi.path("uri"));
            if (uri != null && uri.contains("_")) {
                value = uri.substring(uri.lastIndexOf('_') + 1);
            }
        }
        return value == null || value.isBlank() || value.length() > 60 ? null : value;
    }

    /** 2014: the requirements are the items of an HTML list; Swedish and English are paired item by item. */
    private List<Requirement> htmlListRequirements(JsonNode html, String unitCode, KeySet keys) {
        List<String> fi = listItems(text(html.path("fi")), false);
        List<String> sv;
        if (fi.isEmpty()) {
            // Objectives written only in Swedish (for Swedish-speaking students): Swedish stands in for Finnish.
            fi = listItems(text(html.path("sv")), false);
            sv = fi;
            if (fi.isEmpty()) {
                return List.of();
            }
        } else {
            sv = alignTo(fi, listItems(text(html.path("sv")), true));
        }
        List<String> en = alignTo(fi, listItems(text(html.path("en")), true));
        List<Requirement> reqs = new ArrayList<>();
        for (int i = 0; i < fi.size(); i++) {
            LocalizedText text = new LocalizedText(fi.get(i), sv == null ? null : sv.get(i), en == null ? null : en.get(i));
            reqs.add(new Requirement(null, keys.key(hashKey(unitCode, fi.get(i))), text));
        }
        return reqs;
    }

    /** A translation's items if they pair one to one with the Finnish ones (dropping a lead-in line), else null. */
    private static List<String> alignTo(List<String> fi, List<String> other) {
        if (other.size() == fi.size()) {
            return other;
        }
        if (other.size() == fi.size() + 1) {
            return other.subList(1, other.size());
        }
        return null;
    }

    /**
     * The items of the HTML's lists ({@code li}); with {@code paragraphsToo}, a text written as paragraphs or lines
     * ("- item") when it has no lists, as some Swedish texts are.
     */
    static List<String> listItems(String html, boolean paragraphsToo) {
        List<String> items = new ArrayList<>();
        if (html == null || html.isBlank()) {
            return items;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        var lis = doc.select("li");
        if (!lis.isEmpty()) {
            for (Element li : lis) {
                Element copy = li.clone();
                copy.select("ul, ol").remove();
                String t = clean(copy.text());
                if (t != null) {
                    items.add(t);
                }
            }
            return items;
        }
        if (!paragraphsToo) {
            return items;
        }
        doc.select("br").after("\n");
        for (Element p : doc.select("p, div")) {
            for (String line : p.wholeText().split("\n")) {
                String t = clean(line);
                if (t != null) {
                    items.add(t);
                }
            }
        }
        return items;
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String t = text.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
        t = t.replaceFirst("^[-–—•*·]\\s*", "").trim();
        return t.isEmpty() ? null : t;
    }

    // ------------------------------------------------------------------ assessment

    private void targets(JsonNode kohdealueet, String path, boolean areaTitlesAreRequirements, ScaleHolder scale,
                         List<Target> targets) {
        KeySet keys = new KeySet();
        for (int i = 0; i < kohdealueet.size(); i++) {
            JsonNode alue = kohdealueet.get(i);
            String aluePath = path + "[" + i + "]";
            LocalizedText areaTitle = plainWithFi(alue.path("otsikko"));
            if (areaTitle != null && AUTOMATIC.equalsIgnoreCase(areaTitle.getFi())) {
                areaTitle = null;
            }
            JsonNode kohteet = alue.path("arvioinninKohteet");
            for (int j = 0; j < kohteet.size(); j++) {
                JsonNode kohde = kohteet.get(j);
                String kohdePath = aluePath + ".arvioinninKohteet[" + j + "]";
                LocalizedText own = plainWithFi(kohde.path("otsikko"));
                LocalizedText name = own != null && own.getFi() != null ? own : areaTitle;
                LocalizedText areaName = own != null && own.getFi() != null ? areaTitle : null;
                if (name == null || name.getFi() == null) {
                    throw reject(kohdePath + ".otsikko", "an assessment target has no name");
                }
                String scaleCode = text(kohde.path("_arviointiAsteikko"));
                if (scaleCode == null) {
                    scaleCode = text(kohde.path("arviointiAsteikko").path("id"));
                }
                LevelScale targetScale = LevelCodes.scaleOf(scaleCode);
                if (targetScale == null) {
                    throw reject(kohdePath + "._arviointiAsteikko", scaleCode == null ? "the assessment scale is missing"
                            : "unknown assessment scale \"" + scaleCode + "\" (known: 1 pass/fail, 2 T1/H2/K3, 3 1-5)");
                }
                scale.offer(targetScale);
                List<Criterion> criteria = new ArrayList<>();
                KeySet criterionKeys = new KeySet();
                JsonNode levels = kohde.path("osaamistasonKriteerit");
                for (int k = 0; k < levels.size(); k++) {
                    JsonNode level = levels.get(k);
                    String levelPath = kohdePath + ".osaamistasonKriteerit[" + k + "]";
                    String levelCode = text(level.path("_osaamistaso"));
                    if (levelCode == null && level.path("osaamistaso").isObject()) {
                        levelCode = levelCodeOf(level.path("osaamistaso"));
                    }
                    criteria(level, levelPath, targetScale, levelCode, criterionKeys, criteria);
                }
                String key = hashKey(areaTitle == null ? "" : areaTitle.getFi(), name.getFi());
                targets.add(new Target(keys.key(key), areaName, name, criteria));
            }
        }
    }

    /** The level code of an {@code osaamistaso} object: its id, else derived from its koodisto URI. */
    private static String levelCodeOf(JsonNode osaamistaso) {
        String id = text(osaamistaso.path("id"));
        if (id != null) {
            return id;
        }
        return LevelCodes.levelCodeOfUri(text(osaamistaso.path("koodi").path("uri")));
    }

    private void criteria(JsonNode level, String levelPath, LevelScale scale, String levelCode, KeySet keys,
                          List<Criterion> criteria) {
        JsonNode kriteerit = level.path("kriteerit");
        if (kriteerit.isEmpty()) {
            return; // levels without criteria (T2, H4 in the 2017 format) carry nothing
        }
        CriterionLevel criterionLevel = LevelCodes.levelOf(scale, levelCode);
        if (criterionLevel == null) {
            throw reject(levelPath + "._osaamistaso", levelCode == null ? "the level code is missing"
                    : "level code \"" + levelCode + "\" is not on assessment scale " + scale);
        }
        for (int m = 0; m < kriteerit.size(); m++) {
            LocalizedText text = plainWithFi(kriteerit.get(m));
            if (text == null || text.getFi() == null) {
                continue;
            }
            criteria.add(new Criterion(criterionLevel, levelCode, keys.key(hashKey(levelCode, text.getFi())), text));
        }
    }

    /** A generic assessment set ({@code geneerinenArviointiasteikko}): one target, the unit as a whole. */
    private Target genericTarget(JsonNode generic, String path, LocalizedText unitName, ScaleHolder scale) {
        JsonNode levels = generic.path("osaamistasonKriteerit");
        if (levels.isEmpty()) {
            return null;
        }
        String scaleCode = text(generic.path("arviointiAsteikko").path("id"));
        if (scaleCode == null) {
            scaleCode = text(generic.path("_arviointiAsteikko"));
        }
        LevelScale genericScale = LevelCodes.scaleOf(scaleCode);
        if (genericScale == null) {
            throw reject(path + ".arviointiAsteikko.id", scaleCode == null ? "the assessment scale is missing"
                    : "unknown assessment scale \"" + scaleCode + "\"");
        }
        scale.offer(genericScale);
        List<Criterion> criteria = new ArrayList<>();
        KeySet keys = new KeySet();
        for (int k = 0; k < levels.size(); k++) {
            JsonNode level = levels.get(k);
            String levelCode = text(level.path("_osaamistaso"));
            if (levelCode == null) {
                levelCode = levelCodeOf(level.path("osaamistaso"));
            }
            criteria(level, path + ".osaamistasonKriteerit[" + k + "]", genericScale, levelCode, keys, criteria);
        }
        criteria.sort(java.util.Comparator.comparing(c -> c.sourceCode() == null ? "" : c.sourceCode()));
        LocalizedText areaName = plain(generic.path("nimi"));
        return new Target("generic", areaName, unitName, criteria);
    }

    // ------------------------------------------------------------------ sub-areas of common units

    private Unit subArea(JsonNode node, String path, String parentCode, Map<String, Integer> seen) {
        String code = text(node.path("koodiArvo"));
        if (code == null) {
            code = text(node.path("koodi").path("arvo"));
        }
        if (code == null) {
            throw reject(path + ".koodiArvo", "a sub-area of unit " + parentCode + " has no code");
        }
        String language = text(node.path("kielikoodi").path("arvo"));
        String base = code + (language == null ? "" : "-" + language);
        int n = seen.merge(base, 1, Integer::sum);
        String unitCode = n == 1 ? base : base + "-" + n;
        LocalizedText name = plainWithFi(node.path("nimi"));
        if (name == null) {
            name = plainWithFi(node.path("koodi").path("nimi"));
        }
        if (name == null) {
            throw reject(path + ".nimi", "sub-area " + code + " of unit " + parentCode + " has no name");
        }
        List<Area> areas = new ArrayList<>();
        KeySet reqKeys = new KeySet();
        ScaleHolder scale = new ScaleHolder();
        List<Target> targets = new ArrayList<>();
        BigDecimal credits = null;
        Generation generation = Generation.NONE;
        JsonNode pakolliset = node.path("pakollisetOsaamistavoitteet");
        JsonNode valinnaiset = node.path("valinnaisetOsaamistavoitteet");
        if (pakolliset.isObject() || valinnaiset.isObject()) {
            // 2020 format: coded objectives, mandatory and optional, and one criteria set for the sub-area.
            if (pakolliset.isObject()) {
                codedAreas(pakolliset.path("tavoitteet"), path + ".pakollisetOsaamistavoitteet.tavoitteet", unitCode,
                        "", false, areas, reqKeys);
                JsonNode laajuus = pakolliset.path("laajuus");
                credits = laajuus.isNumber() ? laajuus.decimalValue() : null;
            }
            if (valinnaiset.isObject()) {
                codedAreas(valinnaiset.path("tavoitteet"), path + ".valinnaisetOsaamistavoitteet.tavoitteet", unitCode,
                        "optional:", true, areas, reqKeys);
            }
            generation = areas.isEmpty() ? Generation.NONE : Generation.CODED_2019;
            JsonNode arviointi = node.path("arviointi");
            if (arviointi.isObject() && arviointi.path("osaamistasonKriteerit").size() > 0) {
                Target t = genericTarget(arviointi, path + ".arviointi", name, scale);
                if (t != null) {
                    targets.add(t);
                }
            }
        } else {
            // 2014 format: objectives (osaamistavoitteet) as HTML lists, each with its own assessment.
            JsonNode tavoitteet = node.path("osaamistavoitteet");
            KeySet areaKeys = new KeySet();
            KeySet targetKeys = new KeySet();
            for (int i = 0; i < tavoitteet.size(); i++) {
                JsonNode t = tavoitteet.get(i);
                String tPath = path + ".osaamistavoitteet[" + i + "]";
                boolean mandatory = t.path("pakollinen").asBoolean(true);
                LocalizedText areaName = plainWithFi(t.path("nimi"));
                List<Requirement> reqs = htmlListRequirements(t.path("tavoitteet"), unitCode, reqKeys);
                String key = (mandatory ? "" : "optional:")
                        + (areaName == null || areaName.getFi() == null ? "area-" + i : hashKey(unitCode, areaName.getFi()));
                if (!reqs.isEmpty()) {
                    areas.add(new Area(areaKeys.key(key), areaName, !mandatory, reqs));
                    generation = Generation.HTML_LIST_2014;
                }
                JsonNode laajuus = t.path("laajuus");
                if (mandatory && laajuus.isNumber()
                        && (credits == null || laajuus.decimalValue().compareTo(credits) > 0)) {
                    credits = laajuus.decimalValue();
                }
                JsonNode kohdealueet = t.path("arviointi").path("arvioinninKohdealueet");
                if (kohdealueet.size() > 0) {
                    List<Target> own = new ArrayList<>();
                    targets(kohdealueet, tPath + ".arviointi.arvioinninKohdealueet", false, scale, own);
                    for (Target target : own) {
                        // Each objective (e.g. a language variant, mandatory or optional) has its own assessment.
                        LocalizedText group = target.areaName() != null ? target.areaName() : areaName;
                        targets.add(new Target(targetKeys.key(hashKey(key, target.stableKey())), group, target.name(),
                                target.criteria()));
                    }
                }
            }
        }
        LocalizedText subject = plain(pakolliset.path("tavoitteet").path("kohde"));
        if (subject == null) {
            subject = plain(valinnaiset.path("tavoitteet").path("kohde"));
        }
        if (subject == null && node.path("osaamistavoitteet").size() > 0) {
            subject = leadIn(node.path("osaamistavoitteet").get(0).path("tavoitteet"));
        }
        // A sub-area has no ways of demonstrating of its own; its kuvaus is a description, kept as such.
        return new Unit(longOrNull(node.path("id")), unitCode, name, credits, text(node.path("tyyppi")),
                scale.scaleOr(LevelScale.ONE_TO_FIVE), null, generation, areas, targets, List.of(),
                codeUri(node, path), codeVersion(node), null, subject, rich(node.path("kuvaus")));
    }

    // ------------------------------------------------------------------ helpers

    /** The code URI in OPH's koodisto ({@code koodiUri}, else {@code koodi.uri}). */
    private String codeUri(JsonNode node, String path) {
        String uri = text(node.path("koodiUri"));
        if (uri == null) {
            uri = text(node.path("koodi").path("uri"));
        }
        if (uri != null && uri.length() > 200) {
            throw reject(path + ".koodiUri", "the code URI is longer than 200 characters");
        }
        return uri;
    }

    /** The code's version in OPH's koodisto ({@code koodi.versio}); null where the export leaves it out. */
    private static Integer codeVersion(JsonNode node) {
        JsonNode v = node.path("koodi").path("versio");
        return v.isIntegralNumber() && v.intValue() > 0 ? v.intValue() : null;
    }

    /**
     * The lead-in of a 2014 requirement list ("Opiskelija osaa" before the items): the paragraph before the first
     * list, per language; null when there is none.
     */
    static LocalizedText leadIn(JsonNode html) {
        if (!html.isObject()) {
            return null;
        }
        String fi = leadIn(text(html.path("fi")));
        String sv = leadIn(text(html.path("sv")));
        String en = leadIn(text(html.path("en")));
        return fi == null && sv == null && en == null ? null : new LocalizedText(fi, sv, en);
    }

    private static String leadIn(String html) {
        if (html == null) {
            return null;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        Element list = doc.selectFirst("ul, ol");
        if (list == null) {
            return null;
        }
        Element before = list.previousElementSibling();
        String t = before == null ? null : clean(before.text());
        if (t == null || t.length() > 200) {
            return null;
        }
        return t.replaceAll("[:.]+$", "").trim();
    }

    private CatalogueImportException reject(String path, String detail) {
        return new CatalogueImportException(source, path, detail);
    }

    /** A stable key from the normalised text: survives re-import, whitespace and case changes. */
    static String hashKey(String scope, String text) {
        String normal = (scope == null ? "" : scope) + "|" + (text == null ? "" : text.toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\u00a0]+", " ").replaceAll("[.;,:]+$", "").trim());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return "h:" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        String value = node.isString() ? node.stringValue() : node.isNumber() || node.isBoolean() ? node.toString() : null;
        if (value == null) {
            return null;
        }
        value = value.trim();
        return value.isEmpty() ? null : value;
    }

    private static Long longOrNull(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        String t = text(node);
        return t != null && t.matches("\\d{1,18}") ? Long.parseLong(t) : null;
    }

    private static Instant instant(JsonNode node) {
        Long ms = longOrNull(node);
        return ms == null ? null : Instant.ofEpochMilli(ms);
    }

    private static LocalDate date(JsonNode node) {
        Instant i = instant(node);
        return i == null ? null : LocalDate.ofInstant(i, ZONE);
    }

    /** A {fi, sv, en} text as plain text; null when no language has text. */
    static LocalizedText plain(JsonNode node) {
        if (!node.isObject()) {
            return null;
        }
        String fi = CatalogueHtml.plainText(text(node.path("fi")));
        String sv = CatalogueHtml.plainText(text(node.path("sv")));
        String en = CatalogueHtml.plainText(text(node.path("en")));
        if (fi == null && sv == null && en == null) {
            return null;
        }
        return new LocalizedText(fi, sv, en);
    }

    /**
     * A plain text for a column that needs Finnish: where the source has no Finnish (e.g. the objectives for
     * Swedish-speaking students), the Swedish or English text stands in for it.
     */
    static LocalizedText plainWithFi(JsonNode node) {
        LocalizedText t = plain(node);
        if (t == null || t.getFi() != null) {
            return t;
        }
        return new LocalizedText(t.getSv() != null ? t.getSv() : t.getEn(), t.getSv(), t.getEn());
    }

    /** A {fi, sv, en} text as sanitised HTML; null when no language has text. */
    private static LocalizedText rich(JsonNode node) {
        if (!node.isObject()) {
            return null;
        }
        String fi = CatalogueHtml.sanitize(text(node.path("fi")));
        String sv = CatalogueHtml.sanitize(text(node.path("sv")));
        String en = CatalogueHtml.sanitize(text(node.path("en")));
        if (fi == null && sv == null && en == null) {
            return null;
        }
        return new LocalizedText(fi, sv, en);
    }

    /** Makes keys unique within one parent: a repeated key gets "#2", "#3"... in document order. */
    private static final class KeySet {
        private final Set<String> used = new LinkedHashSet<>();

        String key(String base) {
            String key = base;
            for (int n = 2; !used.add(key); n++) {
                key = base + "#" + n;
            }
            return key;
        }
    }

    /** The unit's scale: the first one its criteria use. */
    private static final class ScaleHolder {
        private LevelScale scale;

        void offer(LevelScale s) {
            if (scale == null) {
                scale = s;
            }
        }

        LevelScale scaleOr(LevelScale fallback) {
            return scale == null ? fallback : scale;
        }
    }
}
