package dev.strata.boot;

import dev.strata.MigrationListener.StepEvent;
import dev.strata.StrataException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.context.ApplicationEvent;

/**
 * Published for each step of a run, on any engine: when it starts, when it succeeds, when it fails. Steps of the
 * startup run happen while the context is created, so they reach {@code ApplicationListener} beans but not
 * {@code @EventListener} methods, which Spring registers only once every bean exists.
 */
public final class MigrationStepEvent extends ApplicationEvent {

    private static final long serialVersionUID = 1L;

    /** Where the step is. */
    public enum Kind {
        STARTED, SUCCEEDED, FAILED
    }

    private final String dataSourceName;
    private final Kind kind;
    private final transient StepEvent step;
    private final Duration duration;
    private final transient StrataException error;

    private MigrationStepEvent(String dataSourceName, Kind kind, StepEvent step, Duration duration,
            StrataException error) {
        super(dataSourceName);
        this.dataSourceName = dataSourceName;
        this.kind = kind;
        this.step = step;
        this.duration = duration;
        this.error = error;
    }

    public static MigrationStepEvent started(String dataSourceName, StepEvent step) {
        return new MigrationStepEvent(dataSourceName, Kind.STARTED, step, null, null);
    }

    public static MigrationStepEvent succeeded(String dataSourceName, StepEvent step, Duration duration) {
        return new MigrationStepEvent(dataSourceName, Kind.SUCCEEDED, step, duration, null);
    }

    public static MigrationStepEvent failed(String dataSourceName, StepEvent step, StrataException error) {
        return new MigrationStepEvent(dataSourceName, Kind.FAILED, step, null, error);
    }

    /** The DataSource bean whose database the step ran on. */
    public String dataSourceName() {
        return dataSourceName;
    }

    public Kind kind() {
        return kind;
    }

    /** The step: revision, direction, Alembic's description, its place in the run. */
    public StepEvent step() {
        return step;
    }

    /** How long a succeeded step took. */
    public Optional<Duration> duration() {
        return Optional.ofNullable(duration);
    }

    /** Why a failed step failed. */
    public Optional<StrataException> error() {
        return Optional.ofNullable(error);
    }

    @Override
    public String toString() {
        return "MigrationStepEvent[" + dataSourceName + ", " + kind + ", " + step.description() + "]";
    }
}
