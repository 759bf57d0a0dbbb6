package fi.taitoura.base.db;

import java.nio.file.Path;

/**
 * The embedded database folder is missing or empty although this data folder held a database: the data was lost.
 * Starting would silently create a new, empty database (and load the demo again), which would hide the loss.
 */
public class MissingDatabaseException extends IllegalStateException {

    private final transient Path databaseFolder;
    private final String created;

    MissingDatabaseException(Path databaseFolder, String created) {
        super("The database in " + databaseFolder + " is missing or empty, but this data folder held a Taitoura "
                + "database (created " + created + ")");
        this.databaseFolder = databaseFolder;
        this.created = created;
    }

    public Path databaseFolder() {
        return databaseFolder;
    }

    public String created() {
        return created;
    }
}
