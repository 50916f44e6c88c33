package dev.strata.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.StrataException;
import dev.strata.internal.script.MigrationScript;
import dev.strata.internal.script.RevisionSet;
import dev.strata.internal.script.SqlRevisionParser;
import dev.strata.lint.LintFinding;
import dev.strata.lint.LintResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The linter over a set of revisions: order, counts, Java revisions, downgrades, and reading statements robustly. */
class RevisionLinterTest {

    @Test
    void noRevisionsNoFindings() {
        LintResult result = Revisions.chain().lint();

        assertThat(result).isEqualTo(new LintResult(List.of(), 0, List.of(), 0));
        assertThat(result.isClean()).isTrue();
    }

    @Test
    void aRangeReportsOnlyItsRevisionsButReadsTheOlderOnesForTheSchema() {
        // r2 is old and has a finding; r3 widens a varchar that r1 created, which is only free if r1 was read.
        Revisions chain = Revisions.chain().sql("CREATE TABLE clients (id int, name varchar(40));")
                .sql("DROP TABLE legacy;")
                .sql("ALTER TABLE clients ALTER COLUMN name TYPE varchar(80);\nALTER TABLE clients DROP COLUMN id;");

        assertThat(chain.found()).containsExactly("r2:6 [drop-table]", "r3:7 [drop-column]");
        LintResult recent = RevisionLinter.lint(RevisionSet.of(chain.scripts()), id -> id.equals("r3"));
        assertThat(recent.findings()).extracting(f -> f.revision() + ":" + f.line() + " [" + f.rule() + "]")
                .containsExactly("r3:7 [drop-column]");
        assertThat(recent.lintedRevisions()).isEqualTo(1);
    }

    @Test
    void javaRevisionsAreCountedNotLinted() {
        LintResult result = Revisions.chain().sql("CREATE TABLE clients (id int);").java()
                .sql("ALTER TABLE clients ADD COLUMN email text;").java().lint();

        assertThat(result).isEqualTo(new LintResult(List.of(), 2, List.of("r2", "r4"), 0));
    }

    @Test
    void findingsComeInUpgradeOrderWhateverTheLoadOrder() {
        String base = Revisions.text("b1", List.of(), "CREATE TABLE clients (id int, a text, b text);",
                "-- irreversible\n");
        String left = Revisions.text("l1", List.of("b1"), "ALTER TABLE clients DROP COLUMN a;", "-- irreversible\n");
        String right = Revisions.text("z1", List.of("b1"), "SELECT 1;\nALTER TABLE clients DROP COLUMN b;",
                "-- irreversible\n");
        String merge = Revisions.text("m1", List.of("l1", "z1"), "DROP TABLE clients;", "-- irreversible\n");
        List<MigrationScript> loaded = List.of(parse("m1", merge), parse("z1", right), parse("l1", left),
                parse("b1", base));

        LintResult result = RevisionLinter.lint(RevisionSet.of(loaded));

        // The two branches may come in either order, as long as both come before the merge point.
        assertThat(result.findings()).extracting(f -> f.revision() + ":" + f.line())
                .hasSize(3).contains("l1:6", "z1:7").endsWith("m1:6");
        assertThat(result.lintedRevisions()).isEqualTo(4);
    }

    @Test
    void anEmptyDowngradeNotDeclaredIrreversibleIsFound() {
        LintFinding finding = Revisions.chain().sql("CREATE TABLE clients (id int);", "\n-- nothing to undo?\n\n")
                .only();

        assertThat(finding).isEqualTo(new LintFinding("r1", Revisions.file("r1"), 7, "missing-downgrade", "has an"
                + " empty downgrade section: downgrading past this revision would silently leave its changes in"
                + " place", "Write the downgrade, or declare it impossible with '-- irreversible' as the only line of"
                + " the section."));
    }

    @Test
    void irreversibleAWrittenDowngradeOrAnEmptyUpgradeNeedNoDowngrade() {
        assertThat(Revisions.chain().sql("CREATE TABLE clients (id int);", "-- irreversible\n")
                .sql("CREATE TABLE orders (id int);", "DROP TABLE orders;\n")
                .sql("-- a merge point or a revision not written yet\n", "").found()).isEmpty();
    }

    @Test
    void aMissingDowngradeCanBeAcceptedInTheSection() {
        LintResult result = Revisions.chain().sql("ANALYZE;", "-- strata:lint-ignore missing-downgrade statistics"
                + " only, nothing to undo\n").lint();

        assertThat(result.findings()).isEmpty();
        assertThat(result.suppressed()).isEqualTo(1);
    }

    @Test
    void theDowngradeSectionIsNotLinted() {
        assertThat(Revisions.chain().sql("CREATE TABLE clients (id int);\nALTER TABLE clients ADD COLUMN email text;",
                "ALTER TABLE clients DROP COLUMN email;\nDROP TABLE clients;\n")
                .sql("ALTER TABLE clients ADD COLUMN phone text;", "ALTER TABLE clients DROP COLUMN phone;\n")
                .found()).isEmpty();
    }

    @Test
    void statementsOnTablesCreatedEarlierInTheRevisionAreSafe() {
        assertThat(Revisions.chain().sql("""
                CREATE TABLE billing.invoices (id bigint, client_id bigint, total numeric(10,2), note text);
                ALTER TABLE invoices ADD COLUMN number int NOT NULL;
                ALTER TABLE billing.invoices ALTER COLUMN note SET NOT NULL, ALTER COLUMN total TYPE bigint;
                ALTER TABLE "invoices" ADD CONSTRAINT invoices_pkey PRIMARY KEY (id);
                ALTER TABLE invoices ADD FOREIGN KEY (client_id) REFERENCES clients;
                ALTER TABLE invoices ADD CHECK (total > 0), ADD COLUMN token uuid DEFAULT gen_random_uuid();
                CREATE INDEX ON invoices (client_id);
                ALTER TABLE invoices RENAME COLUMN note TO remark;
                ALTER TABLE invoices DROP COLUMN remark;
                VACUUM FULL invoices;
                DROP TABLE invoices;
                """).found()).isEmpty();
    }

    @Test
    void aTableOfTheSameNameInAnotherSchemaIsNotTheNewOne() {
        assertThat(Revisions.chain().sql("CREATE TABLE audit.clients (id int);\n"
                + "CREATE INDEX ON public.clients (id);").found())
                .containsExactly("r1:7 [create-index-not-concurrently]");
    }

    @Test
    void quotedNamesKeepTheirCase() {
        assertThat(Revisions.chain().sql("CREATE TABLE \"Clients\" (id int);\n"
                + "CREATE INDEX ON clients (id);\n"
                + "CREATE INDEX ON \"Clients\" (id);\n"
                + "CREATE TABLE orders (id int);\n"
                + "CREATE INDEX ON \"orders\" (id);\n"
                + "CREATE INDEX ON ORDERS (id);").found()).containsExactly("r1:7 [create-index-not-concurrently]");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT 'ALTER TABLE clients DROP COLUMN email' AS text",
        "SELECT $$DROP TABLE clients$$",
        "CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $fn$ BEGIN DROP TABLE clients; END $fn$",
        "-- ALTER TABLE clients DROP COLUMN email;\nSELECT 1",
        "/* nested /* DROP TABLE clients; */ LOCK TABLE clients; */ SELECT 1",
        "INSERT INTO audit (what) VALUES (E'DROP TABLE clients\\'; VACUUM FULL')",
        "CREATE VIEW \"DROP TABLE clients\" AS SELECT 1",
        "UPDATE clients SET note = 'CREATE INDEX ON clients (id)'"})
    void keywordsInStringsCommentsAndBodiesAreNoStatements(String sql) {
        assertThat(Revisions.chain().sql("CREATE TABLE clients (id int, email text);").sql(sql).found()).isEmpty();
    }

    @Test
    void keywordsAreReadInAnyCaseAndLayout() {
        assertThat(Revisions.chain().sql("CREATE TABLE clients (id int, email text);")
                .sql("alter\ttable\n  Clients\n  -- the address moved to contacts\n  drop /* really */ column EMAIL;")
                .found()).as("reported on the line of the action").containsExactly("r2:9 [drop-column]");
    }

    @Test
    void aSectionThatCannotBeSplitFailsNamingTheRevision() {
        Revisions revisions = Revisions.chain().sql("SELECT 'unterminated;");

        assertThatThrownBy(revisions::lint).isInstanceOf(StrataException.class).hasMessage("Revision r1"
                + " (db/revisions/r1_change.sql): Unterminated quoted string opened at line 6: a closing ' is"
                + " missing");
    }

    private static MigrationScript parse(String id, String text) {
        return SqlRevisionParser.parse(Revisions.file(id), text);
    }
}
