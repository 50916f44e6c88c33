package dev.strata.maven.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.TestDatabase;
import dev.strata.test.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * {@code mvn strata:<goal>} in a service module ({@code src/it/clients-service}: two revisions, the database from
 * {@code DATABASE_URL}), run as a developer runs it: a real Maven process on a copy of the sample, a real
 * PostgreSQL behind it. Each test gets a fresh copy and a fresh database; goals that need different {@code -D}
 * values run in separate Maven calls, the others share one. The examples of {@code docs/maven-plugin.md} are
 * these calls ({@code DocumentedExamplesTest} keeps them so).
 */
class ServiceModuleGoalsIT {

    private static final String MODULE = "clients-service";
    private static final String CREATE = "1975ea83b712";
    private static final String EMAIL = "27c6a30d7c24";
    private static final String REVISIONS = "src/main/resources/db/revisions";

    private static InvokedMaven maven;

    private TestDatabase database;
    private Path project;
    private Map<String, String> env;

    @BeforeAll
    static void maven() {
        maven = InvokedMaven.fromBuild();
    }

    @BeforeEach
    void sampleAndDatabase(TestInfo test) {
        database = TestPostgres.shared().createDatabase();
        project = SampleProject.copy(MODULE, test.getTestMethod().orElseThrow().getName());
        env = Map.of("DATABASE_URL", Databases.libpqUrl(database));
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void upgradeRunsPendingRevisionsAndDowngradeStepsBack() {
        MavenRun first = maven.run(project, env, "strata:upgrade", "strata:current", "-Dstrata.target=+1");

        assertThat(first.exitCode()).as("%s", first).isZero();
        assertThat(first.block("upgrade", MODULE)).as("%s", first).satisfiesExactly(
                line -> assertThat(line).matches("\\[1/1] upgrade  -> 1975ea83b712, Create clients table \\.\\.\\. done"
                        + " in \\d+ ms"),
                line -> assertThat(line).matches("Upgraded to 1975ea83b712 in \\d+\\.\\d s"));
        assertThat(first.block("current", MODULE)).containsExactly(CREATE);
        assertThat(Databases.versions(database)).containsExactly(CREATE);

        MavenRun rest = maven.run(project, env, "strata:upgrade", "strata:current");

        assertThat(rest.exitCode()).as("%s", rest).isZero();
        assertThat(rest.block("upgrade", MODULE)).as("%s", rest).satisfiesExactly(
                line -> assertThat(line).matches("\\[1/1] upgrade 1975ea83b712 -> 27c6a30d7c24, Add email to clients"
                        + " \\.\\.\\. done in \\d+ ms"),
                line -> assertThat(line).matches("Upgraded to 27c6a30d7c24 \\(head\\) in \\d+\\.\\d s"));
        assertThat(rest.block("current", MODULE)).containsExactly("27c6a30d7c24 (head)");
        assertThat(Databases.versions(database)).containsExactly(EMAIL);
        assertThat(Databases.columns(database, "clients")).containsExactly("id", "name", "email");

        MavenRun down = maven.run(project, env, "strata:downgrade", "strata:current", "strata:history",
                "-Dstrata.target=-1", "-Dstrata.indicateCurrent");

        assertThat(down.exitCode()).as("%s", down).isZero();
        assertThat(down.block("downgrade", MODULE)).as("%s", down).satisfiesExactly(
                line -> assertThat(line).matches("\\[1/1] downgrade 27c6a30d7c24 -> 1975ea83b712, Add email to clients"
                        + " \\.\\.\\. done in \\d+ ms"),
                line -> assertThat(line).matches("Downgraded to 1975ea83b712 in \\d+\\.\\d s"));
        assertThat(down.block("current", MODULE)).containsExactly(CREATE);
        assertThat(down.block("history", MODULE)).containsExactly(
                "1975ea83b712 -> 27c6a30d7c24 (head), Add email to clients",
                "<base> -> 1975ea83b712 (current), Create clients table");
        assertThat(Databases.versions(database)).containsExactly(CREATE);
        assertThat(Databases.columns(database, "clients")).containsExactly("id", "name");
    }

    @Test
    void revisionWritesAFileOnTheHeadThatUpgradeThenRuns() throws IOException {
        MavenRun revision = maven.run(project, env, "strata:revision", "strata:heads",
                "-Dstrata.message=Add phone to clients");

        assertThat(revision.exitCode()).as("%s", revision).isZero();
        Path file = newFile("_add_phone_to_clients.sql");
        String id = file.getFileName().toString().substring(0, 12);
        assertThat(id).matches("[0-9a-f]{12}");
        assertThat(revision.block("revision", MODULE)).containsExactly("  Generating " + file + " ...  done");
        assertThat(revision.block("heads", MODULE)).containsExactly(id + " (head)");
        String written = Files.readString(file);
        assertThat(written).startsWith("-- revision: " + id + "\n-- down_revision: 27c6a30d7c24\n")
                .contains("-- message: Add phone to clients\n");

        Files.writeString(file, written.replace("-- migrate:upgrade\n", "-- migrate:upgrade\n"
                + "ALTER TABLE clients ADD COLUMN phone varchar(40);\n"), StandardCharsets.UTF_8);
        MavenRun up = maven.run(project, env, "strata:upgrade", "strata:history", "-Dstrata.range=27c6a30d7c24:",
                "-Dstrata.verbose");

        assertThat(up.exitCode()).as("%s", up).isZero();
        assertThat(up.block("upgrade", MODULE).get(2)).startsWith("[3/3] upgrade 27c6a30d7c24 -> " + id + ", Add"
                + " phone to clients ... done in ");
        assertThat(up.block("history", MODULE)).startsWith("Rev: " + id + " (head)", "Parent: 27c6a30d7c24",
                "Path: " + file, "", "    Add phone to clients", "    ", "    Revision ID: " + id,
                "    Revises: 27c6a30d7c24");
        assertThat(up.block("history", MODULE)).contains("Rev: 27c6a30d7c24", "    Add email to clients")
                .doesNotContain("Rev: 1975ea83b712");
        assertThat(Databases.versions(database)).containsExactly(id);
        assertThat(Databases.columns(database, "clients")).containsExactly("id", "name", "email", "phone");
    }

    @Test
    void mergeJoinsTwoHeadsAndStampRecordsItWithoutRunningAnything() {
        MavenRun branch = maven.run(project, env, "strata:revision", "strata:heads", "strata:branches",
                "-Dstrata.head=1975ea83b712", "-Dstrata.splice", "-Dstrata.branchLabel=audit",
                "-Dstrata.revId=4d2c7e9b1f35", "-Dstrata.message=Start audit log");

        assertThat(branch.exitCode()).as("%s", branch).isZero();
        assertThat(branch.block("heads", MODULE)).containsExactly("27c6a30d7c24 (head)", "4d2c7e9b1f35 (audit) (head)");
        assertThat(branch.block("branches", MODULE)).containsExactly(
                "1975ea83b712 (branchpoint)",
                "             -> 27c6a30d7c24 (head)",
                "             -> 4d2c7e9b1f35 (audit) (head)");

        MavenRun head = maven.run(project, env, "strata:upgrade", "-Dstrata.target=head");

        assertThat(head.exitCode()).as("%s", head).isEqualTo(1);
        assertThat(head.output()).contains("on project clients-service: Multiple head revisions are present for given"
                + " argument 'head'; please specify a specific target revision, '<branchname>@head' to narrow to a"
                + " specific head, or 'heads' for all heads (heads: 27c6a30d7c24, 4d2c7e9b1f35) -> [Help 1]");

        MavenRun merge = maven.run(project, env, "strata:merge", "strata:heads", "-Dstrata.message=Merge audit");

        assertThat(merge.exitCode()).as("%s", merge).isZero();
        Path file = newFile("_merge_audit.sql");
        String id = file.getFileName().toString().substring(0, 12);
        assertThat(merge.block("merge", MODULE)).containsExactly("  Generating " + file + " ...  done");
        assertThat(merge.block("heads", MODULE)).containsExactly(id + " (audit) (head)");

        MavenRun stamp = maven.run(project, env, "strata:stamp", "strata:current", "strata:show",
                "-Dstrata.target=heads", "-Dstrata.purge", "-Dstrata.revision=head");

        assertThat(stamp.exitCode()).as("%s", stamp).isZero();
        assertThat(stamp.block("stamp", MODULE)).hasSize(2);
        assertThat(stamp.block("stamp", MODULE).get(1)).matches("Stamped " + id + " \\(head\\) in \\d+\\.\\d s");
        assertThat(stamp.block("current", MODULE)).containsExactly(id + " (head) (mergepoint)");
        assertThat(stamp.block("show", MODULE)).startsWith("Rev: " + id + " (head) (mergepoint)",
                "Merges: 27c6a30d7c24, 4d2c7e9b1f35", "Branch names: audit");
        assertThat(Databases.versions(database)).containsExactly(id);
        assertThat(Databases.columns(database, "clients")).as("stamp runs no revision").isEmpty();
    }

    @Test
    void failuresEndTheBuildWithStratasOneLineMessage() throws IOException {
        MavenRun badTarget = maven.run(project, env, "strata:upgrade", "-Dstrata.target=zzzz");

        assertThat(badTarget.exitCode()).as("%s", badTarget).isEqualTo(1);
        assertThat(badTarget.output()).contains("[ERROR] Failed to execute goal dev.strata:strata-maven-plugin:"
                + System.getProperty("strata.it.version") + ":upgrade (default-cli) on project clients-service:"
                + " Can't locate revision identified by 'zzzz' -> [Help 1]");
        assertThat(badTarget.output()).as("no stack trace without -e").doesNotContain("\tat ", "StrataException");

        Files.writeString(project.resolve(REVISIONS).resolve("3b8e4f1a9c20_broken.sql"), """
                -- revision: 3b8e4f1a9c20
                -- down_revision: 27c6a30d7c24
                -- message: Broken

                -- migrate:upgrade
                ALTER TABLE clients ADD COLUMN phone varchar(40);
                ALTER TABLE no_such_table ADD COLUMN x int;

                -- migrate:downgrade
                ALTER TABLE clients DROP COLUMN phone;
                """, StandardCharsets.UTF_8);
        MavenRun broken = maven.run(project, env, "strata:upgrade");

        assertThat(broken.exitCode()).as("%s", broken).isEqualTo(1);
        assertThat(broken.block("upgrade", MODULE).get(2)).isEqualTo("[3/3] upgrade 27c6a30d7c24 -> 3b8e4f1a9c20,"
                + " Broken ... FAILED");
        assertThat(broken.output().lines().filter(line -> line.contains("on project clients-service:")))
                .singleElement().asString()
                .contains(": Revision 3b8e4f1a9c20 (", "3b8e4f1a9c20_broken.sql, line 7) failed during upgrade: ",
                        "\"no_such_table\"", "; Statement: ALTER TABLE no_such_table ADD COLUMN x int",
                        "The revision was rolled back; the version table does not record it."
                                + " Fix the revision, then run the command again. -> [Help 1]");
        assertThat(Databases.versions(database)).containsExactly(EMAIL);
        assertThat(Databases.columns(database, "clients")).containsExactly("id", "name", "email");
    }

    @Test
    void offlineSqlNeedsNoDatabaseButCurrentDoes() throws IOException {
        MavenRun down = maven.run(project, Map.of(), "strata:downgrade", "-Dstrata.sql",
                "-Dstrata.target=27c6a30d7c24:base");

        assertThat(down.exitCode()).as("%s", down).isZero();
        assertThat(down.block("downgrade", MODULE)).contains("-- Running downgrade 27c6a30d7c24 -> 1975ea83b712",
                "ALTER TABLE clients DROP COLUMN email;", "DROP TABLE clients;");

        MavenRun up = maven.run(project, Map.of(), "strata:upgrade", "strata:current", "-Dstrata.sql",
                "-Dstrata.target=base:head", "-Dstrata.sqlFile=target/upgrade.sql");

        assertThat(up.exitCode()).as("%s", up).isEqualTo(1);
        Path script = project.resolve("target/upgrade.sql");
        assertThat(up.block("upgrade", MODULE)).containsExactly("Wrote " + script);
        assertThat(Files.readString(script)).contains("CREATE TABLE clients (",
                "ALTER TABLE clients ADD COLUMN email varchar(255);",
                "UPDATE strata_version SET version_num='27c6a30d7c24' WHERE strata_version.version_num ="
                        + " '1975ea83b712';");
        assertThat(up.output()).contains("on project clients-service: No database is configured for clients-service:"
                + " set DATABASE_URL, give -Dstrata.url, or set spring.datasource.url (or strata.url) in ");
    }

    @Test
    void lintNeedsNoDatabaseAndFailsTheBuildOnADangerousOperation() throws IOException {
        MavenRun clean = maven.run(project, Map.of(), "strata:lint");

        assertThat(clean.exitCode()).as("%s", clean).isZero();
        assertThat(clean.block("lint", MODULE)).containsExactly("Linted 2 SQL revisions: no findings.");

        Path file = project.resolve(REVISIONS).resolve("5e1f0a2b3c4d_require_email.sql");
        Files.writeString(file, """
                -- revision: 5e1f0a2b3c4d
                -- down_revision: 27c6a30d7c24
                -- message: Require email

                -- migrate:upgrade
                ALTER TABLE clients ALTER COLUMN email SET NOT NULL;
                CREATE INDEX clients_email_idx ON clients (email);

                -- migrate:downgrade
                DROP INDEX clients_email_idx;
                ALTER TABLE clients ALTER COLUMN email DROP NOT NULL;
                """, StandardCharsets.UTF_8);
        MavenRun dangerous = maven.run(project, Map.of(), "strata:lint");

        assertThat(dangerous.exitCode()).as("%s", dangerous).isEqualTo(1);
        String summary = "Linted 3 SQL revisions: 2 findings.";
        String hint = "Fix them, or accept one that is safe here with '-- strata:lint-ignore <rule-id> <reason>' on"
                + " the line above its statement (docs/lint.md).";
        assertThat(dangerous.block("lint", MODULE)).containsExactly(
                file + ":6: [set-not-null] sets clients.email NOT NULL, which scans the whole table under an ACCESS"
                        + " EXCLUSIVE lock, blocking reads and writes",
                "    ADD CONSTRAINT ... CHECK (email IS NOT NULL) NOT VALID first; then, in one revision, VALIDATE"
                        + " CONSTRAINT (scans without blocking writes), SET NOT NULL (PostgreSQL 12+ skips the scan)"
                        + " and DROP CONSTRAINT.",
                file + ":7: [create-index-not-concurrently] creates an index on clients without CONCURRENTLY,"
                        + " blocking every write to the table while it is built",
                "    Use CREATE INDEX CONCURRENTLY, in a revision of its own declared '-- transactional: false' (and"
                        + " DROP INDEX CONCURRENTLY in its downgrade).",
                summary, hint);
        assertThat(dangerous.output()).contains("on project clients-service: " + summary + " " + hint
                + " -> [Help 1]");
    }

    @Test
    void passwordsNeverReachTheLogEvenInDebugOutput() {
        // The embedded server trusts local connections: any password gets in, so any can be looked for.
        String password = database.password().isEmpty() ? "Never-Logged-Pw-42" : database.password();
        MavenRun run = maven.run(project, Map.of(), "-X", "strata:upgrade", "strata:current",
                "-Dstrata.url=" + database.jdbcUrl(), "-Dstrata.user=" + database.user(),
                "-Dstrata.password=" + password);

        assertThat(run.exitCode()).as("%s", run).isZero();
        assertThat(run.block("current", MODULE)).containsExactly("27c6a30d7c24 (head)");
        assertThat(run.output()).contains("[DEBUG] Strata settings: database postgresql://" + database.user() + "@")
                .doesNotContain(password);
    }

    @Test
    void helpDescribesEveryGoal() {
        MavenRun run = maven.run(project, Map.of(), "strata:help", "-Ddetail", "-Dgoal=upgrade");

        assertThat(run.exitCode()).as("%s", run).isZero();
        assertThat(run.output()).contains("strata:upgrade", "User property: strata.target",
                "User property: strata.sqlFile", "-Dstrata.password");
    }

    /** The one file of the revision folder whose name ends so. */
    private Path newFile(String suffix) {
        return SampleProject.fileNames(project.resolve(REVISIONS)).stream().filter(name -> name.endsWith(suffix))
                .map(name -> project.resolve(REVISIONS).resolve(name)).reduce((a, b) -> {
                    throw new AssertionError("two files end with " + suffix + ": " + a + ", " + b);
                }).orElseThrow(() -> new AssertionError("no file ends with " + suffix));
    }
}
