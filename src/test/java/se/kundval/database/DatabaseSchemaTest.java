package se.kundval.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import se.kundval.shared.IntegrationTest;

/** The schema on a real MariaDB: Flyway owns it, Hibernate validates it, the audit log is append-only. */
@IntegrationTest
class DatabaseSchemaTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void isMariaDbWithTheMigrationsApplied() {
        assertThat(jdbc.queryForObject("select version()", String.class)).containsIgnoringCase("mariadb");
        List<String> applied = jdbc.queryForList(
                "select version from flyway_schema_history where success = 1 and version is not null order by installed_rank",
                String.class);
        assertThat(applied).startsWith("1");
    }

    @Test
    void storesSwedishTextWithSwedishSorting() {
        assertThat(jdbc.queryForObject(
                        "select table_collation from information_schema.tables"
                                + " where table_schema = database() and table_name = 'provider'",
                        String.class))
                .isEqualTo("utf8mb4_swedish_ci");
        // Swedish order: å, ä, ö come after z.
        assertThat(jdbc.queryForList(
                        "select name from area where name in ('Älta', 'Orminge', 'Sicklaön')" + " order by name",
                        String.class))
                .containsExactly("Orminge", "Sicklaön", "Älta");
    }

    @Test
    void auditEventsCanBeAddedButNeverChangedOrDeleted() {
        jdbc.update(
                "insert into audit_event (occurred_at, actor, actor_role, action) values (now(6), 'test', 'huvudman', 'SCHEMA_TEST')");
        Long id = jdbc.queryForObject("select max(id) from audit_event where action = 'SCHEMA_TEST'", Long.class);

        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'someone else' where id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("cannot be deleted");
        assertThat(jdbc.queryForObject("select actor from audit_event where id = ?", String.class, id))
                .isEqualTo("test");
    }
}
