package dev.strata.cli;

import static dev.strata.cli.Service.Ids.A;
import static dev.strata.cli.Service.Ids.B;
import static dev.strata.cli.Service.Ids.C;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Two branches: {@code heads}, {@code branches}, {@code head} refused, {@code merge heads}, then one head again. */
@ExtendWith(PostgresExtension.class)
class BranchesAndMergeIT {

    @TempDir
    Path dir;

    @Test
    void mergeJoinsTheBranchesThatHeadRefusesToChooseBetween(TestDatabase db) throws Exception {
        Service service = new Service(dir).linear();
        service.revision("b1", A, "billing", "add invoices", "CREATE TABLE invoices (id int);", "DROP TABLE invoices;");
        Cli cli = Cli.in(dir).withEnv("DATABASE_URL", Database.url(db));

        assertThat(cli.run("heads").succeeded().stdout()).isEqualTo(C + " (head)\nb1 (billing) (head)\n");
        assertThat(cli.run("branches").succeeded().stdout()).isEqualTo("""
                1a2b3c4d5e6f (branchpoint)
                             -> 1a9f8e7d6c5b
                             -> b1 (billing) (head)

                """);
        assertThat(cli.run("branches", "-v").succeeded().stdout()).isEqualTo("Rev: " + A + " (branchpoint)\n"
                + "Parent: <base>\n"
                + "Branches into: " + B + ", b1\n"
                + "Path: " + service.path("1a2b3c4d5e6f_create_clients.sql") + "\n"
                + "\n"
                + "    create clients\n"
                + "    \n"
                + "    Revision ID: " + A + "\n"
                + "    Revises: \n"
                + "    Create Date: " + Service.CREATE_DATE + "\n"
                + "\n"
                + "             -> 1a9f8e7d6c5b, create orders\n"
                + "             -> b1 (billing) (head), add invoices\n"
                + "\n");

        cli.run("upgrade", "head").failedWith("Multiple head revisions are present for given argument 'head'; please"
                + " specify a specific target revision, '<branchname>@head' to narrow to a specific head, or 'heads'"
                + " for all heads (heads: " + C + ", b1)");
        assertThat(Database.tables(db)).isEmpty();

        cli.run("upgrade", "billing@head").succeeded();
        assertThat(Database.versions(db)).containsExactly("b1");

        Run merge = cli.run("merge", "-m", "merge billing", "--rev-id", "m1", "heads").succeeded();

        assertThat(merge.stdout()).isEqualTo("  Generating " + service.path("m1_merge_billing.sql") + " ...  done\n");
        assertThat(Files.readString(service.revisions().resolve("m1_merge_billing.sql")))
                .startsWith("-- revision: m1\n-- down_revision: " + C + ", b1\n");
        // As in Alembic, the label of a branch carries on to the revisions after it.
        assertThat(cli.run("heads").succeeded().stdout()).isEqualTo("m1 (billing) (head)\n");

        Run upgrade = cli.run("upgrade", "head").succeeded();

        assertThat(upgrade.stdoutWithoutTimings()).isEqualTo("""
                [1/3] upgrade 1a2b3c4d5e6f -> 1a9f8e7d6c5b, create orders ... done in N ms
                [2/3] upgrade 1a9f8e7d6c5b -> 3f2a9c1b7d4e, add email column ... done in N ms
                [3/3] upgrade 3f2a9c1b7d4e, b1 -> m1, merge billing ... done in N ms
                Upgraded to m1 (head) in N s
                """);
        assertThat(Database.versions(db)).containsExactly("m1");
        assertThat(cli.run("history", "-r", "b1:").succeeded().stdout())
                .isEqualTo("3f2a9c1b7d4e, b1 -> m1 (billing) (head) (mergepoint), merge billing\n"
                        + "1a2b3c4d5e6f -> b1 (billing), add invoices\n");
    }

    @Test
    void mergeOfOneRevisionIsRefused() {
        new Service(dir).linear();

        Cli.in(dir).run("merge", "-m", "nothing", "heads").failedWith("Nothing to merge: only " + C + " given; merge"
                + " needs two or more revisions (use 'heads' to merge all heads)");
    }
}
