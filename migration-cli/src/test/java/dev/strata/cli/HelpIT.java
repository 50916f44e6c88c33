package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --help} for strata and every command, {@code --version}, and {@code bin/strata}. */
class HelpIT {

    /** Each command and the Alembic command its help names. */
    private static final Map<String, String> ALEMBIC = Map.ofEntries(
            Map.entry("revision", "Alembic: alembic revision -m MESSAGE [--autogenerate]"),
            Map.entry("upgrade", "Alembic: alembic upgrade TARGET, alembic upgrade --sql FROM:TO"),
            Map.entry("downgrade", "Alembic: alembic downgrade TARGET, alembic downgrade --sql FROM:TO"),
            Map.entry("current", "Alembic: alembic current [-v]"),
            Map.entry("history", "Alembic: alembic history [-r RANGE] [-i] [-v]"),
            Map.entry("heads", "Alembic: alembic heads [-v]"),
            Map.entry("branches", "Alembic: alembic branches [-v]"),
            Map.entry("show", "Alembic: alembic show REV"),
            Map.entry("merge", "Alembic: alembic merge -m MESSAGE heads"),
            Map.entry("stamp", "Alembic: alembic stamp REV [--purge]"),
            Map.entry("check", "Alembic: alembic check"),
            Map.entry("verify", "Alembic: none (no alembic command does this)"),
            Map.entry("lint", "Alembic: no equivalent (Strata only; in the spirit of squawk and strong_migrations)"));

    private static final List<String> GLOBAL_OPTIONS = List.of("--url=URL", "--user=USER", "--password=PASSWORD",
            "--location=LOCATION", "--schema=SCHEMA", "--version-table=TABLE", "--history-table=TABLE", "--dir=DIR",
            "--json", "-v, --verbose", "--debug");

    @TempDir
    Path dir;

    @Test
    void strataHelpListsEveryCommandOptionSettingSourceAndExitCode() {
        Run run = Cli.in(dir).run("--help").succeeded();

        assertThat(run.stdout()).startsWith("Usage: strata [OPTIONS] COMMAND\n")
                .contains(GLOBAL_OPTIONS)
                .contains("  revision   Create a new SQL revision file (--autogenerate: from the entities).\n",
                        "  upgrade    Upgrade the database to TARGET (default: heads).\n",
                        "  downgrade  Downgrade the database to TARGET.\n",
                        "  current    Show the revisions the database is at.\n",
                        "  history    List revisions, newest first.\n",
                        "  heads      Show the heads of the revision graph.\n",
                        "  branches   Show the branch points of the revision graph.\n",
                        "  show       Show one revision in full.\n",
                        "  merge      Write a merge revision that joins branches.\n",
                        "  stamp      Set the version table to REV without running revisions.\n",
                        "  check      Compare the entities with the revisions; exit 1 if they differ.\n",
                        "  verify     Run every revision up, down and up again on a scratch database; exit 1 if one"
                                + " fails.\n"
                        + "  lint       Report operations dangerous on a live database; exit 1 if any.\n")
                .contains("Database, first found wins: --url (with --user, --password); DATABASE_URL;")
                .contains("Exit codes: 0 done, 1 failed (one line on stderr starting with FAILED:), 2 bad usage.");
    }

    @Test
    void everyCommandsHelpNamesItsAlembicCommandAndItsOptions() {
        for (Map.Entry<String, String> command : ALEMBIC.entrySet()) {
            Run run = Cli.in(dir).run(command.getKey(), "--help").succeeded();

            assertThat(run.stdout()).as(command.getKey())
                    .startsWith("Usage: strata " + command.getKey() + " [OPTIONS]")
                    .contains(command.getValue() + "\n")
                    .contains("Global options (also accepted before the command):\n")
                    .contains(GLOBAL_OPTIONS);
        }
        assertThat(Cli.in(dir).run("revision", "-h").succeeded().stdout()).contains("-m, --message=MESSAGE",
                "--head=REV", "--branch-label=LABEL", "--depends-on=REV", "--rev-id=ID", "--splice", "--autogenerate",
                "--entity-package=PACKAGE", "--classes=DIR|JAR", "--classpath=PATH", "--compare-server-defaults");
        assertThat(Cli.in(dir).run("check", "-h").succeeded().stdout()).contains("--entity-package=PACKAGE",
                "--classes=DIR|JAR", "--compare-server-defaults");
        assertThat(Cli.in(dir).run("history", "-h").succeeded().stdout()).contains("-r, --rev-range=RANGE",
                "-i, --indicate-current");
        assertThat(Cli.in(dir).run("merge", "-h").succeeded().stdout()).contains("-m, --message=MESSAGE",
                "--branch-label=LABEL", "--rev-id=ID", "REV...");
        assertThat(Cli.in(dir).run("stamp", "-h").succeeded().stdout()).contains("--purge", "REV...");
        assertThat(Cli.in(dir).run("downgrade", "-h").succeeded().stdout()).contains("--sql", "TARGET");
    }

    @Test
    void versionNamesTheBuild() {
        assertThat(Cli.in(dir).run("--version").succeeded().stdout()).startsWith("strata 0.1.0-SNAPSHOT\nJava ");
    }

    @Test
    void binStrataRunsTheJar() {
        Path script = Path.of("../bin/strata").toAbsolutePath().normalize();
        assertThat(script).isExecutable();
        new Service(dir).linear();

        Run run = Cli.in(dir).exec(List.of("sh", script.toString(), "heads")).succeeded();

        assertThat(run.stdout()).isEqualTo(Service.Ids.C + " (head)\n");
        assertThat(Files.isRegularFile(Cli.JAR)).isTrue();
    }
}
