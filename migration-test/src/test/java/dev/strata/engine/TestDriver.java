package dev.strata.engine;

import dev.strata.driver.DatabaseDriver;
import dev.strata.driver.JdbcDriver;
import dev.strata.r2dbc.R2dbcDriver;
import dev.strata.test.TestDatabase;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.util.Locale;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The driver the engine's database scenarios run on, chosen by the system property {@value #PROPERTY}
 * ({@code jdbc}, the default, or {@code r2dbc}). Every scenario gets its engine's driver here, so one suite
 * proves both drivers: the build runs the scenarios once per driver. What a scenario checks in the database
 * afterwards it reads over JDBC either way; only the engine under test changes.
 */
public enum TestDriver {

    JDBC, R2DBC;

    /** The system property that selects the driver. */
    public static final String PROPERTY = "strata.test.driver";

    /** The driver of this run. */
    public static TestDriver current() {
        String value = System.getProperty(PROPERTY, "jdbc").strip();
        for (TestDriver driver : values()) {
            if (driver.name().equalsIgnoreCase(value)) {
                return driver;
            }
        }
        throw new IllegalStateException(PROPERTY + " must be jdbc or r2dbc, was '" + value + "'");
    }

    /** A driver for the test database, described by its name as the scenarios' messages expect. */
    public DatabaseDriver driver(TestDatabase db) {
        return switch (this) {
            case JDBC -> new JdbcDriver(db.dataSource(), db.name());
            case R2DBC -> r2dbc(db.r2dbcUrl(), db.user(), db.password(), db.name());
        };
    }

    /**
     * A driver for any server, user and password, given as a pgjdbc URL without credentials (over R2DBC the same
     * host, port and database).
     */
    public DatabaseDriver driver(String jdbcUrl, String user, String password, String description) {
        return switch (this) {
            case JDBC -> {
                PGSimpleDataSource dataSource = new PGSimpleDataSource();
                dataSource.setUrl(jdbcUrl);
                dataSource.setUser(user);
                dataSource.setPassword(password);
                yield new JdbcDriver(dataSource, description);
            }
            case R2DBC -> {
                String withoutQuery = jdbcUrl.contains("?") ? jdbcUrl.substring(0, jdbcUrl.indexOf('?')) : jdbcUrl;
                yield r2dbc("r2dbc:" + withoutQuery.substring("jdbc:".length()), user, password, description);
            }
        };
    }

    private static DatabaseDriver r2dbc(String url, String user, String password, String description) {
        ConnectionFactoryOptions.Builder options = ConnectionFactoryOptions.parse(url).mutate()
                .option(ConnectionFactoryOptions.USER, user);
        if (password != null && !password.isEmpty()) {
            options.option(ConnectionFactoryOptions.PASSWORD, password);
        }
        return R2dbcDriver.of(ConnectionFactories.get(options.build()), description);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
