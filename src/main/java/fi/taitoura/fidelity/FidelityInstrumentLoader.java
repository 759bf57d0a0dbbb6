package fi.taitoura.fidelity;

import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.db.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads fidelity instruments from their data files ({@code classpath:fidelity/*.json}, format
 * {@code taitoura-fidelity/1}): at every start the shipped files, and any other file with {@code ./run fidelity-load
 * PATH}. A (code, version) already loaded is never changed: a changed text is a new version. A file is validated
 * whole before anything is stored.
 */
@Component
public class FidelityInstrumentLoader {

    public static final String FORMAT = "taitoura-fidelity/1";
    private static final Logger log = LoggerFactory.getLogger(FidelityInstrumentLoader.class);
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final FidelityInstrumentRepository instruments;
    private final TransactionTemplate tx;

    FidelityInstrumentLoader(FidelityInstrumentRepository instruments, TransactionTemplate tx) {
        this.instruments = instruments;
        this.tx = tx;
    }

    record Text(String fi, String sv, String en) {
        LocalizedText localized() {
            return new LocalizedText(fi, sv, en);
        }
    }

    record Band(int min, int max, Text label) {
    }

    record Subscale(String key, Text name, List<Band> bands) {
    }

    record Item(int number, String key, Text title, Text description) {
    }

    record Section(String key, String subscale, Text name, List<Item> items) {
    }

    record Scale(int min, int max) {
    }

    record Definition(String format, String code, int version, boolean workingText, Text name, Text description,
                      Scale scale, List<Subscale> subscales, List<Section> sections) {
    }

    /** What happened to one file. */
    public record Result(String code, int version, boolean loaded, int items) {
    }

    /** Loads the shipped instruments once the application is up, before the demo data (which reviews them). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(5)
    public void loadShipped() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:fidelity/*.json");
            for (Resource r : files) {
                try (InputStream in = r.getInputStream()) {
                    Result result = load(in, "classpath:fidelity/" + r.getFilename());
                    if (result.loaded()) {
                        log.info("Loaded fidelity instrument {} version {} ({} items)", result.code(),
                                result.version(), result.items());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validates and stores one instrument version; an existing version is left as it is. */
    public Result load(InputStream in, String source) throws IOException {
        byte[] bytes = in.readAllBytes();
        Definition d;
        try {
            d = JSON.readValue(bytes, Definition.class);
        } catch (RuntimeException e) {
            throw new BusinessRuleException("fidelity.error.file", source, e.getMessage());
        }
        validate(d, source);
        String sha = sha256(bytes);
        return tx.execute(s -> {
            var existing = instruments.findByCodeAndInstrumentVersion(d.code(), d.version());
            if (existing.isPresent()) {
                if (!existing.get().getSha256().equals(sha)) {
                    log.warn("Fidelity instrument {} version {} from {} differs from the loaded one; a loaded "
                            + "version is never changed: give the changed file a new version", d.code(), d.version(),
                            source);
                }
                return new Result(d.code(), d.version(), false, (int) existing.get().items().count());
            }
            FidelityInstrument i = new FidelityInstrument(d.code(), d.version(), d.name().localized(),
                    d.description() == null ? null : d.description().localized(), d.scale().min(), d.scale().max(),
                    d.workingText(), source.length() > 300 ? source.substring(source.length() - 300) : source, sha);
            Map<String, FidelitySubscale> subscales = new java.util.HashMap<>();
            int order = 0;
            for (Subscale sub : d.subscales()) {
                FidelitySubscale fs = new FidelitySubscale(i, sub.key(), sub.name().localized(), order++);
                for (Band b : sub.bands() == null ? List.<Band>of() : sub.bands()) {
                    fs.getBands().add(new FidelityBand(fs, b.min(), b.max(), b.label().localized()));
                }
                subscales.put(sub.key(), fs);
                i.getSubscales().add(fs);
            }
            order = 0;
            for (Section sec : d.sections()) {
                FidelitySection fs = new FidelitySection(i, subscales.get(sec.subscale()), sec.key(),
                        sec.name().localized(), order++);
                for (Item item : sec.items()) {
                    fs.getItems().add(new FidelityItem(fs, item.number(), item.key(), item.title().localized(),
                            item.description() == null ? null : item.description().localized()));
                }
                i.getSections().add(fs);
            }
            instruments.saveAndFlush(i);
            return new Result(d.code(), d.version(), true, (int) i.items().count());
        });
    }

    private static void validate(Definition d, String source) {
        if (!FORMAT.equals(d.format())) {
            throw new BusinessRuleException("fidelity.error.format", source, FORMAT);
        }
        require(d.code() != null && d.code().matches("[A-Z0-9_]{2,64}"), source, "code");
        require(d.version() >= 1, source, "version");
        require(d.name() != null && d.name().fi() != null, source, "name.fi");
        require(d.scale() != null && d.scale().min() < d.scale().max(), source, "scale");
        require(d.subscales() != null && !d.subscales().isEmpty(), source, "subscales");
        require(d.sections() != null && !d.sections().isEmpty(), source, "sections");
        Set<String> subscaleKeys = new HashSet<>();
        for (Subscale s : d.subscales()) {
            require(s.key() != null && subscaleKeys.add(s.key()) && s.name() != null && s.name().fi() != null, source,
                    "subscales.key/name");
        }
        Set<String> sectionKeys = new HashSet<>();
        Set<String> itemKeys = new HashSet<>();
        int expected = 1;
        for (Section s : d.sections()) {
            require(s.key() != null && sectionKeys.add(s.key()), source, "sections.key");
            require(subscaleKeys.contains(s.subscale()), source, "sections." + s.key() + ".subscale");
            require(s.name() != null && s.name().fi() != null, source, "sections." + s.key() + ".name");
            require(s.items() != null && !s.items().isEmpty(), source, "sections." + s.key() + ".items");
            for (Item item : s.items()) {
                require(item.number() == expected++, source, "items.number " + item.number());
                require(item.key() != null && itemKeys.add(s.key() + "/" + item.key()), source, "items.key");
                require(item.title() != null && item.title().fi() != null, source, "items." + item.key() + ".title");
            }
        }
        for (Subscale s : d.subscales()) {
            for (Band b : s.bands() == null ? List.<Band>of() : s.bands()) {
                require(b.min() <= b.max() && b.label() != null && b.label().fi() != null, source, "bands");
            }
        }
    }

    private static void require(boolean ok, String source, String what) {
        if (!ok) {
            throw new BusinessRuleException("fidelity.error.invalid", source, what);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
