package fi.taitoura.base.db;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Arrays;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * With a MariaDB server and a separate schema owner ({@code TAITOURA_DB_ADMIN_USER}): migrations run as the owner,
 * and after every migration the application account ({@code TAITOURA_DB_USER}) gets its table rights from it, as
 * with the embedded database. With one account for both, the audit log is protected by its triggers only, and a
 * warning says so at start ({@link AuditLogProtectionCheck}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${spring.datasource.url:}'.isEmpty() and !'${taitoura.db.admin-user:}'.isEmpty()")
class ExternalDatabaseGrants {

    @Bean
    @Primary
    DataSource dataSource(@Value("${spring.datasource.url}") String url,
                          @Value("${spring.datasource.username}") String user,
                          @Value("${spring.datasource.password:}") String password) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url);
        ds.setUsername(user);
        ds.setPassword(password);
        ds.setPoolName("taitoura");
        return ds;
    }

    @Bean
    @FlywayDataSource
    @Qualifier("adminDataSource")
    DataSource adminDataSource(@Value("${spring.datasource.url}") String url,
                               @Value("${taitoura.db.admin-user}") String user,
                               @Value("${taitoura.db.admin-password:}") String password) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url);
        ds.setUsername(user);
        ds.setPassword(password);
        ds.setMaximumPoolSize(2);
        ds.setMinimumIdle(0);
        ds.setPoolName("taitoura-admin");
        return ds;
    }

    @Bean
    AppAccountGrants appAccountGrants(@Value("${spring.datasource.username}") String appUser,
                                      @Value("${taitoura.db.app-hosts:%}") String hosts,
                                      @Value("${taitoura.db.append-only-tables:audit_log,audit_log_trainee,audit_chain}")
                                      Set<String> appendOnly) {
        return new AppAccountGrants(appUser, Arrays.stream(hosts.split(",")).map(String::trim)
                .filter(h -> !h.isEmpty()).toList(), appendOnly);
    }
}
