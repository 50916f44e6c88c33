package dev.strata.boot.autoconfigure;

import dev.strata.Strata;
import dev.strata.boot.StrataMigrations;
import dev.strata.boot.health.MigrationsHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/** The health contributor {@code migrations} ({@code management.health.migrations.enabled} turns it off). */
@AutoConfiguration(after = { StrataAutoConfiguration.class, StrataR2dbcAutoConfiguration.class })
@ConditionalOnClass({ Strata.class, HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(StrataMigrations.class)
@ConditionalOnEnabledHealthIndicator("migrations")
public final class StrataHealthContributorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "migrationsHealthIndicator")
    MigrationsHealthIndicator migrationsHealthIndicator(StrataMigrations migrations) {
        return new MigrationsHealthIndicator(migrations);
    }
}
