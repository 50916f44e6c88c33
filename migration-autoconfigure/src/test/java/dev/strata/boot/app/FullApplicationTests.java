package dev.strata.boot.app;

import static dev.strata.boot.Sql.dataSourceProperties;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.boot.health.MigrationsHealthIndicator;
import dev.strata.boot.jpa.Customer;
import dev.strata.boot.metrics.MigrationMetrics;
import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole application with every auto-configuration on this module's test classpath (JPA, Actuator, Micrometer,
 * Spring Security): the startup run's step events reach the meters without creating the meter registry, and
 * with it Hibernate's metrics, before the schema exists.
 */
@ExtendWith(PostgresExtension.class)
class FullApplicationTests {

    @Test
    void startsWithJpaValidatingAndMetricsRecordingTheStartupRun(TestDatabase db) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Service.class)
                .web(WebApplicationType.NONE).properties(dataSourceProperties(db))
                .properties("spring.jpa.hibernate.ddl-auto=validate").run()) {
            assertThat(context.getBean(EntityManagerFactory.class)).isNotNull();
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(registry.get(MigrationMetrics.STEP).tag("datasource", "dataSource").timer().count())
                    .isEqualTo(3);
            assertThat(context.getBean(MigrationsHealthIndicator.class).health().getStatus()).isEqualTo(Status.UP);
        }
    }

    @SpringBootApplication
    @EntityScan(basePackageClasses = Customer.class)
    static class Service {
    }
}
