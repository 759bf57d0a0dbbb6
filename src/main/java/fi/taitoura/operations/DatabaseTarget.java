package fi.taitoura.operations;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Where MariaDB's own tools connect: host, port, database and the account, taken from the application's JDBC URL
 * unless a backup account is configured. A multi-host URL (failover, Galera) uses its first host.
 */
public record DatabaseTarget(String host, int port, String database, String user, String password) {

    public static DatabaseTarget fromJdbcUrl(String jdbcUrl, String user, String password) {
        if (jdbcUrl == null || !(jdbcUrl.startsWith("jdbc:mariadb:") || jdbcUrl.startsWith("jdbc:mysql:"))) {
            throw new IllegalArgumentException("Not a MariaDB JDBC URL: " + jdbcUrl);
        }
        String rest = jdbcUrl.substring(jdbcUrl.indexOf("//") + 2);
        int slash = rest.indexOf('/');
        String hosts = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash + 1);
        int q = path.indexOf('?');
        String database = q < 0 ? path : path.substring(0, q);
        String first = hosts.split(",")[0];
        URI uri = URI.create("mariadb://" + first);
        int port = uri.getPort() < 0 ? 3306 : uri.getPort();
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        if (database.isBlank()) {
            throw new IllegalArgumentException("The JDBC URL names no database: " + jdbcUrl);
        }
        return new DatabaseTarget(host, port, database, user, password == null ? "" : password);
    }

    /** The same server and account, another database (restore checks, tests). */
    public DatabaseTarget withDatabase(String other) {
        return new DatabaseTarget(host, port, other, user, password);
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://" + host + ":" + port + "/" + database;
    }

    /** A plain connection (not from the application's pool): restore drops and recreates the database. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user, password);
    }

    /** A connection to the server without a default database. */
    public Connection connectToServer() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://" + host + ":" + port + "/", user, password);
    }

    @Override
    public String toString() {
        return user + "@" + host + ":" + port + "/" + database;
    }
}
