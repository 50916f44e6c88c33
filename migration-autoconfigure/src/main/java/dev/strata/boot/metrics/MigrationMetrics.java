package dev.strata.boot.metrics;

import dev.strata.boot.MigrationStepEvent;
import dev.strata.boot.StrataEngine;
import dev.strata.boot.StrataMigrations;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.context.ApplicationListener;

/**
 * Micrometer meters per DataSource: {@value #PENDING} (gauge of revisions an upgrade to the target would run, read
 * from the database at each scrape), {@value #STEP} (timer of succeeded steps, by direction) and {@value #FAILURES}
 * (counter of failed steps, by direction).
 */
public class MigrationMetrics implements ApplicationListener<MigrationStepEvent> {

    public static final String PENDING = "strata.migrations.pending";
    public static final String STEP = "strata.migrations.step";
    public static final String FAILURES = "strata.migrations.failures";

    private final MeterRegistry registry;

    public MigrationMetrics(StrataMigrations migrations, MeterRegistry registry) {
        this.registry = registry;
        for (StrataEngine engine : migrations.engines()) {
            Gauge.builder(PENDING, engine, MigrationMetrics::pending).tag("datasource", engine.name())
                    .description("Revisions an upgrade to the target would run").register(registry);
        }
    }

    @Override
    public void onApplicationEvent(MigrationStepEvent event) {
        String direction = event.step().direction();
        if (event.kind() == MigrationStepEvent.Kind.SUCCEEDED) {
            Timer.builder(STEP).description("Duration of migration steps").tag("datasource", event.dataSourceName())
                    .tag("direction", direction).register(registry)
                    .record(event.duration().orElseThrow());
        } else if (event.kind() == MigrationStepEvent.Kind.FAILED) {
            Counter.builder(FAILURES).description("Failed migration steps").tag("datasource", event.dataSourceName())
                    .tag("direction", direction).register(registry).increment();
        }
    }

    private static double pending(StrataEngine engine) {
        try {
            return engine.strata().pending(engine.settings().target()).size();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
