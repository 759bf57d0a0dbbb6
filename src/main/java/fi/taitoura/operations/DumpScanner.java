package fi.taitoura.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Copies a {@code mariadb-dump} stream byte for byte while counting the rows of every table (the tuples of each
 * {@code INSERT INTO `t` VALUES (...),(...);} line), so that a backup records exactly what its snapshot holds.
 * On restore it can also drop the {@code DEFINER=...} clauses of triggers and routines, so that a dump taken with
 * one account loads with another.
 */
final class DumpScanner {

    private static final byte[] INSERT = "INSERT INTO `".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] VALUES = "` VALUES".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CREATE = "CREATE TABLE `".getBytes(StandardCharsets.US_ASCII);
    /** {@code DEFINER=`user`@`host`}, {@code DEFINER=`user`} (a server without grant tables writes an empty one). */
    private static final Pattern DEFINER = Pattern.compile("DEFINER=(`[^`]*`(@`[^`]*`)?|CURRENT_USER(\\(\\))?)\\s*");

    private final boolean stripDefiners;
    private final Map<String, Long> rows = new TreeMap<>();
    /** The table of the INSERT being read, null between statements; and where its scan is. */
    private String table;
    private boolean quoted;
    private boolean escaped;
    private int depth;

    DumpScanner(boolean stripDefiners) {
        this.stripDefiners = stripDefiners;
    }

    /** Rows per table seen so far. */
    Map<String, Long> rows() {
        return rows;
    }

    void copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        byte[] line = new byte[64 * 1024];
        int lineLength = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    int chunk = i + 1 - start;
                    if (lineLength + chunk > line.length) {
                        line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + chunk));
                    }
                    System.arraycopy(buffer, start, line, lineLength, chunk);
                    lineLength += chunk;
                    writeLine(line, lineLength, out);
                    lineLength = 0;
                    start = i + 1;
                }
            }
            int rest = n - start;
            if (rest > 0) {
                if (lineLength + rest > line.length) {
                    line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + rest));
                }
                System.arraycopy(buffer, start, line, lineLength, rest);
                lineLength += rest;
            }
        }
        if (lineLength > 0) {
            writeLine(line, lineLength, out);
        }
        out.flush();
    }

    private void writeLine(byte[] line, int length, OutputStream out) throws IOException {
        if (table != null) {
            scanValues(line, 0, length);
            out.write(line, 0, length);
            return;
        }
        if (startsWith(line, length, INSERT)) {
            int nameEnd = indexOf(line, length, new byte[] {'`'}, INSERT.length);
            int values = indexOf(line, length, VALUES, INSERT.length);
            if (nameEnd > 0 && values == nameEnd) {
                table = new String(line, INSERT.length, nameEnd - INSERT.length, StandardCharsets.UTF_8);
                rows.putIfAbsent(table, 0L);
                quoted = false;
                escaped = false;
                depth = 0;
                scanValues(line, values + VALUES.length, length);
            }
            out.write(line, 0, length);
            return;
        }
        if (startsWith(line, length, CREATE)) {
            int nameEnd = indexOf(line, length, new byte[] {'`'}, CREATE.length);
            if (nameEnd > 0) {
                rows.putIfAbsent(new String(line, CREATE.length, nameEnd - CREATE.length, StandardCharsets.UTF_8), 0L);
            }
        }
        if (stripDefiners && indexOf(line, length, "DEFINER=".getBytes(StandardCharsets.US_ASCII), 0) >= 0) {
            String text = new String(line, 0, length, StandardCharsets.UTF_8);
            out.write(DEFINER.matcher(text).replaceAll("").getBytes(StandardCharsets.UTF_8));
            return;
        }
        out.write(line, 0, length);
    }

    /**
     * Counts the tuples of the current INSERT's VALUES list, which MariaDB 11 writes over several lines and older
     * versions on one; the statement ends at a semicolon outside any string and tuple.
     */
    private void scanValues(byte[] line, int from, int length) {
        long tuples = 0;
        for (int i = from; i < length; i++) {
            byte b = line[i];
            if (quoted) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '\'') {
                    quoted = false;
                }
            } else if (b == '\'') {
                quoted = true;
            } else if (b == '(') {
                if (depth == 0) {
                    tuples++;
                }
                depth++;
            } else if (b == ')') {
                depth--;
            } else if (b == ';' && depth == 0) {
                rows.merge(table, tuples, Long::sum);
                table = null;
                return;
            }
        }
        rows.merge(table, tuples, Long::sum);
    }

    private static boolean startsWith(byte[] line, int length, byte[] prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (line[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] line, int length, byte[] what, int from) {
        outer:
        for (int i = from; i <= length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (line[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
