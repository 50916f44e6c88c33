package dev.strata.cli;

import dev.strata.MigrationListener;
import dev.strata.RevisionInfo;
import dev.strata.Strata;
import dev.strata.StrataException;
import dev.strata.format.AlembicFormat;
import dev.strata.tooling.ConnectionSettings;
import dev.strata.tooling.ExplicitOptions;
import dev.strata.tooling.MissingDatabase;
import dev.strata.tooling.Secrets;
import dev.strata.tooling.ToolSettings;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code strata [global options] <command>}: the global options, the subcommands, and what every command
 * needs from them (the resolved settings, the engine, the output streams). Global options may also follow
 * the command ({@code strata upgrade head --url ...}).
 */
@Command(name = "strata",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        abbreviateSynopsis = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        synopsisSubcommandLabel = "COMMAND",
        description = {
            "Alembic's migration workflow for PostgreSQL on the JVM: revision files that form a graph, upgrade "
                    + "and downgrade to any target, and where the database stands in that graph."},
        subcommands = {
            RevisionCommand.class,
            UpgradeCommand.class,
            DowngradeCommand.class,
            CurrentCommand.class,
            HistoryCommand.class,
            HeadsCommand.class,
            BranchesCommand.class,
            ShowCommand.class,
            MergeCommand.class,
            StampCommand.class,
            CheckCommand.class,
            VerifyCommand.class,
            LintCommand.class},
        commandListHeading = "%nCommands:%n",
        footerHeading = "%n",
        footer = {
            "Database, first found wins: --url (with --user, --password); DATABASE_URL; the service folder's "
                    + "src/main/resources/application.yml, .yaml or .properties: strata.url, user and password, "
                    + "then spring.datasource.url, username and password, then spring.r2dbc.url, username and "
                    + "password.",
            "Revisions: --location; strata.locations; classpath:db/revisions. classpath:x is read from "
                    + "<dir>/src/main/resources/x, then from <dir>/target/classes/x (Java revisions, once compiled). "
                    + "Also read from the configuration: strata.schema, "
                    + "strata.version-table, strata.history-table, strata.transaction-mode, strata.lock.timeout, "
                    + "strata.validate-checksums.",
            "",
            "Exit codes: 0 done, 1 failed (one line on stderr starting with FAILED:), 2 bad usage.",
            "",
            "strata COMMAND --help describes a command. Guide: docs/cli.md"})
final class StrataCommand {

    @Option(names = "--url", paramLabel = "URL", scope = ScopeType.INHERIT, order = 1,
            description = "Database URL: postgresql://user:password@host:5432/db, postgres://... or"
                    + " jdbc:postgresql://host:5432/db?user=...&password=... Default: DATABASE_URL, then the"
                    + " service's configuration (see strata --help).")
    String url;

    @Option(names = "--user", paramLabel = "USER", scope = ScopeType.INHERIT, order = 2,
            description = "Database user, overriding the one the URL names.")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", scope = ScopeType.INHERIT, order = 3,
            description = "Database password, overriding the one the URL names. Prefer DATABASE_URL or the "
                    + "service's configuration: a command line is visible to other users of the machine.")
    String password;

    @Option(names = "--location", paramLabel = "LOCATION", scope = ScopeType.INHERIT, order = 4,
            description = "Where revisions live: a folder (relative to --dir) or classpath:PATH. Repeatable. "
                    + "Default: strata.locations, else classpath:db/revisions.")
    List<String> locations = new ArrayList<>();

    @Option(names = "--schema", paramLabel = "SCHEMA", scope = ScopeType.INHERIT, order = 5,
            description = "Schema of the version and history tables (default: strata.schema, else the"
                    + " session's search path).")
    String schema;

    @Option(names = "--version-table", paramLabel = "TABLE", scope = ScopeType.INHERIT, order = 6,
            description = "Version table (default: strata.version-table, else strata_version; alembic_version to"
                    + " share a database with Alembic).")
    String versionTable;

    @Option(names = "--history-table", paramLabel = "TABLE", scope = ScopeType.INHERIT, order = 7,
            description = "History table (default: strata.history-table, else strata_history).")
    String historyTable;

    @Option(names = "--dir", paramLabel = "DIR", scope = ScopeType.INHERIT, order = 8, defaultValue = ".",
            description = "The service folder whose configuration and revisions to use (default: the current"
                    + " folder).")
    Path dir;

    @Option(names = "--datasource", paramLabel = "NAME", scope = ScopeType.INHERIT, order = 9,
            description = "One of several datasources of the service: settings from strata.datasources.NAME.* over"
                    + " strata.*, URL from strata.datasources.NAME.url (or --url, DATABASE_URL).")
    String datasource;

    @Option(names = "--create-database", scope = ScopeType.INHERIT, order = 10,
            description = "Create the database the URL names when the server does not have it yet (as the same user,"
                    + " who needs CREATEDB): one server, a database per service.")
    boolean createDatabase;

    @Option(names = "--json", scope = ScopeType.INHERIT, order = 11,
            description = "Print JSON for scripts instead of text (no progress lines).")
    boolean json;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, order = 12,
            description = "Long output: full entries for current, history, heads, branches.")
    boolean verbose;

    @Option(names = "--debug", scope = ScopeType.INHERIT, order = 13,
            description = "On failure, print the stack trace too; log the engine's steps and the settings used.")
    boolean debug;

    @Spec
    CommandSpec spec;

    private ToolSettings settings;

    /** The command line with Strata's error handling: one FAILED line and exit 1, or usage and exit 2. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new StrataCommand());
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        HelpSections.apply(commandLine);
        return commandLine;
    }

    /** The settings, resolved once from the options, the environment and the service folder. */
    ToolSettings settings() {
        if (settings == null) {
            if (!Files.isDirectory(dir)) {
                throw new StrataException("The service folder " + dir.toAbsolutePath().normalize() + " (--dir) does"
                        + " not exist or is not a folder");
            }
            if (debug) {
                // Read by slf4j-simple when the engine creates its first logger, which is after this.
                System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
            }
            settings = ToolSettings.resolve(explicitOptions(), System.getenv(), dir, "--url");
            if (debug) {
                err().println("debug: service folder " + settings.serviceDir());
                err().println("debug: database " + settings.connection().map(ConnectionSettings::redacted)
                        .orElse("(none)"));
                err().println("debug: locations " + settings.resolvedLocations());
                err().println("debug: version table " + settings.versionTable() + ", history table "
                        + settings.historyTable() + ", schema " + (settings.schema() == null ? "(search path)"
                        : settings.schema()) + ", transaction mode " + settings.transactionMode() + ", lock timeout "
                        + settings.lockTimeout() + ", checksums " + settings.checksumPolicy());
            }
        }
        return settings;
    }

    /** The engine, without a listener. */
    Strata strata() {
        return strata(new MigrationListener() { });
    }

    /** The engine, with a listener for the steps of a run. */
    Strata strata(MigrationListener listener) {
        if (createDatabase) {
            settings().connection().filter(MissingDatabase::create)
                    .ifPresent(created -> err().println("Created database " + created.redacted()));
        }
        return settings().load(StrataCommand.class.getClassLoader(), listener, System.getProperty("user.name"));
    }

    /** For commands that always need a database: a clear message when none is configured. */
    void requireDatabase() {
        if (settings().connection().isEmpty()) {
            throw new StrataException("No database is configured: give --url, set DATABASE_URL, or set "
                    + settings().configuredUrlKey() + " in " + settings().serviceDir()
                    + "/src/main/resources/application.yml");
        }
    }

    /** The secrets this run knows of (passwords from options, the environment and the settings), for scrubbing. */
    List<String> secrets() {
        return Secrets.known(explicitOptions(), System.getenv(),
                settings == null ? Optional.empty() : settings.connection());
    }

    private ExplicitOptions explicitOptions() {
        return new ExplicitOptions(url, user, password, locations, schema, versionTable, historyTable, datasource);
    }

    boolean json() {
        return json;
    }

    boolean verbose() {
        return verbose;
    }

    boolean debug() {
        return debug;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Prints text that already ends with a newline (or nothing), as AlembicFormat returns it. */
    void print(String text) {
        out().print(text);
        out().flush();
    }

    /** Prints revisions for {@code current}, {@code history}, ...: as {@code text} renders them, or as JSON. */
    void printRevisions(List<RevisionInfo> revisions, Function<List<RevisionInfo>, String> text) {
        if (json) {
            printJson(AlembicFormat.json(revisions));
        } else {
            print(text.apply(revisions));
        }
    }

    /** Prints one JSON document on its own line. */
    void printJson(String json) {
        out().println(json);
    }
}
