package dev.strata.demo.test.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.Strata;
import dev.strata.demo.test.jdbc.JdbcDatabaseReader;
import dev.strata.demo.test.r2dbc.R2dbcDatabaseReader;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestPostgres;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The database checks on a database Strata migrated through two revisions, read over JDBC and over R2DBC: what a
 * service's test relies on, including that a check fails, and says why, when the database is not as expected.
 */
class MigratedDatabaseTest {

    private static final String CREATE_NOTES = "1a1a1a1a1a1a";
    private static final String ADD_AUTHOR = "2b2b2b2b2b2b";

    private static TestDatabase database;

    @BeforeAll
    static void migrate() {
        database = TestPostgres.shared().createDatabase();
        Strata.configure().dataSource(database.dataSource()).locations("classpath:db/two-revisions").load()
                .upgrade("head");
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    static Stream<Arguments> readers() {
        Function<TestDatabase, DatabaseReader> jdbc = db -> JdbcDatabaseReader.of(new JdbcTemplate(db.dataSource()));
        Function<TestDatabase, DatabaseReader> r2dbc = db -> R2dbcDatabaseReader.of(DatabaseClient.create(
                ConnectionFactories.get(ConnectionFactoryOptions.parse(db.r2dbcUrl()).mutate()
                        .option(ConnectionFactoryOptions.USER, db.user())
                        .option(ConnectionFactoryOptions.PASSWORD, db.password()).build())));
        return Stream.of(Arguments.of("JDBC", jdbc), Arguments.of("R2DBC", r2dbc));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void readsWhichDatabaseItsVersionTableAndItsUpgrades(String over, Function<TestDatabase, DatabaseReader> reader) {
        MigratedDatabase migrated = MigratedDatabase.of(reader.apply(database));

        assertThat(migrated.name()).isEqualTo(database.name());
        assertThat(migrated.versions()).containsExactly(ADD_AUTHOR);
        assertThat(migrated.upgrades()).containsExactly(CREATE_NOTES, ADD_AUTHOR);
        migrated.assertMigratedThrough(database.name(), CREATE_NOTES, ADD_AUTHOR);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void failsOnAnotherDatabaseHeadOrOrder(String over, Function<TestDatabase, DatabaseReader> reader) {
        MigratedDatabase migrated = MigratedDatabase.of(reader.apply(database));

        assertThatThrownBy(() -> migrated.assertMigratedThrough("cds_other", CREATE_NOTES, ADD_AUTHOR))
                .isInstanceOf(AssertionError.class).hasMessageContaining("[current_database()]")
                .hasMessageContaining("cds_other");
        assertThatThrownBy(() -> migrated.assertMigratedThrough(database.name(), CREATE_NOTES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("[the version table of " + database.name() + "]");
        assertThatThrownBy(() -> migrated.assertMigratedThrough(database.name(), "0c0c0c0c0c0c", ADD_AUTHOR))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("[the upgrades in the history of " + database.name() + "]");
        assertThatThrownBy(() -> migrated.assertMigratedThrough(database.name()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("upgradesInOrder must name at least the head revision");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void oneRowMeansExactlyOne(String over, Function<TestDatabase, DatabaseReader> reader) {
        DatabaseReader sql = reader.apply(database);

        assertThat(sql.one("SELECT 'only'")).isEqualTo("only");
        String twoRows = "SELECT revision FROM strata_history WHERE direction = 'upgrade' ORDER BY id";
        assertThatThrownBy(() -> sql.one(twoRows)).isInstanceOf(AssertionError.class)
                .hasMessage("Expected one row from " + twoRows + " but got 2: [" + CREATE_NOTES + ", " + ADD_AUTHOR
                        + "]");
    }
}
