package dev.strata.engine;

import static dev.strata.engine.RevisionFolder.column;
import static dev.strata.engine.RevisionFolder.tables;
import static dev.strata.engine.RevisionFolder.versions;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * All statements of a revision run on one session, so session state (temporary tables, {@code pg_temp}
 * functions) made by one statement is there for the next.
 */
@ExtendWith(PostgresExtension.class)
class SessionTest {

    @TempDir
    Path dir;

    @Test
    void temporaryTableMadeByOneStatementFeedsTheNext(TestDatabase db) {
        new RevisionFolder(dir).add("a1", "", "", String.join("\n",
                "CREATE TEMP TABLE staging (id int, name text);",
                "INSERT INTO staging VALUES (1, 'ada'), (2, 'grace');",
                "CREATE TABLE t_a1 AS SELECT id, upper(name) AS name FROM staging;"),
                "DROP TABLE t_a1;").load(db).upgrade("head");

        assertThat(column(db, "SELECT id || ' ' || name FROM t_a1 ORDER BY id")).containsExactly("1 ADA", "2 GRACE");
        assertThat(versions(db, "strata_version")).containsExactly("a1");
    }

    @Test
    void temporaryTableSurvivesBetweenStatementsOfANonTransactionalRevision(TestDatabase db) {
        // Each statement commits on its own here: only the shared session keeps the table alive.
        new RevisionFolder(dir).add("a1", "", "-- transactional: false\n", String.join("\n",
                "CREATE TEMP TABLE staging AS SELECT generate_series(1, 5) AS n;",
                "CREATE TABLE t_a1 AS SELECT sum(n) AS total FROM staging;"),
                "DROP TABLE t_a1;").load(db).upgrade("head");

        assertThat(column(db, "SELECT total FROM t_a1")).containsExactly("15");
        assertThat(versions(db, "strata_version")).containsExactly("a1");
    }

    @Test
    void pgTempFunctionIsCreatedAndCalledWithinOneRevision(TestDatabase db) {
        new RevisionFolder(dir).table("a1", "").add("b2", "a1", "", String.join("\n",
                "CREATE FUNCTION pg_temp.slugify(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$",
                "    SELECT lower(regexp_replace(t, '[^A-Za-z0-9]+', '-', 'g'));",
                "$$;",
                "CREATE TABLE t_b2 (title text, slug text);",
                "INSERT INTO t_b2 VALUES ('Hello, World', pg_temp.slugify('Hello, World'));"),
                "DROP TABLE t_b2;").load(db).upgrade("head");

        assertThat(column(db, "SELECT slug FROM t_b2")).containsExactly("hello-world");
        assertThat(tables(db)).containsExactly("t_a1", "t_b2");
    }
}
