package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code strata revision}: writes files, needs no database. */
class RevisionCommandIT {

    private static final Pattern CREATE_DATE =
            Pattern.compile("-- create_date: \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\n");

    @TempDir
    Path dir;

    @Test
    void writesAnEmptySqlRevisionOnTopOfTheHead() throws IOException {
        Service service = new Service(dir);
        Cli cli = Cli.in(dir);

        Run first = cli.run("revision", "-m", "Create clients table", "--rev-id", "1a2b3c4d5e6f").succeeded();

        Path file = service.revisions().resolve("1a2b3c4d5e6f_create_clients_table.sql");
        assertThat(first.stdout()).isEqualTo("  Generating " + file + " ...  done\n");
        assertThat(withoutDate(Files.readString(file))).isEqualTo("""
                -- revision: 1a2b3c4d5e6f
                -- down_revision:
                -- branch_labels:
                -- depends_on:
                -- message: Create clients table

                -- migrate:upgrade


                -- migrate:downgrade
                """);

        assertThat(Files.readString(file)).as("no trailing spaces (text blocks above cannot show them)")
                .doesNotContain(" \n");

        Run second = cli.run("revision", "-m", "Add email to clients").succeeded();

        Matcher generated = Pattern
                .compile("  Generating (.*/([0-9a-f]{12})_add_email_to_clients\\.sql) \\.\\.\\.  done\n")
                .matcher(second.stdout());
        assertThat(generated.matches()).as(second.stdout()).isTrue();
        assertThat(Files.readString(Path.of(generated.group(1))))
                .startsWith("-- revision: " + generated.group(2) + "\n-- down_revision: 1a2b3c4d5e6f\n");
        assertThat(cli.run("heads").succeeded().stdout()).isEqualTo(generated.group(2) + " (head)\n");
    }

    @Test
    void takesHeadBranchLabelDependsOnAndSplice() throws IOException {
        Service service = new Service(dir).linear();
        Cli cli = Cli.in(dir);

        cli.run("revision", "-m", "billing root", "--head", "base", "--branch-label", "billing", "--rev-id",
                "b1").succeeded();
        cli.run("revision", "-m", "invoices", "--head", "billing@head", "--depends-on", "1a9f", "--depends-on",
                Service.Ids.A, "--rev-id", "b2").succeeded();
        cli.run("revision", "-m", "side branch", "--head", "1a9f", "--splice", "--rev-id", "s1").succeeded();

        assertThat(header(service, "b1_billing_root.sql"))
                .isEqualTo("-- revision: b1\n-- down_revision:\n-- branch_labels: billing\n-- depends_on:\n");
        assertThat(header(service, "b2_invoices.sql")).isEqualTo("-- revision: b2\n-- down_revision: b1\n"
                + "-- branch_labels:\n-- depends_on: " + Service.Ids.B + ", " + Service.Ids.A + "\n");
        assertThat(header(service, "s1_side_branch.sql"))
                .isEqualTo("-- revision: s1\n-- down_revision: " + Service.Ids.B + "\n-- branch_labels:\n"
                        + "-- depends_on:\n");
        assertThat(cli.run("heads").succeeded().stdout())
                .isEqualTo(Service.Ids.C + " (head)\nb2 (billing) (head)\ns1 (head)\n");
    }

    @Test
    void refusesToGuessAmongSeveralHeadsAndWritesNothing() throws IOException {
        Service service = new Service(dir).linear();
        service.revision("b1", "", "billing root", "", "");
        Cli cli = Cli.in(dir);

        cli.run("revision", "-m", "ambiguous").failedWith("Multiple heads are present (" + Service.Ids.C + ", b1);"
                + " please specify the head revision on which the new revision should be based (--head), or perform a"
                + " merge");

        try (var files = Files.list(service.revisions())) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly(
                    "1a2b3c4d5e6f_create_clients.sql", "1a9f8e7d6c5b_create_orders.sql",
                    "3f2a9c1b7d4e_add_email_column.sql", "b1_billing_root.sql");
        }
    }

    @Test
    void refusesANonHeadWithoutSplice() {
        new Service(dir).linear();

        Cli.in(dir).run("revision", "-m", "x", "--head", Service.Ids.A).failedWith("Revision " + Service.Ids.A
                + " is not a head revision; please specify --splice to create a new branch from this revision");
    }

    @Test
    void printsTheNewRevisionAsJson() {
        Service service = new Service(dir).linear();

        Run run = Cli.in(dir).run("--json", "revision", "-m", "Add phone", "--rev-id", "d4").succeeded();

        String path = service.path("d4_add_phone.sql");
        assertThat(run.stdout().replaceAll("\"createDate\":\"[^\"]*\"", "\"createDate\":\"D\"")
                .replaceAll("\"checksum\":\"[0-9a-f]{64}\"", "\"checksum\":\"C\""))
                .isEqualTo("{\"command\":\"revision\",\"path\":\"" + path + "\",\"revision\":{\"revision\":\"d4\","
                        + "\"downRevisions\":[\"" + Service.Ids.C + "\"],\"branchLabels\":[],\"dependsOn\":[],"
                        + "\"message\":\"Add phone\",\"createDate\":\"D\",\"location\":\"" + path + "\","
                        + "\"transactional\":true,\"reversible\":true,\"checksum\":\"C\",\"head\":true,"
                        + "\"branchPoint\":false,\"mergePoint\":false,\"nextRevisions\":[],\"current\":false}}\n");
    }

    @Test
    void writesIntoTheFirstLocationGiven() {
        Run run = Cli.in(dir).run("--location", "sql/revisions", "revision", "-m", "first", "--rev-id", "f1")
                .succeeded();

        Path file = dir.resolve("sql/revisions/f1_first.sql").toAbsolutePath().normalize();
        assertThat(run.stdout()).isEqualTo("  Generating " + file + " ...  done\n");
        assertThat(file).exists();
    }

    private static String withoutDate(String text) {
        Matcher date = CREATE_DATE.matcher(text);
        assertThat(date.find()).as(text).isTrue();
        return date.replaceFirst("").replace(" \n", "\n");
    }

    /** The first four header lines, with the trailing blanks of empty values dropped. */
    private static String header(Service service, String file) throws IOException {
        String text = Files.readString(service.revisions().resolve(file)).replace(" \n", "\n");
        return String.join("\n", text.lines().limit(4).toList()) + "\n";
    }
}
