package dev.strata.engine;

import static dev.strata.engine.RevisionFolder.column;
import static dev.strata.engine.RevisionFolder.exec;
import static dev.strata.engine.RevisionFolder.history;
import static dev.strata.engine.RevisionFolder.tables;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.RevisionInfo;
import dev.strata.Strata;
import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database that Alembic manages: Strata configured with {@code alembic_version} reads it, upgrades and
 * downgrades from where Alembic left it, and leaves rows Alembic reads the same way. The table Strata creates
 * itself is Alembic's, column for column.
 */
@ExtendWith(PostgresExtension.class)
class AlembicInteropTest {

    /** What Alembic 1.x runs the first time (alembic/ddl/impl.py, {@code version_table_pk=True}). */
    private static final String ALEMBIC_DDL = "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL,"
            + " CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))";

    /** How Alembic reads its heads ({@code MigrationContext.get_current_heads}). */
    private static final String ALEMBIC_READ = "SELECT alembic_version.version_num FROM alembic_version";

    @TempDir
    Path dir;

    private RevisionFolder chain() {
        return new RevisionFolder(dir).table("1975ea83b712", "").table("ae1027a6acf1", "1975ea83b712")
                .table("27c6a30d7c24", "ae1027a6acf1");
    }

    @Test
    void continuesFromWhereAlembicLeftTheDatabase(TestDatabase db) {
        // Alembic applied the first revision.
        exec(db, ALEMBIC_DDL);
        exec(db, "CREATE TABLE t_1975ea83b712 (x int)");
        exec(db, "INSERT INTO alembic_version (version_num) VALUES ('1975ea83b712')");
        Strata strata = chain().configure(db).versionTable("alembic_version").load();

        assertThat(strata.current()).extracting(RevisionInfo::id).containsExactly("1975ea83b712");
        assertThat(strata.upgrade("head").steps()).extracting(s -> s.revision())
                .containsExactly("ae1027a6acf1", "27c6a30d7c24");

        assertThat(column(db, ALEMBIC_READ)).containsExactly("27c6a30d7c24");
        assertThat(tables(db)).containsExactly("t_1975ea83b712", "t_27c6a30d7c24", "t_ae1027a6acf1");
        assertThat(layout(db, "alembic_version")).isEqualTo(alembicLayout());
        assertThat(history(db, "strata_history")).containsExactly("ae1027a6acf1 upgrade true",
                "27c6a30d7c24 upgrade true");

        strata.downgrade("1975ea83b712");
        assertThat(column(db, ALEMBIC_READ)).containsExactly("1975ea83b712");
        strata.downgrade("base");
        // Alembic, online, deletes the last row and keeps the table.
        assertThat(column(db, ALEMBIC_READ)).isEmpty();
        assertThat(tables(db)).isEmpty();
    }

    @Test
    void versionTableStrataCreatesHasAlembicsExactLayout(TestDatabase db) {
        chain().configure(db).versionTable("alembic_version").load().upgrade("ae1027a6acf1");

        assertThat(layout(db, "alembic_version")).isEqualTo(alembicLayout());
        assertThat(column(db, ALEMBIC_READ)).containsExactly("ae1027a6acf1");
    }

    @Test
    void defaultVersionTableHasTheSameLayoutUnderItsOwnName(TestDatabase db) {
        chain().load(db).upgrade("head");

        assertThat(layout(db, "strata_version")).containsExactly(
                "column 1 version_num character varying(32) not null",
                "constraint strata_version_pkc p (version_num)");
    }

    private static List<String> alembicLayout() {
        return List.of("column 1 version_num character varying(32) not null",
                "constraint alembic_version_pkc p (version_num)");
    }

    /** Columns (type, nullability) and constraints (name, kind, columns) of a table, from pg_catalog. */
    private static List<String> layout(TestDatabase db, String table) {
        return column(db, "SELECT 'column ' || a.attnum || ' ' || a.attname || ' '"
                + " || format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END"
                + " FROM pg_attribute a WHERE a.attrelid = '" + table + "'::regclass AND a.attnum > 0"
                + " AND NOT a.attisdropped"
                + " UNION ALL"
                + " SELECT 'constraint ' || c.conname || ' ' || c.contype::text || ' ('"
                + " || (SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY"
                + " AS k(attnum, ord) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) || ')'"
                // PostgreSQL 18 also lists NOT NULL as constraints; attnotnull above already says it.
                + " FROM pg_constraint c WHERE c.conrelid = '" + table + "'::regclass AND c.contype <> 'n'"
                + " ORDER BY 1");
    }
}
