/**
 * Shared infrastructure every feature may use (entities' base class, localized text, PDF house style, charts,
 * commands, UI helpers). Open: all its sub-packages are usable. It depends on no feature module; see
 * docs/adr/0016-module-boundaries.md.
 */
@ApplicationModule(displayName = "Base (shared infrastructure)", type = ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package fi.taitoura.base;

import org.springframework.modulith.ApplicationModule;
