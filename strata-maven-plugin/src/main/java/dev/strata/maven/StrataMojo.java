package dev.strata.maven;

import dev.strata.StrataException;
import dev.strata.tooling.ConnectionSettings;
import dev.strata.tooling.ExplicitOptions;
import dev.strata.tooling.Secrets;
import dev.strata.tooling.ToolSettings;
import java.io.IOException;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: the connection and location parameters, the module check, and Strata's errors as
 * build failures of one line. A goal only says what to ask the engine and what to print.
 *
 * <p>The database URL and password are read from the {@code strata.url} and {@code strata.password} properties
 * ({@code -D} or {@code MAVEN_OPTS}) instead of being injected: Maven's debug log ({@code -X}) prints the value
 * of every injected parameter, and a password must never reach a log. For the same reason they cannot be set
 * in a POM; {@code DATABASE_URL} or the module's {@code application.yml} are the places for them.
 */
abstract class StrataMojo extends AbstractMojo {

    static final String URL_PROPERTY = "strata.url";
    static final String PASSWORD_PROPERTY = "strata.password";

    /** Database user, overriding the one the URL (wherever it came from) names. */
    @Parameter(property = "strata.user")
    private String user;

    /**
     * Where the revisions are, comma-separated: folders (relative to the module) or {@code classpath:x} (the
     * module's {@code src/main/resources/x}, then its compiled {@code target/classes/x}, for Java revisions).
     * Default: {@code strata.locations} of the module's configuration, else {@code classpath:db/revisions}.
     */
    @Parameter(property = "strata.locations")
    private List<String> locations;

    /** Schema of the version and history tables (default: the module's configuration, else the search path). */
    @Parameter(property = "strata.schema")
    private String schema;

    /**
     * Version table (default: the module's configuration, else {@code strata_version}); {@code alembic_version}
     * shares a database with Alembic.
     */
    @Parameter(property = "strata.versionTable")
    private String versionTable;

    /** History (audit) table (default: the module's configuration, else {@code strata_history}). */
    @Parameter(property = "strata.historyTable")
    private String historyTable;

    /**
     * One of several datasources of the service (a bean name): its settings come from
     * {@code strata.datasources.<name>.*} over {@code strata.*}, its URL from {@code strata.datasources.<name>.url}
     * (or {@code -Dstrata.url}, {@code DATABASE_URL}). Default: the service's main datasource.
     */
    @Parameter(property = "strata.datasource")
    private String datasource;

    /** Skips the goal. */
    @Parameter(property = "strata.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        ModuleLog log = new ModuleLog(getLog());
        if (!ServiceModule.declaresPlugin(project, mojoExecution.getGroupId(), mojoExecution.getArtifactId())) {
            log.skipped(project.getArtifactId() + " does not declare " + mojoExecution.getArtifactId()
                    + " in its build: skipped", session.getProjects().size() > 1);
            return;
        }
        if (skip) {
            log.line("Skipping strata:" + mojoExecution.getGoal() + " in " + project.getArtifactId()
                    + " (strata.skip)");
            return;
        }
        ServiceModule module = new ServiceModule(project);
        log.header(mojoExecution.getGoal(), module.name());
        ExplicitOptions explicit = explicitOptions();
        Optional<ConnectionSettings> connection = Optional.empty();
        try (URLClassLoader compileClasspath = module.compileClasspath()) {
            ToolSettings settings = ToolSettings.resolve(explicit, System.getenv(), module.directory(),
                    "-D" + URL_PROPERTY);
            connection = settings.connection();
            getLog().debug("Strata settings: database " + connection.map(ConnectionSettings::redacted)
                    .orElse("(none)") + "; locations " + settings.resolvedLocations() + "; version table "
                    + settings.versionTable() + "; history table " + settings.historyTable() + "; schema "
                    + settings.schema());
            run(new GoalContext(settings, module, compileClasspath, log));
        } catch (StrataException e) {
            throw BuildFailure.of(e, Secrets.known(explicit, System.getenv(), connection));
        } catch (RuntimeException e) {
            throw BuildFailure.unexpected(e, Secrets.known(explicit, System.getenv(), connection));
        } catch (IOException e) {
            // Closing the class loader: the goal is done, and its jars are released when Maven ends anyway.
            getLog().debug("Cannot close the compile classpath of " + module.name() + ": " + e.getMessage());
        }
    }

    /** Runs the goal in one service module. */
    abstract void run(GoalContext context);

    private ExplicitOptions explicitOptions() {
        return new ExplicitOptions(property(URL_PROPERTY), user, property(PASSWORD_PROPERTY), locations, schema,
                versionTable, historyTable, datasource);
    }

    /** A {@code -D} property, else a system property ({@code MAVEN_OPTS}). */
    private String property(String name) {
        Properties given = session.getUserProperties();
        return given.containsKey(name) ? given.getProperty(name) : session.getSystemProperties().getProperty(name);
    }
}
