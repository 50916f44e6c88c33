package dev.strata.boot.autoconfigure;

import dev.strata.Strata;
import dev.strata.boot.DefaultMigrationStrategy;
import dev.strata.boot.StrataConfigurationCustomizer;
import dev.strata.boot.StrataMigrationStrategy;
import dev.strata.boot.StrataMigrations;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Strata for every {@code DataSource} bean: one engine each ({@link StrataMigrations}), upgraded while the
 * application starts and before anything that uses the schema. Reactive applications without a DataSource get
 * theirs from {@link StrataR2dbcAutoConfiguration}.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(value = Strata.class, name = "org.springframework.boot.jdbc.DataSourceBuilder")
@ConditionalOnBean(DataSource.class)
@ConditionalOnBooleanProperty(name = "strata.enabled", matchIfMissing = true)
@EnableConfigurationProperties(StrataProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class StrataAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(StrataAutoConfiguration.class);

    private static final Set<String> SCHEMA_CHANGING_DDL = Set.of("create", "create-drop", "update");

    @Bean
    @ConditionalOnMissingBean
    StrataMigrations strataMigrations(StrataProperties properties, Map<String, DataSource> dataSources,
            ResourceLoader resourceLoader, ObjectProvider<StrataConfigurationCustomizer> customizers,
            ApplicationEventPublisher publisher) {
        return new StrataEngineFactory(properties, resourceLoader.getClassLoader(),
                customizers.orderedStream().toList(), publisher)
                .create(dataSources, new JdbcConnections(resourceLoader.getClassLoader()));
    }

    @Bean
    @ConditionalOnMissingBean
    StrataMigrationInitializer strataMigrationInitializer(StrataMigrations migrations,
            ObjectProvider<StrataMigrationStrategy> strategy, Environment environment) {
        String ddlAuto = environment.getProperty("spring.jpa.hibernate.ddl-auto", "none");
        if (!migrations.engines().isEmpty() && SCHEMA_CHANGING_DDL.contains(ddlAuto)) {
            LOG.warn("Strata: spring.jpa.hibernate.ddl-auto is '{}', so Hibernate changes tables that Strata's"
                    + " revisions own. Use 'validate' or 'none' and put schema changes in revisions", ddlAuto);
        }
        return new StrataMigrationInitializer(migrations, strategy.getIfAvailable(DefaultMigrationStrategy::new));
    }

    @Bean
    StrataSchemaManagementProvider strataSchemaManagementProvider(ObjectProvider<StrataMigrations> migrations) {
        return new StrataSchemaManagementProvider(migrations);
    }
}
