package fi.taitoura.operations;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * {@code manifest.properties} of a backup folder: when and from what it was taken, the dump's checksum, the rows of
 * every table as the dump holds them, and the checksum of every key file.
 */
record BackupManifest(Map<String, String> info, Map<String, Long> rows, Map<String, String> keys) {

    static final String FILE = "manifest.properties";
    static final String DUMP = "database.sql.gz";
    static final String KEYS = "keys";

    void write(Path dir) throws IOException {
        StringBuilder out = new StringBuilder("# Taitoura backup: restore with ./run restore <this folder>\n");
        info.forEach((k, v) -> out.append(k).append('=').append(escape(v)).append('\n'));
        new TreeMap<>(rows).forEach((k, v) -> out.append("rows.").append(k).append('=').append(v).append('\n'));
        new TreeMap<>(keys).forEach((k, v) -> out.append("key.").append(k).append(".sha256=").append(v).append('\n'));
        try (Writer w = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8)) {
            w.write(out.toString());
        }
    }

    static BackupManifest read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IOException(dir + " is not a Taitoura backup: " + FILE + " is missing");
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> info = new TreeMap<>();
        Map<String, Long> rows = new TreeMap<>();
        Map<String, String> keys = new TreeMap<>();
        for (String name : p.stringPropertyNames()) {
            String value = p.getProperty(name);
            if (name.startsWith("rows.")) {
                rows.put(name.substring(5), Long.parseLong(value));
            } else if (name.startsWith("key.") && name.endsWith(".sha256")) {
                keys.put(name.substring(4, name.length() - 7), value);
            } else {
                info.put(name, value);
            }
        }
        return new BackupManifest(info, rows, keys);
    }

    static Map<String, String> newInfo() {
        return new LinkedHashMap<>();
    }

    long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String escape(String v) {
        return v.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
