package dev.strata.cli;

import static dev.strata.cli.Service.Ids.A;
import static dev.strata.cli.Service.Ids.B;
import static dev.strata.cli.Service.Ids.C;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code current}, {@code history}, {@code heads} and {@code show}: Alembic's text, the long form, JSON. */
@ExtendWith(PostgresExtension.class)
class ReadCommandsIT {

    @TempDir
    Path dir;

    private Service service;

    @BeforeEach
    void revisions() {
        service = new Service(dir).linear();
    }

    @Test
    void currentShowsWhereTheDatabaseIs(TestDatabase db) {
        Cli cli = Cli.in(dir).withEnv("DATABASE_URL", Database.url(db));
        assertThat(cli.run("current").succeeded().stdout()).isEmpty();
        cli.run("upgrade", "+2").succeeded();

        assertThat(cli.run("current").succeeded().stdout()).isEqualTo(B + "\n");
        assertThat(cli.run("current", "-v").succeeded().stdout()).isEqualTo(longForm(B, "", A, "create orders",
                "1a9f8e7d6c5b_create_orders.sql"));

        cli.run("upgrade").succeeded();
        assertThat(cli.run("current").succeeded().stdout()).isEqualTo(C + " (head)\n");
        String headLongForm = longForm(C, " (head)", B, "add email column", "3f2a9c1b7d4e_add_email_column.sql");
        assertThat(cli.run("show", "current").succeeded().stdout()).isEqualTo(headLongForm);
        assertThat(cli.run("show", "heads").succeeded().stdout()).isEqualTo(headLongForm);
        assertThat(cli.run("--json", "current").succeeded().stdout())
                .startsWith("[{\"revision\":\"" + C + "\",\"downRevisions\":[\"" + B + "\"],")
                .endsWith(",\"head\":true,\"branchPoint\":false,\"mergePoint\":false,\"nextRevisions\":[],"
                        + "\"current\":true}]\n");
    }

    @Test
    void historyListsNewestFirstAndMarksCurrent(TestDatabase db) {
        Cli cli = Cli.in(dir).withEnv("DATABASE_URL", Database.url(db));

        assertThat(cli.run("history").succeeded().stdout()).isEqualTo("""
                1a9f8e7d6c5b -> 3f2a9c1b7d4e (head), add email column
                1a2b3c4d5e6f -> 1a9f8e7d6c5b, create orders
                <base> -> 1a2b3c4d5e6f, create clients
                """);
        assertThat(cli.run("history", "-r", "1a2b:1a9f").succeeded().stdout()).isEqualTo("""
                1a2b3c4d5e6f -> 1a9f8e7d6c5b, create orders
                <base> -> 1a2b3c4d5e6f, create clients
                """);

        cli.run("upgrade", "1a2b").succeeded();
        assertThat(cli.run("history", "--indicate-current").succeeded().stdout()).isEqualTo("""
                1a9f8e7d6c5b -> 3f2a9c1b7d4e (head), add email column
                1a2b3c4d5e6f -> 1a9f8e7d6c5b, create orders
                <base> -> 1a2b3c4d5e6f (current), create clients
                """);
        assertThat(cli.run("history", "-r", "current:").succeeded().stdout()).isEqualTo("""
                1a9f8e7d6c5b -> 3f2a9c1b7d4e (head), add email column
                1a2b3c4d5e6f -> 1a9f8e7d6c5b, create orders
                <base> -> 1a2b3c4d5e6f, create clients
                """);
    }

    @Test
    void historyVerbosePrintsTheLongFormWithoutADatabase() {
        Run run = Cli.in(dir).run("history", "-v", "-r", ":1a9f").succeeded();

        assertThat(run.stdout()).isEqualTo(longForm(B, "", A, "create orders", "1a9f8e7d6c5b_create_orders.sql")
                + longForm(A, "", "<base>", "create clients", "1a2b3c4d5e6f_create_clients.sql"));
    }

    @Test
    void headsAndShowNeedNoDatabase() {
        Cli cli = Cli.in(dir);

        assertThat(cli.run("heads").succeeded().stdout()).isEqualTo(C + " (head)\n");
        assertThat(cli.run("heads", "--verbose").succeeded().stdout())
                .isEqualTo(longForm(C, " (head)", B, "add email column", "3f2a9c1b7d4e_add_email_column.sql"));
        assertThat(cli.run("show", "3f2a").succeeded().stdout())
                .isEqualTo(longForm(C, " (head)", B, "add email column", "3f2a9c1b7d4e_add_email_column.sql"));
        assertThat(cli.run("--json", "heads").succeeded().stdout()).isEqualTo("[{\"revision\":\"" + C + "\","
                + "\"downRevisions\":[\"" + B + "\"],\"branchLabels\":[],\"dependsOn\":[],\"message\":\"add email"
                + " column\",\"createDate\":\"" + Service.CREATE_DATE + "\",\"location\":\""
                + service.path("3f2a9c1b7d4e_add_email_column.sql") + "\",\"transactional\":true,\"reversible\":true,"
                + "\"checksum\":\"" + checksumOf(cli) + "\",\"head\":true,\"branchPoint\":false,\"mergePoint\":false,"
                + "\"nextRevisions\":[],\"current\":false}]\n");
    }

    /** Alembic's long form of a revision (its log_entry), as -v, show and current -v print it. */
    private String longForm(String id, String marks, String parent, String message, String file) {
        return "Rev: " + id + marks + "\n"
                + "Parent: " + parent + "\n"
                + "Path: " + service.path(file) + "\n"
                + "\n"
                + "    " + message + "\n"
                + "    \n"
                + "    Revision ID: " + id + "\n"
                + "    Revises: " + (parent.equals("<base>") ? "" : parent) + "\n"
                + "    Create Date: " + Service.CREATE_DATE + "\n"
                + "\n";
    }

    private static String checksumOf(Cli cli) {
        String json = cli.run("--json", "show", C).succeeded().stdout();
        return json.replaceAll("(?s).*\"checksum\":\"([0-9a-f]{64})\".*", "$1");
    }
}
