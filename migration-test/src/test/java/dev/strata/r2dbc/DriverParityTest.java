package dev.strata.r2dbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.strata.driver.DatabaseException;
import dev.strata.driver.DatabaseSession;
import dev.strata.engine.TestDriver;
import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The R2DBC session keeps the JDBC session's contract, checked side by side on one database: the same
 * statements give the same rows (Java types included), the same row counts, and the same errors, message and
 * SQLSTATE, so that a revision, a Java revision or an operator reading a failure cannot tell the drivers apart.
 */
@ExtendWith(PostgresExtension.class)
class DriverParityTest {

    @Test
    void rowsHoldTheJavaTypesOfJdbc(TestDatabase db) {
        String sql = "SELECT 1::int2 AS small, 2::int4 AS regular, 3::int8 AS big, 1.50::numeric(4,2) AS amount,"
                + " 2.5::float8 AS ratio, 0.5::real AS part, true AS flag, 'text'::text AS t,"
                + " 'chars'::varchar(9) AS v, 'x'::char(3) AS c, timestamptz '2026-01-02 03:04:05.123456+00' AS at,"
                + " timestamp '2026-01-02 03:04:05.5' AS local_at, date '2026-01-02' AS day,"
                + " time '03:04:05.250' AS clock, '\\x0102ff'::bytea AS bytes,"
                + " 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid AS id, NULL::int AS nothing, count(*) AS n";

        Map<TestDriver, Map<String, Object>> rows = both(db, session -> session.query(sql, List.of()).get(0));
        Map<String, Object> jdbc = rows.get(TestDriver.JDBC);
        Map<String, Object> r2dbc = rows.get(TestDriver.R2DBC);

        assertThat(r2dbc.keySet()).containsExactlyElementsOf(jdbc.keySet());
        assertThat(r2dbc).usingRecursiveComparison().isEqualTo(jdbc);
        assertThat(r2dbc.get("small")).isInstanceOf(Integer.class);
        assertThat(r2dbc.get("at")).isEqualTo(Timestamp.from(Instant.parse("2026-01-02T03:04:05.123456Z")));
        assertThat(r2dbc.get("day")).isInstanceOf(Date.class);
        assertThat(r2dbc.get("clock")).isInstanceOf(Time.class);
        assertThat((byte[]) r2dbc.get("bytes")).containsExactly(1, 2, -1);
        assertThat(r2dbc.get("n")).isEqualTo(1L);
    }

    @Test
    void parametersAreJdbcMarkersAndJdbcTypes(TestDatabase db) {
        Map<TestDriver, List<Map<String, Object>>> rows = both(db, session -> {
            session.execute("CREATE TABLE t_params (id int, note text, at timestamptz, day date, amount numeric,"
                    + " data bytea, ref uuid)");
            long inserted = session.update("INSERT INTO t_params VALUES (?, ?, ?, ?, ?, ?, ?), (?, '?', NULL, NULL,"
                    + " NULL, NULL, NULL)", Arrays.asList(1, "why?", Timestamp.valueOf("2026-03-04 05:06:07.5"),
                    Date.valueOf("2026-03-04"), new BigDecimal("12.30"), new byte[] {7, 8},
                    UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"), 2));
            assertThat(inserted).isEqualTo(2);
            assertThat(session.update("UPDATE t_params SET note = ? WHERE id > ?", Arrays.asList(null, 5L))).isZero();
            List<Map<String, Object>> out = session.query("SELECT id, note, at, day, amount, data, ref,"
                    + " '??' AS literal FROM t_params WHERE note IS NOT NULL AND id >= ? ORDER BY id", List.of(1));
            session.execute("DROP TABLE t_params");
            return out;
        });

        assertThat(rows.get(TestDriver.R2DBC)).usingRecursiveComparison().isEqualTo(rows.get(TestDriver.JDBC));
        assertThat(rows.get(TestDriver.R2DBC)).extracting(row -> row.get("note")).containsExactly("why?", "?");
        assertThat(rows.get(TestDriver.R2DBC).get(0)).containsEntry("literal", "??");
    }

    @Test
    void statementsWithTheirOwnPositionalParametersRunAsWritten(TestDatabase db) {
        Map<TestDriver, List<Object>> results = both(db, session -> {
            session.execute("CREATE FUNCTION add_ints(int, int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT $1 + $2;"
                    + " END");
            session.execute("PREPARE twice(int) AS SELECT $1 * 2 AS n");
            List<Object> out = List.of(session.query("SELECT add_ints(?, ?) AS n", List.of(1, 2)).get(0).get("n"),
                    session.query("EXECUTE twice(21)", List.of()).get(0).get("n"));
            session.execute("DROP FUNCTION add_ints");
            return out;
        });

        assertThat(results.get(TestDriver.R2DBC)).containsExactly(3, 42).isEqualTo(results.get(TestDriver.JDBC));
    }

    @Test
    void serverErrorsReadTheSame(TestDatabase db) {
        List<String> failing = List.of(
                "SELEC 1",
                "SELECT * FROM t_missing",
                "CREATE TABLE t_dup (id int PRIMARY KEY); INSERT INTO t_dup VALUES (1), (1)",
                "DO $$ BEGIN RAISE EXCEPTION 'custom failure' USING DETAIL = 'some detail', HINT = 'a hint'; END $$",
                "SELECT 1 / 0");
        for (String sql : failing) {
            Map<TestDriver, DatabaseException> errors = both(db, session -> {
                DatabaseException e = catchThrowableOfType(DatabaseException.class, () -> session.execute(sql));
                session.execute("DROP TABLE IF EXISTS t_dup");
                return e;
            });
            DatabaseException jdbc = errors.get(TestDriver.JDBC);
            DatabaseException r2dbc = errors.get(TestDriver.R2DBC);
            assertThat(r2dbc).as(sql).hasMessage(jdbc.getMessage());
            assertThat(r2dbc.sqlState()).as(sql).isEqualTo(jdbc.sqlState());
        }
    }

    @Test
    void syntaxErrorNamesThePositionLikeJdbc(TestDatabase db) {
        Map<TestDriver, DatabaseException> errors = both(db, session -> catchThrowableOfType(DatabaseException.class,
                () -> session.query("SELECT 1 FROM nowhere WHERE", List.of())));

        assertThat(errors.get(TestDriver.R2DBC)).hasMessage("ERROR: syntax error at end of input\n  Position: 28")
                .hasMessage(errors.get(TestDriver.JDBC).getMessage());
        assertThat(errors.get(TestDriver.R2DBC).sqlState()).isEqualTo("42601");
    }

    @Test
    void transactionsCommitAndRollBackAlike(TestDatabase db) {
        Map<TestDriver, List<String>> seen = both(db, session -> {
            session.execute("CREATE TABLE t_tx (x int)");
            session.begin();
            session.update("INSERT INTO t_tx VALUES (?)", List.of(1));
            boolean open = session.inTransaction();
            session.rollback();
            session.begin();
            session.update("INSERT INTO t_tx VALUES (?)", List.of(2));
            session.commit();
            List<String> out = List.of(String.valueOf(open), String.valueOf(session.inTransaction()),
                    String.valueOf(session.query("SELECT string_agg(x::text, ',') AS xs FROM t_tx", List.of())
                            .get(0).get("xs")));
            session.execute("DROP TABLE t_tx");
            return out;
        });

        assertThat(seen.get(TestDriver.R2DBC)).containsExactly("true", "false", "2")
                .isEqualTo(seen.get(TestDriver.JDBC));
    }

    /** Runs {@code work} on a session of each driver, JDBC first. */
    private static <T> Map<TestDriver, T> both(TestDatabase db, Function<DatabaseSession, T> work) {
        Map<TestDriver, T> out = new EnumMap<>(TestDriver.class);
        for (TestDriver driver : TestDriver.values()) {
            try (DatabaseSession session = driver.driver(db).open()) {
                out.put(driver, work.apply(session));
            }
        }
        return out;
    }
}
