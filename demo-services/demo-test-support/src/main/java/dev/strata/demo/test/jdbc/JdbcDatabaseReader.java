package dev.strata.demo.test.jdbc;

import dev.strata.demo.test.migration.DatabaseReader;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads a JDBC service's database through the service's own {@link JdbcTemplate}. */
public final class JdbcDatabaseReader implements DatabaseReader {

    private final JdbcTemplate jdbc;

    private JdbcDatabaseReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The database {@code jdbc} connects to. */
    public static JdbcDatabaseReader of(JdbcTemplate jdbc) {
        return new JdbcDatabaseReader(jdbc);
    }

    @Override
    public List<String> all(String sql) {
        return jdbc.queryForList(sql, String.class);
    }
}
