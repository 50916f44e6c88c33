package dev.strata.boot.autoconfigure;

import dev.strata.Strata;
import dev.strata.boot.StrataEngine;
import dev.strata.boot.StrataMigrations;
import dev.strata.boot.actuate.endpoint.GuardedDowngrade;
import dev.strata.boot.actuate.endpoint.MigrationsEndpoint;
import dev.strata.boot.actuate.endpoint.MigrationsEndpointWebExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.util.ClassUtils;

/** The Actuator endpoint {@code migrations}, with its guarded downgrade over HTTP. */
@AutoConfiguration(after = { StrataAutoConfiguration.class, StrataR2dbcAutoConfiguration.class })
@ConditionalOnClass({ Strata.class, Endpoint.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnAvailableEndpoint(MigrationsEndpoint.class)
public final class StrataEndpointAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(StrataEndpointAutoConfiguration.class);

    private static final String SPRING_SECURITY = "org.springframework.security.core.Authentication";

    @Bean
    @ConditionalOnBean(StrataMigrations.class)
    @ConditionalOnMissingBean
    MigrationsEndpoint migrationsEndpoint(StrataMigrations migrations) {
        return new MigrationsEndpoint(migrations);
    }

    @Bean
    @ConditionalOnBean(StrataMigrations.class)
    @ConditionalOnMissingBean
    GuardedDowngrade strataGuardedDowngrade(StrataMigrations migrations) {
        boolean security = ClassUtils.isPresent(SPRING_SECURITY, getClass().getClassLoader());
        if (!security) {
            for (StrataEngine engine : migrations.engines()) {
                if (engine.settings().downgrade().enabled()) {
                    LOG.warn("Strata: downgrade through /actuator/migrations is enabled for {} but Spring"
                            + " Security is not on the classpath: no role is checked, so secure the management port"
                            + " some other way", engine.describe());
                }
            }
        }
        return new GuardedDowngrade(security);
    }

    @Bean
    @ConditionalOnBean({ MigrationsEndpoint.class, GuardedDowngrade.class })
    @ConditionalOnMissingBean
    MigrationsEndpointWebExtension migrationsEndpointWebExtension(StrataMigrations migrations,
            GuardedDowngrade downgrade) {
        return new MigrationsEndpointWebExtension(migrations, downgrade);
    }
}
