package se.kundval.perf;

/**
 * Where the performance commands keep their data: a database and index of their own, never the
 * test suite's, so a benchmark cannot disturb a test run and vice versa.
 */
public final class PerfDatabase {

    public static final String DATABASE = "kundval.db.embedded.database=kundval_perf";
    public static final String INDEX =
            "spring.jpa.properties.hibernate.search.backend.directory.root=target/perf-index";

    private PerfDatabase() {}
}
