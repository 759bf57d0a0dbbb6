package fi.taitoura;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries of docs/adr/0016-module-boundaries.md, checked on the compiled classes: every top-level
 * package under {@code fi.taitoura} is a module; a module uses another only through that module's root package
 * (its service and records), never its sub-packages ({@code ui}); there are no cycles between modules; and
 * {@code base} depends on no module at all. The module diagram is written from the same model into
 * {@code target/modules/} on every run (a test run leaves the tree clean); {@code -Dtaitoura.docs.update=true}
 * writes it into {@code docs/modules/} to refresh the committed one.
 */
class ModuleStructureTest {

    static final ApplicationModules MODULES = ApplicationModules.of(TaitouraApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagram() throws IOException {
        String folder = Boolean.getBoolean("taitoura.docs.update") ? "docs/modules" : "target/modules";
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        String components = Files.readString(Path.of(folder, "components.puml"));
        MODULES.forEach(m -> assertThat(components).as("the diagram shows module " + m.getIdentifier())
                .contains(m.getDisplayName()));
    }
}
