package se.kundval.referencedata.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Table {@code import_row_state}: the hash of every providers-data row as it was last imported,
 * by kind and natural key. Written in the import's own transaction, so a failed import leaves the
 * states as they were.
 */
@Component
public class ImportRowStates {

    private final JdbcTemplate jdbc;

    ImportRowStates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every stored hash, keyed by {@link #key(String, String)}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, String> load() {
        Map<String, String> hashes = new HashMap<>();
        jdbc.query("select kind, natural_key, content_hash from import_row_state", rs -> {
            hashes.put(key(rs.getString(1), rs.getString(2)), rs.getString(3));
        });
        return hashes;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void store(String kind, String naturalKey, String hash, Instant at) {
        jdbc.update(
                "insert into import_row_state (kind, natural_key, content_hash, imported_at) values (?, ?, ?, ?)"
                        + " on duplicate key update content_hash = values(content_hash),"
                        + " imported_at = values(imported_at)",
                kind,
                naturalKey,
                hash,
                Timestamp.from(at));
    }

    public static String key(String kind, String naturalKey) {
        return kind + "\n" + naturalKey;
    }
}
