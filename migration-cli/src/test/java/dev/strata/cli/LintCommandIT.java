package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code strata lint}: its findings, exit codes and JSON, with no database anywhere. */
class LintCommandIT {

    private static final String HINT = "Fix them, or accept one that is safe here with"
            + " '-- strata:lint-ignore <rule-id> <reason>' on the line above its statement (docs/lint.md).";

    @TempDir
    Path dir;

    private Service service;

    @BeforeEach
    void revisions() {
        service = new Service(dir).linear();
    }

    @Test
    void cleanRevisionsExitZero() {
        Run run = Cli.in(dir).run("lint").succeeded();

        assertThat(run.stdout()).isEqualTo("Linted 3 SQL revisions: no findings.\n");
    }

    @Test
    void eachFindingIsAFileLineWithItsAdviceAndTheExitCodeIsOne() {
        String file = printed(service.revision("4c5d6e7f8a9b", Service.Ids.C, "tidy clients",
                "ALTER TABLE clients RENAME COLUMN email TO mail;\nDROP TABLE orders;", ""));

        Run run = Cli.in(dir).run("lint");

        assertThat(run.exitCode()).as("exit code; stderr: %s", run.stderr()).isEqualTo(1);
        assertThat(run.stderr()).isEmpty();
        assertThat(run.stdout()).isEqualTo(file + ":8: [rename-column] renames column clients.email to mail: instances"
                + " of the running version still use the old name until the rollout ends, and fail\n"
                + "    Add the new column, write to both and backfill it, move reads to it, then drop the old column in"
                + " a later release.\n"
                + file + ":9: [drop-table] drops table orders and all its rows\n"
                + "    Deploy a version of the service that no longer uses it first, and keep a copy if the data may"
                + " be needed again: a downgrade can recreate a table, not its rows.\n"
                + file + ":11: [missing-downgrade] has an empty downgrade section: downgrading past this revision"
                + " would silently leave its changes in place\n"
                + "    Write the downgrade, or declare it impossible with '-- irreversible' as the only line of the"
                + " section.\n"
                + "Linted 4 SQL revisions: 3 findings.\n"
                + HINT + "\n");
    }

    @Test
    void aRangeReportsOnlyTheRevisionsInIt() {
        service.revision("4c5d6e7f8a9b", Service.Ids.C, "drop orders", "DROP TABLE orders;", "-- irreversible");
        String file = printed(service.revision("5d6e7f8a9b0c", "4c5d6e7f8a9b", "drop email",
                "ALTER TABLE clients DROP COLUMN email;", "-- irreversible"));

        Run recent = Cli.in(dir).run("lint", "-r", "5d6e7f8a9b0c:");
        assertThat(recent.exitCode()).isEqualTo(1);
        assertThat(recent.stdout()).startsWith(file + ":8: [drop-column] ").doesNotContain("drop-table")
                .contains("Linted 1 SQL revision: 1 finding.\n");

        Run all = Cli.in(dir).run("lint");
        assertThat(all.stdout()).contains("[drop-table]", "[drop-column]", "Linted 5 SQL revisions: 2 findings.\n");
    }

    @Test
    void acceptedFindingsAreCountedAndAMalformedAcceptanceIsAFinding() {
        service.revision("4c5d6e7f8a9b", Service.Ids.C, "drop orders",
                "-- strata:lint-ignore drop-table orders moved to the billing service in 3.0\nDROP TABLE orders;",
                "-- irreversible");
        String file = printed(service.revision("5d6e7f8a9b0c", "4c5d6e7f8a9b", "index clients",
                "-- strata:lint-ignore create-index\nCREATE INDEX clients_email ON clients (email);",
                "DROP INDEX clients_email;"));

        Run run = Cli.in(dir).run("lint");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).startsWith(file + ":8: [lint-ignore] unknown rule 'create-index' in"
                + " '-- strata:lint-ignore'\n    Name one of: drop-table, drop-column, ")
                .contains(file + ":9: [create-index-not-concurrently] creates an index on clients without"
                        + " CONCURRENTLY")
                .endsWith("Linted 5 SQL revisions: 2 findings, 1 accepted by strata:lint-ignore.\n" + HINT + "\n");
    }

    @Test
    void jsonListsTheFindings() {
        String file = printed(service.revision("4c5d6e7f8a9b", Service.Ids.C, "lock clients", "LOCK TABLE clients;",
                "SELECT 1;"));

        Run run = Cli.in(dir).run("--json", "lint");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).isEqualTo("{\"command\":\"lint\",\"clean\":false,\"lintedRevisions\":4,"
                + "\"skippedJavaRevisions\":[],\"suppressed\":0,\"findings\":[{\"revision\":\"4c5d6e7f8a9b\","
                + "\"file\":\"" + file + "\",\"line\":8,\"rule\":\"lock-table\",\"message\":\"locks clients until the"
                + " revision commits (ACCESS EXCLUSIVE unless a mode is given), blocking the service\",\"advice\":"
                + "\"Let each statement take the lock it needs. If an explicit lock is really needed, take the weakest"
                + " mode that works, keep the revision short, and SET lock_timeout so that it fails fast instead of"
                + " queueing the service behind it.\"}]}\n");
    }

    @Test
    void aRevisionThatCannotBeSplitFailsWithOneLine() {
        String file = printed(service.revision("4c5d6e7f8a9b", Service.Ids.C, "broken", "SELECT 'unterminated;",
                "SELECT 1;"));

        Cli.in(dir).run("lint").failedWith("Revision 4c5d6e7f8a9b (" + file + "): Unterminated quoted string opened"
                + " at line 8: a closing ' is missing");
    }

    private String printed(Path revision) {
        return service.path(revision.getFileName().toString());
    }
}
