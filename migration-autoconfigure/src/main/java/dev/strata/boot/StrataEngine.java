package dev.strata.boot;

import dev.strata.Strata;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Strata for one connection bean of the application, a {@code DataSource} or, in a reactive application, an R2DBC
 * {@code ConnectionFactory}: the engine, the settings in force for it, and what its last run left behind. Get
 * them all from {@link StrataMigrations}.
 */
public final class StrataEngine {

    private final String name;
    private final Object connectionSource;
    private final MigrationSettings settings;
    private final Strata strata;
    private final Function<String, Strata> engineForPrincipal;
    private final StepFailures failures;

    /**
     * @param name               the bean name of the DataSource or ConnectionFactory
     * @param connectionSource   the application's DataSource or R2DBC ConnectionFactory (migrations may connect
     *                           differently, see {@link MigrationSettings#hasOwnConnection()})
     * @param engineForPrincipal loads an engine like {@code strata} that records the given principal
     * @param failures           where the engine's listener notes failed steps
     */
    public StrataEngine(String name, Object connectionSource, MigrationSettings settings,
            Function<String, Strata> engineForPrincipal, StepFailures failures) {
        this.name = Objects.requireNonNull(name, "name must not be null");
        this.connectionSource = Objects.requireNonNull(connectionSource, "connectionSource must not be null");
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.engineForPrincipal = Objects.requireNonNull(engineForPrincipal, "engineForPrincipal must not be null");
        this.failures = Objects.requireNonNull(failures, "failures must not be null");
        this.strata = engineForPrincipal.apply(null);
    }

    /** The bean name, which also names the engine in the endpoint, health and metrics. */
    public String name() {
        return name;
    }

    /** The application's DataSource or R2DBC ConnectionFactory that this engine migrates. */
    public Object connectionSource() {
        return connectionSource;
    }

    /** The application's DataSource this engine migrates; empty when it migrates an R2DBC ConnectionFactory. */
    public Optional<DataSource> dataSource() {
        return connectionSource instanceof DataSource dataSource ? Optional.of(dataSource) : Optional.empty();
    }

    /** The engine's bean for people: {@code DataSource 'orders'} or {@code ConnectionFactory 'orders'}. */
    public String describe() {
        return (connectionSource instanceof DataSource ? "DataSource" : "ConnectionFactory") + " '" + name + "'";
    }

    public MigrationSettings settings() {
        return settings;
    }

    /** The engine: {@code upgrade}, {@code current}, {@code pending}, {@code history} and the rest. */
    public Strata strata() {
        return strata;
    }

    /**
     * An engine like {@link #strata()} that writes {@code principal} to the history table beside the database
     * user: for runs on behalf of someone (the Actuator endpoint). It reads the revisions again.
     */
    public Strata strataFor(String principal) {
        return engineForPrincipal.apply(principal);
    }

    /** The last step that failed, unless a step succeeded since. */
    public Optional<StepFailures.Failure> lastFailure() {
        return failures.last();
    }

    @Override
    public String toString() {
        return "StrataEngine[" + name + "]";
    }
}
