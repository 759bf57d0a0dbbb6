package fi.taitoura.catalogue;

import fi.taitoura.security.SystemAuthentication;
import fi.taitoura.base.command.TaitouraCommand;
import java.io.PrintStream;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code ./run catalogue-fetch ID|DIARY...}: fetches qualifications from the public ePerusteet API. */
@Component
class CatalogueFetchCommand implements TaitouraCommand {

    private final CatalogueImportService imports;

    CatalogueFetchCommand(CatalogueImportService imports) {
        this.imports = imports;
    }

    @Override
    public String name() {
        return "catalogue-fetch";
    }

    @Override
    public String description() {
        return "Fetch qualifications from ePerusteet by peruste id or diary number and import them";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        if (args.isEmpty()) {
            out.println("Usage: ./run catalogue-fetch ID|DIARY_NUMBER...   (e.g. 8505691 or OPH-456-2022; API: "
                    + imports.apiBaseUrl() + ")");
            return 2;
        }
        int failed = 0;
        for (String key : args) {
            try {
                SystemAuthentication.call(() -> imports.fetch(key)).forEach(r -> out.println(r.summary()));
            } catch (CatalogueImportException e) {
                out.println("FAILED " + key + " — " + e.getSource() + ": " + e.getDetail()
                        + ("-".equals(e.getJsonPath()) ? "" : " (at " + e.getJsonPath() + ")"));
                failed++;
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
