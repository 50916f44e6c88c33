package dev.strata.boot;

import dev.strata.Strata;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Strata for one {@code DataSource} bean: the engine, the settings in force for it, and what its last run left
 * behind. Get them all from {@link StrataMigrations}.
 */
public final class StrataEngine {

    private final String name;
    private final DataSource dataSource;
    private final MigrationSettings settings;
    private final Strata strata;
    private final Function<String, Strata> engineForPrincipal;
    private final StepFailures failures;

    /**
     * @param name               the DataSource bean name
     * @param dataSource         the application's DataSource (migrations may connect differently, see
     *                           {@link MigrationSettings#hasOwnConnection()})
     * @param engineForPrincipal loads an engine like {@code strata} that records the given principal
     * @param failures           where the engine's listener notes failed steps
     */
    public StrataEngine(String name, DataSource dataSource, MigrationSettings settings,
            Function<String, Strata> engineForPrincipal, StepFailures failures) {
        this.name = Objects.requireNonNull(name, "name must not be null");
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource must not be null");
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.engineForPrincipal = Objects.requireNonNull(engineForPrincipal, "engineForPrincipal must not be null");
        this.failures = Objects.requireNonNull(failures, "failures must not be null");
        this.strata = engineForPrincipal.apply(null);
    }

    /** The DataSource bean name, which also names the engine in the endpoint, health and metrics. */
    public String name() {
        return name;
    }

    /** The application's DataSource this engine migrates. */
    public DataSource dataSource() {
        return dataSource;
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
