package fi.taitoura;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.aura.Aura;
import fi.taitoura.base.command.CommandLauncher;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Taitoura: competence documentation for municipal training environments.
 * <p>
 * Without arguments the web application starts. With a command name as the first argument
 * ({@code catalogue-import}, benchmarks, ...) the command runs without a web server and the JVM exits
 * with the command's exit code; see {@link CommandLauncher}.
 */
@SpringBootApplication
@EnableScheduling
@StyleSheet(Aura.STYLESHEET)
@StyleSheet("styles/taitoura.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class TaitouraApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        if (CommandLauncher.isCommand(args)) {
            System.exit(CommandLauncher.launch(TaitouraApplication.class, args));
        }
        SpringApplication.run(TaitouraApplication.class, args);
    }
}
