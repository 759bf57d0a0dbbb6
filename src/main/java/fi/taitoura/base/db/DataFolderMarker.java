package fi.taitoura.base.db;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;

/**
 * A small file beside the embedded database ({@code <data folder>/database.properties}) that remembers that this data
 * folder holds a Taitoura database, and since when. If the database folder is later found missing or empty while the
 * marker is there, the data was lost (deleted, or a restore went wrong): the application then refuses to start
 * rather than silently creating a new, empty database (see {@link MissingDatabaseException}).
 */
final class DataFolderMarker {

    static final String FILE_NAME = "database.properties";

    private final Path file;

    DataFolderMarker(Path dataFolder) {
        this.file = dataFolder.resolve(FILE_NAME);
    }

    boolean exists() {
        return Files.isRegularFile(file);
    }

    void write() throws IOException {
        Properties p = new Properties();
        p.setProperty("database.id", UUID.randomUUID().toString());
        p.setProperty("database.created", Instant.now().toString());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(w, "Taitoura: this data folder holds a database; do not delete this file while it does");
        }
    }

    void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    /** When the database was created, as recorded; "unknown" without a readable marker. */
    String describe() {
        if (!exists()) {
            return "unknown";
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("database.created", "unknown");
    }

    Path file() {
        return file;
    }
}
