package dev.strata.boot.health;

import static dev.strata.boot.Sql.dataSourceProperties;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.StrataException;
import dev.strata.boot.DefaultMigrationStrategy;
import dev.strata.boot.StrataMigrationStrategy;
import dev.strata.boot.autoconfigure.StrataAutoConfiguration;
import dev.strata.boot.autoconfigure.StrataHealthContributorAutoConfiguration;
import dev.strata.boot.autoconfigure.StrataMetricsAutoConfiguration;
import dev.strata.boot.metrics.MigrationMetrics;
import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Health {@code migrations} and the Micrometer meters, fed by the engines' step events. */
@ExtendWith(PostgresExtension.class)
class MigrationsHealthAndMetricsTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, StrataAutoConfiguration.class,
                    StrataHealthContributorAutoConfiguration.class, StrataMetricsAutoConfiguration.class))
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new);

    @Test
    void isUpWithDetailsPerDataSourceWhenEverythingIsApplied(TestDatabase db) {
        runner.withPropertyValues(dataSourceProperties(db)).run(context -> {
            Health health = context.getBean(MigrationsHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsOnlyKeys("dataSource");
            assertThat(details(health)).containsEntry("status", "UP")
                    .containsEntry("current", java.util.List.of("3c4d5e6f7a8b"))
                    .containsEntry("pending", java.util.List.of());
        });
    }

    @Test
    void isDownWhileRevisionsArePending(TestDatabase db) {
        runner.withPropertyValues(dataSourceProperties(db)).withPropertyValues("strata.run-on-startup=false")
                .run(context -> {
                    Health health = context.getBean(MigrationsHealthIndicator.class).health();
                    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                    assertThat(details(health)).containsEntry("status", "DOWN")
                            .containsEntry("pending", java.util.List.of("1a2b3c4d5e6f", "2b3c4d5e6f7a",
                                    "3c4d5e6f7a8b"));
                    assertThat(context.getBean(MeterRegistry.class).get(MigrationMetrics.PENDING)
                            .tag("datasource", "dataSource").gauge().value()).isEqualTo(3.0);
                });
    }

    @Test
    void isDownAfterAFailedStepAndCountsTheFailure(TestDatabase db) {
        StrataMigrationStrategy tolerant = engine -> {
            try {
                new DefaultMigrationStrategy().migrate(engine);
            } catch (StrataException e) {
                // A service that starts anyway: health and metrics must show it.
            }
        };
        runner.withPropertyValues(dataSourceProperties(db)).withPropertyValues("strata.locations=classpath:db/broken")
                .withBean(StrataMigrationStrategy.class, () -> tolerant).run(context -> {
                    assertThat(context).hasNotFailed();
                    Health health = context.getBean(MigrationsHealthIndicator.class).health();
                    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                    Map<String, Object> details = details(health);
                    assertThat(map(details.get("lastFailure"))).containsEntry("revision", "d00000000002")
                            .containsEntry("step", "upgrade d00000000001 -> d00000000002");
                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    assertThat(registry.get(MigrationMetrics.FAILURES).tag("datasource", "dataSource")
                            .tag("direction", "upgrade").counter().count()).isEqualTo(1.0);
                    assertThat(registry.get(MigrationMetrics.STEP).tag("datasource", "dataSource").timer().count())
                            .isEqualTo(1);
                    assertThat(registry.get(MigrationMetrics.PENDING).gauge().value()).isEqualTo(1.0);
                });
    }

    @Test
    void timesEveryStepOfTheStartupRun(TestDatabase db) {
        runner.withPropertyValues(dataSourceProperties(db)).run(context -> {
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(registry.get(MigrationMetrics.STEP).tag("datasource", "dataSource").tag("direction", "upgrade")
                    .timer().count()).isEqualTo(3);
            assertThat(registry.get(MigrationMetrics.PENDING).tag("datasource", "dataSource").gauge().value())
                    .isZero();
            assertThat(registry.find(MigrationMetrics.FAILURES).counter()).isNull();
        });
    }

    @Test
    void healthCanBeSwitchedOff(TestDatabase db) {
        runner.withPropertyValues(dataSourceProperties(db)).withPropertyValues("management.health.migrations.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(MigrationsHealthIndicator.class));
    }

    @Test
    void noMetricsWithoutAMeterRegistry(TestDatabase db) {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        StrataAutoConfiguration.class, StrataMetricsAutoConfiguration.class))
                .withPropertyValues(dataSourceProperties(db))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrationMetrics.class));
    }

    private static Map<String, Object> details(Health health) {
        return map(health.getDetails().get("dataSource"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
