package fi.taitoura.lifecycle;

import fi.taitoura.base.command.TaitouraCommand;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** {@code ./run subject-access TRAINEE_ID [DIR]}: writes one client's data as JSON and PDF (audited). */
@Component
class SubjectAccessCommand implements TaitouraCommand {

    private final DataLifecycleService lifecycle;
    private final SubjectAccessDocuments documents;

    SubjectAccessCommand(DataLifecycleService lifecycle, SubjectAccessDocuments documents) {
        this.lifecycle = lifecycle;
        this.documents = documents;
    }

    @Override
    public String name() {
        return "subject-access";
    }

    @Override
    public String description() {
        return "exports one client's data for a subject-access request: TRAINEE_ID [DIR] (JSON and PDF)";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws Exception {
        if (args.isEmpty()) {
            out.println("Usage: ./run subject-access TRAINEE_ID [DIR]");
            return 2;
        }
        long id = Long.parseLong(args.get(0));
        Path dir = Path.of(args.size() > 1 ? args.get(1) : ".");
        Files.createDirectories(dir);
        SubjectAccessExport export = lifecycle.exportForCommand(id);
        Path json = dir.resolve("taitoura-trainee-" + id + ".json");
        Path pdf = dir.resolve("taitoura-trainee-" + id + ".pdf");
        Files.write(json, documents.json(export));
        Files.write(pdf, documents.pdf(export, Locale.of("fi")));
        out.println("Wrote " + json + " and " + pdf);
        return 0;
    }
}
