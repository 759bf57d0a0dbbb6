package fi.taitoura.base.command;

import java.util.List;

/**
 * A command-line operation run with {@code ./run NAME ARGS...}, without the web server. Features register
 * their commands as Spring beans.
 */
public interface TaitouraCommand {

    /** The name typed after {@code ./run}, e.g. {@code catalogue-import}. */
    String name();

    /** One line for {@code ./run help}. */
    String description();

    /**
     * Runs the command. Output for the operator goes to {@code out}; the return value is the process exit code
     * (0 on success).
     */
    int run(List<String> args, java.io.PrintStream out) throws Exception;
}
