package dev.strata.engine;

import static dev.strata.engine.RevisionFolder.column;
import static dev.strata.engine.RevisionFolder.exec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.MigrationFailedException;
import dev.strata.Strata;
import dev.strata.lint.LintFinding;
import dev.strata.lint.LintResult;
import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What {@code strata lint} claims, checked on PostgreSQL: a type change or an added column is reported exactly when
 * the server rewrites the table (its file node changes), a NOT NULL column without a default does fail on a table
 * with rows, and the step-by-step ways the advice gives run and pass the linter.
 */
@ExtendWith(PostgresExtension.class)
class LintOnPostgresTest {

    private static final String CLIENTS = "CREATE TABLE clients (id int PRIMARY KEY, name varchar(10), note text,"
            + " price numeric(10,2), age int);\n"
            + "INSERT INTO clients SELECT i, 'c' || i, 'n', i, i FROM generate_series(1, 100) i;";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}: rewrite {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ALTER TABLE clients ALTER COLUMN name TYPE varchar(20)                                | false
            ALTER TABLE clients ALTER COLUMN name TYPE text                                       | false
            ALTER TABLE clients ALTER COLUMN note TYPE varchar                                    | false
            ALTER TABLE clients ALTER COLUMN price TYPE numeric(12,2)                             | false
            ALTER TABLE clients ALTER COLUMN price TYPE numeric                                   | false
            ALTER TABLE clients ALTER COLUMN age TYPE integer                                     | false
            ALTER TABLE clients ALTER COLUMN age TYPE bigint                                      | true
            ALTER TABLE clients ALTER COLUMN name TYPE varchar(5)                                 | true
            ALTER TABLE clients ALTER COLUMN price TYPE numeric(12,4)                             | true
            ALTER TABLE clients ALTER COLUMN note TYPE varchar USING upper(note)                  | true
            ALTER TABLE clients ADD COLUMN created timestamptz NOT NULL DEFAULT now()            | false
            ALTER TABLE clients ADD COLUMN status text NOT NULL DEFAULT 'new'                     | false
            ALTER TABLE clients ADD COLUMN token uuid DEFAULT gen_random_uuid()                   | true
            ALTER TABLE clients ADD COLUMN seen timestamptz DEFAULT clock_timestamp()             | true
            ALTER TABLE clients ADD COLUMN n bigserial                                            | true
            ALTER TABLE clients ADD COLUMN m int GENERATED ALWAYS AS IDENTITY                      | true
            ALTER TABLE clients ADD COLUMN total numeric GENERATED ALWAYS AS (price * 2) STORED   | true
            """)
    void aChangeIsReportedExactlyWhenTheServerRewritesTheTable(String sql, boolean rewrites, TestDatabase db) {
        Strata strata = new RevisionFolder(dir).add("a1", "", "", CLIENTS, "DROP TABLE clients;")
                .add("b2", "a1", "", sql + ";", "SELECT 1;").load(db);

        List<String> rules = strata.lint().findings().stream().map(LintFinding::rule).toList();
        strata.upgrade("a1");
        String before = filenode(db);
        strata.upgrade("b2");

        assertThat(!filenode(db).equals(before)).as("PostgreSQL rewrote the table").isEqualTo(rewrites);
        assertThat(rules).as("lint findings").isEqualTo(rewrites
                ? List.of(sql.contains(" TYPE ") ? "alter-column-type" : "volatile-default") : List.of());
    }

    @Test
    void aNotNullColumnWithoutDefaultFailsOnATableWithRowsAndNotOnANewOne(TestDatabase db) {
        Strata strata = new RevisionFolder(dir).add("a1", "", "", CLIENTS, "DROP TABLE clients;")
                .add("b2", "a1", "", "CREATE TABLE orders (id int);\n"
                        + "ALTER TABLE orders ADD COLUMN client_id int NOT NULL;", "DROP TABLE orders;")
                .add("c3", "b2", "", "ALTER TABLE clients ADD COLUMN email text NOT NULL;",
                        "ALTER TABLE clients DROP COLUMN email;").load(db);

        assertThat(strata.lint().findings()).extracting(f -> f.revision() + " " + f.rule())
                .containsExactly("c3 add-column-not-null-without-default");
        strata.upgrade("b2");
        assertThatThrownBy(() -> strata.upgrade("c3")).isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("column \"email\" of relation \"clients\" contains null values");
    }

    @Test
    void theAdvisedStepsRunAndPassTheLinter(TestDatabase db) {
        Strata strata = new RevisionFolder(dir).add("a1", "", "", CLIENTS, "DROP TABLE clients;")
                .add("b2", "a1", "", "ALTER TABLE clients ADD CONSTRAINT clients_note_nn CHECK (note IS NOT NULL)"
                        + " NOT VALID;\nALTER TABLE clients ADD CONSTRAINT clients_age_fk FOREIGN KEY (age)"
                        + " REFERENCES clients (id) NOT VALID;", "ALTER TABLE clients DROP CONSTRAINT clients_age_fk;\n"
                        + "ALTER TABLE clients DROP CONSTRAINT clients_note_nn;")
                .add("c3", "b2", "", "ALTER TABLE clients VALIDATE CONSTRAINT clients_note_nn;\n"
                        + "ALTER TABLE clients VALIDATE CONSTRAINT clients_age_fk;\n"
                        + "ALTER TABLE clients ALTER COLUMN note SET NOT NULL;\n"
                        + "ALTER TABLE clients DROP CONSTRAINT clients_note_nn;", "ALTER TABLE clients ALTER COLUMN"
                        + " note DROP NOT NULL;")
                .add("d4", "c3", "-- transactional: false\n", "CREATE UNIQUE INDEX CONCURRENTLY clients_name_key ON"
                        + " clients (name);", "DROP INDEX CONCURRENTLY clients_name_key;")
                .add("e5", "d4", "", "ALTER TABLE clients ADD CONSTRAINT clients_name_key UNIQUE USING INDEX"
                        + " clients_name_key;\nALTER TABLE clients ADD COLUMN token uuid;\n"
                        + "ALTER TABLE clients ALTER COLUMN token SET DEFAULT gen_random_uuid();",
                        "ALTER TABLE clients DROP CONSTRAINT clients_name_key;")
                .load(db);

        LintResult result = strata.lint();
        strata.upgrade("heads");

        assertThat(result.findings()).isEmpty();
        assertThat(result.lintedRevisions()).isEqualTo(5);
        assertThat(column(db, "SELECT conname || ' ' || convalidated FROM pg_constraint WHERE conrelid ="
                + " 'clients'::regclass ORDER BY 1")).containsExactly("clients_age_fk true", "clients_name_key true",
                "clients_pkey true");
        assertThat(column(db, "SELECT attnotnull FROM pg_attribute WHERE attrelid = 'clients'::regclass AND attname ="
                + " 'note'")).containsExactly("t");
        exec(db, "INSERT INTO clients (id, name, note) VALUES (101, 'new', 'n')");
        assertThat(column(db, "SELECT token IS NOT NULL FROM clients WHERE id = 101")).containsExactly("t");
    }

    private static String filenode(TestDatabase db) {
        return column(db, "SELECT pg_relation_filenode('clients')").get(0);
    }
}
