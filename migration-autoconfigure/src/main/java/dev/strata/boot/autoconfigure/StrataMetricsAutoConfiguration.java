package dev.strata.boot.autoconfigure;

import dev.strata.Strata;
import dev.strata.boot.StrataMigrations;
import dev.strata.boot.metrics.MigrationMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** Micrometer meters for every engine, when the application has a {@link MeterRegistry}. */
@AutoConfiguration(after = { StrataAutoConfiguration.class, StrataR2dbcAutoConfiguration.class },
        afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass({ Strata.class, MeterRegistry.class })
@ConditionalOnBean({ StrataMigrations.class, MeterRegistry.class })
public final class StrataMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MigrationMetrics strataMigrationMetrics(StrataMigrations migrations, MeterRegistry registry) {
        return new MigrationMetrics(migrations, registry);
    }
}
