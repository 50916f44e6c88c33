package dev.strata.maven;

import dev.strata.MigrationListener;
import dev.strata.MigrationResult;
import dev.strata.Strata;
import dev.strata.StrataException;
import dev.strata.autogenerate.Autogenerate;
import dev.strata.tooling.EntityModel;
import dev.strata.tooling.RunText;
import dev.strata.tooling.ToolSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * What a goal works with in one module: the settings resolved for it, what its revision locations see besides the
 * module's own folders (its compile classpath), its engine and its log.
 */
final class GoalContext {

    private final ToolSettings settings;
    private final ServiceModule module;
    private final ClassLoader compileClasspath;
    private final ModuleLog log;

    GoalContext(ToolSettings settings, ServiceModule module, ClassLoader compileClasspath, ModuleLog log) {
        this.settings = settings;
        this.module = module;
        this.compileClasspath = compileClasspath;
        this.log = log;
    }

    /** The engine for commands that report: the graph, and the database when one is configured. */
    Strata strata() {
        return strata(new MigrationListener() { });
    }

    /**
     * Runs a command that changes the database ({@code upgrade}, {@code downgrade}, {@code stamp}): a line per
     * step as it runs, then the summary line.
     */
    void migrate(Function<Strata, MigrationResult> command) {
        requireDatabase();
        Strata strata = strata(new ProgressLog(log));
        long started = System.nanoTime();
        MigrationResult result = command.apply(strata);
        log.line(RunText.summary(result, strata.graph(), Duration.ofNanos(System.nanoTime() - started)));
    }

    /**
     * {@code -Dstrata.sql}: the script, in the log or, when {@code file} is given, in that file (relative to the
     * module); nothing touches the database.
     */
    void offline(Function<Strata, String> script, String file) {
        String sql = script.apply(strata());
        if (file == null || file.isBlank()) {
            log.text(sql);
            return;
        }
        Path target = module.directory().resolve(file).toAbsolutePath().normalize();
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, sql, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StrataException("Cannot write the SQL script to " + target + ": " + e.getMessage(), e);
        }
        log.line("Wrote " + target);
    }

    /** For {@code current}: a clear message instead of the engine's generic one when no database is configured. */
    void requireDatabase() {
        if (settings.connection().isEmpty()) {
            throw new StrataException("No database is configured for " + module.name() + ": set DATABASE_URL, give"
                    + " -Dstrata.url, or set " + settings.configuredUrlKey() + " in " + module.directory()
                    + "/src/main/resources/application.yml");
        }
    }

    /**
     * The comparison of the module's entities (its compiled classes) with its revisions, on its database when
     * one is configured, else on an embedded PostgreSQL.
     */
    Autogenerate autogenerate(List<String> entityPackages, boolean compareServerDefaults) {
        return EntityModel.comparison(settings, strata(), EntityModel.resolve(module.directory(), System.getenv(),
                entityPackages, List.of(module.classesDirectory()), compileClasspath), compareServerDefaults);
    }

    /** The folder new revision files go to: the module's first revision location. */
    Path revisionDirectory() {
        return settings.revisionDirectory();
    }

    ModuleLog log() {
        return log;
    }

    private Strata strata(MigrationListener listener) {
        return settings.load(compileClasspath, listener, System.getProperty("user.name"));
    }
}
