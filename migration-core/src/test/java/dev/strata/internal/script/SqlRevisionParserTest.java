package dev.strata.internal.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SqlRevisionParserTest {

    private static final String GOOD = """
            -- revision: 3f2a9c1b7d4e
            -- down_revision: 1a2b3c4d5e6f
            -- branch_labels:
            -- depends_on:
            -- message: Add email field to clients table
            -- create_date: 2026-11-24T10:00:00Z

            -- migrate:upgrade
            ALTER TABLE clients ADD COLUMN email varchar(255);

            -- migrate:downgrade
            ALTER TABLE clients DROP COLUMN email;
            """;

    @Test
    void readsTheDesignExample() {
        MigrationScript script = SqlRevisionParser.parse("r.sql", GOOD);
        assertThat(script.id()).isEqualTo("3f2a9c1b7d4e");
        assertThat(script.node().downRevisions()).containsExactly("1a2b3c4d5e6f");
        assertThat(script.message()).isEqualTo("Add email field to clients table");
        assertThat(script.transactional()).isTrue();
        assertThat(script.upgrade()).isEqualTo(new MigrationScript.SqlBody(
                "ALTER TABLE clients ADD COLUMN email varchar(255);\n\n", 9));
        assertThat(script.checksum()).hasSize(64);
    }

    @Test
    void listsMergesLabelsAndNonTransactional() {
        MigrationScript script = SqlRevisionParser.parse("m.sql", """
                -- revision: m1
                -- down_revision: a1, b1
                -- branch_labels: feature, other
                -- depends_on: c1
                -- transactional: false

                -- migrate:upgrade
                -- migrate:downgrade
                -- irreversible
                """);
        assertThat(script.node().downRevisions()).containsExactly("a1", "b1");
        assertThat(script.node().branchLabels()).containsExactlyInAnyOrder("feature", "other");
        assertThat(script.node().dependsOn()).containsExactly("c1");
        assertThat(script.transactional()).isFalse();
        assertThat(script.downgrade()).isInstanceOf(MigrationScript.Irreversible.class);
    }

    @Test
    void checksumIgnoresMessageAndWhitespaceButNotSql() {
        String base = SqlRevisionParser.parse("r.sql", GOOD).checksum();
        assertThat(SqlRevisionParser.parse("r.sql", GOOD.replace("Add email", "Add an email")).checksum())
                .isEqualTo(base);
        assertThat(SqlRevisionParser.parse("r.sql", GOOD.replace("varchar(255);", "varchar(255);   ")).checksum())
                .isEqualTo(base);
        assertThat(SqlRevisionParser.parse("r.sql", GOOD.replace("255", "320")).checksum()).isNotEqualTo(base);
    }

    @Test
    void unknownKeySuggestsTheRightOne() {
        assertThatThrownBy(() -> SqlRevisionParser.parse("r.sql", GOOD.replace("-- message:", "-- mesage:")))
                .isInstanceOf(RevisionFileException.class)
                .hasMessage("r.sql:5: unknown header key 'mesage' (did you mean 'message'?); known keys: revision,"
                        + " down_revision, branch_labels, depends_on, message, create_date, transactional");
    }

    @Test
    void strictAboutStructure() {
        assertThatThrownBy(() -> SqlRevisionParser.parse("r.sql", "SELECT 1;\n" + GOOD))
                .hasMessage("r.sql:1: text before the revision header; a revision file starts with '-- revision: <id>'"
                        + " (found: SELECT 1;)");
        assertThatThrownBy(() -> SqlRevisionParser.parse("r.sql", GOOD.replace("-- revision: 3f2a9c1b7d4e\n", "")))
                .hasMessage("r.sql:1: missing '-- revision: <id>' in the header");
        assertThatThrownBy(() -> SqlRevisionParser.parse("r.sql", GOOD + "-- migrate:upgrade\nSELECT 1;\n"))
                .hasMessage("r.sql:13: section '-- migrate:upgrade' appears twice");
        assertThatThrownBy(() -> SqlRevisionParser.parse("r.sql", GOOD.replace("-- message:", "-- revision: x\n-- message:")))
                .hasMessage("r.sql:5: header key 'revision' appears twice (first on line 1)");
        assertThatThrownBy(() -> SqlRevisionParser.parse("r.sql", GOOD.replace("\n-- migrate:upgrade", "\nDROP TABLE x;\n-- migrate:upgrade")))
                .hasMessage("r.sql:8: SQL outside a section; put it after '-- migrate:upgrade' or '-- migrate:downgrade'"
                        + " (found: DROP TABLE x;)");
        assertThatThrownBy(() -> SqlRevisionParser.parse("r.sql", GOOD.replace("-- migrate:downgrade", "-- migrate:down")))
                .hasMessage("r.sql:11: unknown section '-- migrate:down'; use '-- migrate:upgrade' or '-- migrate:downgrade'");
        assertThatThrownBy(() -> SqlRevisionParser.parse("r.sql", GOOD.substring(0, GOOD.indexOf("\n-- migrate:downgrade"))))
                .hasMessageContaining("missing '-- migrate:downgrade' section");
        assertThatThrownBy(() -> SqlRevisionParser.parse("r.sql", GOOD.replace("1a2b3c4d5e6f", "1a2b-3c")))
                .hasMessage("r.sql:2: invalid revision id '1a2b-3c' in 'down_revision'; ids are 1 to 32 letters, digits or underscores");
        assertThatThrownBy(() -> SqlRevisionParser.parse("r.sql", GOOD.replace("-- depends_on:", "-- transactional: maybe")))
                .hasMessage("r.sql:4: 'transactional' must be true or false, not 'maybe'");
        assertThatThrownBy(() -> SqlRevisionParser.parse("r.sql", "\n\n"))
                .hasMessage("r.sql:1: the file is empty; a revision file starts with '-- revision: <id>'");
    }
}
