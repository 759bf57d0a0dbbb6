package fi.taitoura.catalogue;

import fi.taitoura.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start (an empty catalogue), and on the first start after the importer's format changed, imports the catalogue shipped in {@code competence-catalogue/}, before
 * the demo data (order 10) which refers to it. Not in {@code ./run COMMAND} mode, and off with
 * {@code taitoura.catalogue.import-on-start=false}.
 */
@Component
@Profile("!command")
class CatalogueBootstrap {

    private static final Logger log = LoggerFactory.getLogger(CatalogueBootstrap.class);

    private final CatalogueImportService imports;
    private final boolean enabled;

    CatalogueBootstrap(CatalogueImportService imports,
                       @Value("${taitoura.catalogue.import-on-start:true}") boolean enabled) {
        this.imports = imports;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(5)
    public void onReady() {
        // Also after an upgrade of the importer: re-importing the shipped documents fills the new fields once.
        if (!enabled || !(imports.isCatalogueEmpty() || imports.hasRowsOfAnOlderFormat())) {
            return;
        }
        long t0 = System.nanoTime();
        var results = SystemAuthentication.call(imports::importBundled);
        log.info("Competence catalogue: imported {} qualifications shipped with Taitoura in {} ms", results.size(),
                (System.nanoTime() - t0) / 1_000_000);
    }
}
