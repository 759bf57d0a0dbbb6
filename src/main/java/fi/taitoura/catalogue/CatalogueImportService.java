package fi.taitoura.catalogue;

import fi.taitoura.catalogue.CatalogueImport.Channel;
import fi.taitoura.catalogue.CatalogueImportResult.Outcome;
import fi.taitoura.security.CurrentUser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports ePerusteet documents into the catalogue: uploaded files, files and folders on the command line, a fetch
 * from the public ePerusteet API, and the catalogue shipped with Taitoura. Each file is parsed and validated
 * completely first, then written in one transaction: a file is imported whole or not at all. Every attempt is
 * recorded in the import history, and every change in the audit log.
 */
@Service
public class CatalogueImportService {

    private static final Logger log = LoggerFactory.getLogger(CatalogueImportService.class);

    private final CatalogueWriter writer;
    private final CatalogueImportRepository history;
    private final QualificationRepository qualifications;
    private final CurrentUser currentUser;
    private final TransactionTemplate tx;
    private final TransactionTemplate newTx;
    private final String bundledLocation;
    private final String apiBaseUrl;
    private final String callerId;
    private final Duration timeout;

    CatalogueImportService(CatalogueWriter writer, CatalogueImportRepository history,
                           QualificationRepository qualifications, CurrentUser currentUser,
                           PlatformTransactionManager transactions,
                           @Value("${taitoura.catalogue.bundled-location:classpath*:competence-catalogue/eperusteet/*.json*}") String bundledLocation,
                           @Value("${taitoura.eperusteet.base-url:https://virkailija.opintopolku.fi/eperusteet-service/api/external}") String apiBaseUrl,
                           @Value("${taitoura.eperusteet.caller-id:1.2.246.562.10.00000000001.taitoura}") String callerId,
                           @Value("${taitoura.eperusteet.timeout:PT60S}") Duration timeout) {
        this.writer = writer;
        this.history = history;
        this.qualifications = qualifications;
        this.currentUser = currentUser;
        this.tx = new TransactionTemplate(transactions);
        this.newTx = new TransactionTemplate(transactions);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.bundledLocation = bundledLocation;
        this.apiBaseUrl = apiBaseUrl.replaceAll("/+$", "");
        this.callerId = callerId;
        this.timeout = timeout;
    }

    /**
     * Imports one document ({@code .json} or gzip-compressed). Returns one result per qualification in it (a
     * single-unit document may hold several units). Throws {@link CatalogueImportException} when the document is
     * rejected; the catalogue is then unchanged.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<CatalogueImportResult> importDocument(String source, byte[] content, Channel channel) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        try {
            byte[] json;
            try {
                json = EperusteetParser.readMaybeGzipped(new java.io.ByteArrayInputStream(content));
            } catch (IOException e) {
                throw new CatalogueImportException(source, "$", "the file is not valid gzip: " + e.getMessage());
            }
            List<ParsedDocument.Qualification> docs = EperusteetParser.parse(source, json);
            List<CatalogueImportResult> results;
            try {
                results = tx.execute(status -> {
                    List<CatalogueImportResult> r = new ArrayList<>();
                    for (ParsedDocument.Qualification doc : docs) {
                        r.add(writer.write(doc, source, started));
                    }
                    return r;
                });
            } catch (DataAccessException | jakarta.persistence.PersistenceException e) {
                Throwable root = org.springframework.core.NestedExceptionUtils.getMostSpecificCause(e);
                throw new CatalogueImportException(source, "$", "the database refused the document: "
                        + root.getMessage());
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            for (CatalogueImportResult r : results) {
                record(started, ms, channel, source, r.outcome(), r.qualificationId(), r.diaryNumber(),
                        r.name() == null ? null : r.name().getFi(), r.units(), r.requirements(), r.criteria(),
                        r.outcome() == Outcome.UPDATED ? r.added() + " added, " + r.changed() + " changed, "
                                + r.retired() + " no longer current" : null);
                log.info("Catalogue import ({}): {}", channel, r.summary());
            }
            return results;
        } catch (CatalogueImportException e) {
            record(started, (System.nanoTime() - t0) / 1_000_000, channel, source, Outcome.REJECTED, null, null, null,
                    0, 0, 0, e.getDetail() + " (at " + e.getJsonPath() + ")");
            log.warn("Catalogue import ({}) rejected: {}", channel, e.getMessage());
            throw e;
        }
    }

    /** Imports a file ({@code .json} or {@code .json.gz}) from the file system. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<CatalogueImportResult> importFile(Path file, Channel channel) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CatalogueImportException(file.toString(), "-", "the file cannot be read: " + e.getMessage());
        }
        return importDocument(file.toString(), content, channel);
    }

    /**
     * Fetches a qualification from the public ePerusteet API by its peruste id (digits) or diary number, and
     * imports it.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<CatalogueImportResult> fetch(String idOrDiaryNumber) {
        return fetch(idOrDiaryNumber, apiBaseUrl);
    }

    /** As {@link #fetch(String)}, from another ePerusteet-compatible API (a mirror, or a stub in tests). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<CatalogueImportResult> fetch(String idOrDiaryNumber, String baseUrl) {
        String apiBaseUrl = baseUrl.replaceAll("/+$", "");
        String key = idOrDiaryNumber == null ? "" : idOrDiaryNumber.trim();
        if (key.isEmpty()) {
            throw new CatalogueImportException(apiBaseUrl, "-", "give a peruste id or a diary number");
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        String url;
        byte[] body;
        try {
            String id = key;
            if (!key.matches("\\d{1,18}")) {
                String searchUrl = apiBaseUrl + "/perusteet?diaarinumero="
                        + URLEncoder.encode(key, StandardCharsets.UTF_8);
                byte[] page = get(client, searchUrl);
                id = findIdByDiaryNumber(searchUrl, page, key);
            }
            url = apiBaseUrl + "/peruste/" + id;
            body = get(client, url);
        } catch (CatalogueImportException e) {
            record(started, (System.nanoTime() - t0) / 1_000_000, Channel.FETCH, e.getSource(), Outcome.REJECTED, null,
                    null, null, 0, 0, 0, e.getDetail());
            log.warn("Fetch from ePerusteet failed: {}", e.getMessage());
            throw e;
        }
        return importDocument(url, body, Channel.FETCH);
    }

    private static String findIdByDiaryNumber(String url, byte[] page, String diary) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(page);
        } catch (RuntimeException e) {
            throw new CatalogueImportException(url, "$", "ePerusteet's answer is not JSON");
        }
        JsonNode data = root.path("data");
        if (!data.isArray()) {
            throw new CatalogueImportException(url, "$.data", "ePerusteet's answer has no result list");
        }
        JsonNode match = null;
        for (JsonNode p : data) {
            if (diary.equalsIgnoreCase(EperusteetParser.text(p.path("diaarinumero")))) {
                match = p;
                break;
            }
        }
        if (match == null) {
            throw new CatalogueImportException(url, "$.data", "ePerusteet has no qualification with diary number "
                    + diary);
        }
        String id = EperusteetParser.text(match.path("id"));
        if (id == null || !id.matches("\\d{1,18}")) {
            throw new CatalogueImportException(url, "$.data[].id", "the qualification has no id");
        }
        return id;
    }

    private byte[] get(HttpClient client, String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Caller-Id", callerId).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new CatalogueImportException(url, "-", "ePerusteet answered HTTP " + response.statusCode()
                            + (response.statusCode() == 404 ? " (not found)" : ""));
                }
                return EperusteetParser.readMaybeGzipped(body);
            }
        } catch (IOException e) {
            throw new CatalogueImportException(url, "-", "ePerusteet cannot be reached (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); check the internet connection or the "
                    + "setting taitoura.eperusteet.base-url");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CatalogueImportException(url, "-", "the fetch was interrupted");
        }
    }

    /**
     * Imports the catalogue shipped with Taitoura ({@code competence-catalogue/} on the class path). A file that
     * fails is logged and skipped; the others are imported.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<CatalogueImportResult> importBundled() {
        List<CatalogueImportResult> results = new ArrayList<>();
        Resource[] resources;
        try {
            resources = new PathMatchingResourcePatternResolver().getResources(bundledLocation);
        } catch (IOException e) {
            log.warn("The bundled catalogue cannot be listed at {}: {}", bundledLocation, e.getMessage());
            return results;
        }
        Arrays.sort(resources, Comparator.comparing(Resource::getFilename, Comparator.nullsLast(String::compareTo)));
        for (Resource r : resources) {
            String name = r.getFilename();
            if (name == null || !(name.endsWith(".json") || name.endsWith(".json.gz"))) {
                continue;
            }
            try (InputStream in = r.getInputStream()) {
                results.addAll(importDocument("competence-catalogue/eperusteet/" + name, in.readAllBytes(),
                        Channel.BUNDLED));
            } catch (IOException | CatalogueImportException e) {
                log.warn("Bundled catalogue file {} was not imported: {}", name, e.getMessage());
            }
        }
        return results;
    }

    /** True when the catalogue holds no qualification yet. */
    public boolean isCatalogueEmpty() {
        return qualifications.count() == 0;
    }

    /** True when a qualification was written by an older importer format: re-importing fills its new fields. */
    public boolean hasRowsOfAnOlderFormat() {
        return qualifications.existsByImportFormatLessThan(CatalogueWriter.IMPORT_FORMAT);
    }

    /** The latest import attempts, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<CatalogueImport> recentImports(int limit) {
        return history.findRecent(PageRequest.of(0, limit));
    }

    public String apiBaseUrl() {
        return apiBaseUrl;
    }

    private void record(Instant started, long ms, Channel channel, String source, Outcome outcome, Long qid,
                        String diary, String name, int units, int reqs, int criteria, String message) {
        String actor = currentUser.username().orElse("system");
        try {
            newTx.executeWithoutResult(s -> history.save(new CatalogueImport(started, ms, actor, channel, source,
                    outcome, qid, diary, name, units, reqs, criteria, message)));
        } catch (DataAccessException e) {
            log.warn("The import history entry for {} could not be saved: {}", source, e.getMessage());
        }
    }

    // ------------------------------------------------------------------ benchmark support

    /** Timings of one benchmark run (see {@code ./run benchmark-catalogue-import}). */
    public record BenchmarkRun(double jsonParseSeconds, double modelParseSeconds, double importSeconds, int rows) {
    }

    /**
     * Imports the document as a new qualification (under a temporary diary number) and rolls the transaction back:
     * measures a full first import without changing the catalogue. The baseline is parsing the same bytes alone.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public BenchmarkRun benchmark(String source, byte[] content) throws IOException {
        byte[] json = EperusteetParser.readMaybeGzipped(new java.io.ByteArrayInputStream(content));
        long t0 = System.nanoTime();
        JsonMapper.builder().build().readTree(json);
        long t1 = System.nanoTime();
        List<ParsedDocument.Qualification> docs = EperusteetParser.parse(source, json);
        long t2 = System.nanoTime();
        int rows = docs.stream().mapToInt(ParsedDocument.Qualification::rowCount).sum();
        Instant now = Instant.now();
        long t3 = System.nanoTime();
        tx.executeWithoutResult(status -> {
            for (ParsedDocument.Qualification doc : docs) {
                writer.write(renamed(doc), source, now);
            }
            status.setRollbackOnly();
        });
        long t4 = System.nanoTime();
        return new BenchmarkRun((t1 - t0) / 1e9, (t2 - t1) / 1e9, (t4 - t3) / 1e9, rows);
    }

    private static ParsedDocument.Qualification renamed(ParsedDocument.Qualification d) {
        String diary = ("BENCH-" + d.diaryNumber());
        return new ParsedDocument.Qualification(null, diary.length() > 64 ? diary.substring(0, 64) : diary, d.synthetic(),
                d.name(), d.type(), d.educationCodes(), d.validFrom(), d.validTo(), d.transitionEnds(), d.modifiedAt(),
                d.titles(), d.units(), d.replacedDiaryNumbers(), d.structure());
    }
}
