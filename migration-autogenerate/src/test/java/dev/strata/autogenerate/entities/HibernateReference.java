package dev.strata.autogenerate.entities;

import dev.strata.test.TestDatabase;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.springframework.boot.hibernate.SpringImplicitNamingStrategy;

/**
 * Creates a schema the way a running service does, for the code under test to be held against: Hibernate boots
 * on a live connection (dialect and version detected from the server, JDBC metadata allowed), with Spring Boot's
 * own naming strategy classes, and its {@code SessionFactory} creates the schema ({@code hbm2ddl.auto=create-only},
 * as {@code spring.jpa.hibernate.ddl-auto=create} would minus the drops), halting on the first error. Nothing of
 * the code under test takes part.
 */
public final class HibernateReference {

    private HibernateReference() {
    }

    /** As a Spring Boot service with the given {@code spring.jpa.properties}. */
    public static void createSpringBootSchema(TestDatabase database, ScannedEntities entities, ClassLoader loader,
            Map<String, Object> properties) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put(AvailableSettings.IMPLICIT_NAMING_STRATEGY, new SpringImplicitNamingStrategy());
        settings.put(AvailableSettings.PHYSICAL_NAMING_STRATEGY, new PhysicalNamingStrategySnakeCaseImpl());
        settings.putAll(properties);
        createSchema(database, entities, loader, settings);
    }

    /** As plain Hibernate with the given properties. */
    public static void createSchema(TestDatabase database, ScannedEntities entities, ClassLoader loader,
            Map<String, Object> properties) {
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap)
                .applySettings(properties)
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, database.dataSource())
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "create-only")
                .applySetting(AvailableSettings.JAKARTA_HBM2DDL_CREATE_SCHEMAS, "true")
                .applySetting(AvailableSettings.HBM2DDL_HALT_ON_ERROR, "true")
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entities.managedClasses().forEach(sources::addAnnotatedClass);
            entities.annotatedPackages().forEach(sources::addPackage);
            // Building it runs the schema creation.
            sources.buildMetadata().buildSessionFactory().close();
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
