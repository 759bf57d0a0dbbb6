package fi.taitoura.fidelity;

import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.command.TaitouraCommand;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code ./run fidelity-load FILE...}: loads new versions of fidelity review instruments (format taitoura-fidelity/1). */
@Component
class FidelityLoadCommand implements TaitouraCommand {

    private final FidelityInstrumentLoader loader;

    FidelityLoadCommand(FidelityInstrumentLoader loader) {
        this.loader = loader;
    }

    @Override
    public String name() {
        return "fidelity-load";
    }

    @Override
    public String description() {
        return "load a new version of a fidelity review instrument from a JSON file (see docs/reports.md)";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws Exception {
        if (args.isEmpty()) {
            out.println("Usage: ./run fidelity-load FILE.json...");
            return 2;
        }
        int failures = 0;
        for (String arg : args) {
            Path path = Path.of(arg);
            try (InputStream in = Files.newInputStream(path)) {
                var r = loader.load(in, path.getFileName().toString());
                out.printf("%s: %s version %d, %d items%s%n", arg, r.code(), r.version(), r.items(),
                        r.loaded() ? " loaded" : " already loaded, unchanged");
            } catch (BusinessRuleException e) {
                failures++;
                out.printf("%s: refused: %s %s%n", arg, e.getMessageKey(), java.util.Arrays.toString(e.getParams()));
            }
        }
        return failures == 0 ? 0 : 1;
    }
}
