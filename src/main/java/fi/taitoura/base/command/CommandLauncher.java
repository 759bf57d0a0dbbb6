package fi.taitoura.base.command;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application context without a web server and runs one {@link TaitouraCommand}. */
public final class CommandLauncher {

    /** The command that must start on whatever database is there (fi.taitoura.operations.RestoreCommand). */
    private static final String RESTORE = "restore";

    private CommandLauncher() {
    }

    /** True when the first argument names a command rather than a Spring option. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    public static int launch(Class<?> applicationClass, String[] args) {
        String name = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (RESTORE.equals(name)) {
            // A restore replaces the database, which may be empty, older than this version or half-restored by a
            // failed attempt: start without migrating, validating, demo data or the start-up lock.
            System.setProperty("spring.flyway.enabled", "false");
            System.setProperty("spring.jpa.hibernate.ddl-auto", "none");
            System.setProperty("taitoura.demo.enabled", "false");
            System.setProperty("taitoura.startup.lock.enabled", "false");
        }
        SpringApplication app = new SpringApplication(applicationClass);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setAdditionalProfiles("command");
        try (ConfigurableApplicationContext ctx = app.run()) {
            Map<String, TaitouraCommand> commands = ctx.getBeansOfType(TaitouraCommand.class);
            TaitouraCommand command = commands.values().stream()
                    .filter(c -> c.name().equals(name)).findFirst().orElse(null);
            if (command == null) {
                System.out.println("Usage: ./run [COMMAND ARGS...]   (no command starts the web application)");
                System.out.println("Commands:");
                commands.values().stream().sorted(Comparator.comparing(TaitouraCommand::name))
                        .forEach(c -> System.out.printf("  %-26s %s%n", c.name(), c.description()));
                return "help".equals(name) ? 0 : 2;
            }
            return command.run(rest, System.out);
        } catch (Exception e) {
            System.err.println("Command " + name + " failed: " + e.getMessage());
            return 1;
        }
    }
}
