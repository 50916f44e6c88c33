package dev.strata.boot;

import dev.strata.MigrationListener;
import dev.strata.StrataException;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;

/** An engine's listener: turns each step into a {@link MigrationStepEvent} and notes failures. */
public final class EventPublishingListener implements MigrationListener {

    private final String dataSourceName;
    private final ApplicationEventPublisher publisher;
    private final StepFailures failures;

    public EventPublishingListener(String dataSourceName, ApplicationEventPublisher publisher, StepFailures failures) {
        this.dataSourceName = dataSourceName;
        this.publisher = publisher;
        this.failures = failures;
    }

    @Override
    public void beforeStep(StepEvent step) {
        publisher.publishEvent(MigrationStepEvent.started(dataSourceName, step));
    }

    @Override
    public void afterStep(StepEvent step, Duration duration) {
        failures.succeeded();
        publisher.publishEvent(MigrationStepEvent.succeeded(dataSourceName, step, duration));
    }

    @Override
    public void stepFailed(StepEvent step, StrataException error) {
        failures.failed(new StepFailures.Failure(step.revision(), step.description(), error.getMessage(),
                Instant.now()));
        publisher.publishEvent(MigrationStepEvent.failed(dataSourceName, step, error));
    }
}
