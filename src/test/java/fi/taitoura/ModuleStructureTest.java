package fi.taitoura;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries of docs/adr/0016-module-boundaries.md, checked on the compiled classes: every top-level
 * package under {@code fi.taitoura} is a module; a module uses another only through that module's root package
 * (its service and records), never its sub-packages ({@code ui}); there are no cycles between modules; and
 * {@code base} depends on no module at all. The module diagram in {@code docs/modules/} is written from the same
 * model on every run.
 */
class ModuleStructureTest {

    static final ApplicationModules MODULES = ApplicationModules.of(TaitouraApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagram() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
