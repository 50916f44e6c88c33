package dev.strata.autogenerate.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.tool.schema.spi.GenerationTarget;
import org.hibernate.tool.schema.spi.SchemaManagementTool;

/**
 * The DDL Hibernate runs to create the schema of a set of entities on PostgreSQL, obtained from Hibernate itself
 * without a database: Hibernate boots as a service's {@code SessionFactory} does, with the PostgreSQL dialect
 * and schema action "create-only", and the statements it would send over JDBC are captured instead.
 *
 * <p>Booting the whole {@code SessionFactory} rather than only the mapping model matters: on the way, Hibernate
 * orders each table's columns and primary key columns (its column ordering strategy), and integrators such as
 * Bean Validation's add {@code NOT NULL}, lengths and checks to the mapping, before the schema is created. (A
 * bare {@code SchemaExport} over the mapping model skips both, and creates a different schema.) The statements
 * are those of {@code spring.jpa.hibernate.ddl-auto=create} without the drops, in Hibernate's order:
 * {@code create schema} for every schema the mapping names; named enum types with their casts; then schema by
 * schema the sequences, the tables (unique constraints inline) with their comments, and the indexes; foreign keys
 * last. Import scripts ({@code import.sql}, {@code jakarta.persistence.sql-load-script-source}) are data, not
 * schema, and are left out.
 *
 * <p>Hibernate runs some application code while it boots, as it does when the service starts: it instantiates
 * attribute converters, and entities whose identifier's unsaved value it must learn.
 */
public final class HibernateSchemaScript {

    private final HibernateSettings settings;
    private final ClassLoader classLoader;

    private HibernateSchemaScript(HibernateSettings settings, ClassLoader classLoader) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
    }

    /**
     * Creates the script generator.
     *
     * @param settings    how Hibernate is configured
     * @param classLoader the module's class loader: it resolves the entities' types, custom types and converters,
     *                    and naming strategies or a dialect named by class in the settings
     * @return the generator
     */
    public static HibernateSchemaScript of(HibernateSettings settings, ClassLoader classLoader) {
        return new HibernateSchemaScript(settings, classLoader);
    }

    /**
     * Returns the statements that create the schema of the scanned entities.
     *
     * @param entities what {@link EntityScanner} found
     * @return the statements in execution order, without delimiters
     * @throws EntityModelException if Hibernate rejects the mapping; the message names the entity when Hibernate
     *     does, and gives Hibernate's reason
     */
    public List<String> createStatements(ScannedEntities entities) {
        return createStatements(entities.managedClasses(), entities.annotatedPackages());
    }

    /**
     * Returns the statements that create the schema of the given managed classes.
     *
     * @param managedClasses    entities, embeddables, mapped superclasses and converters
     * @param annotatedPackages packages whose {@code package-info} carries mapping annotations
     * @return the statements in execution order, without delimiters
     * @throws EntityModelException if Hibernate rejects the mapping
     */
    public List<String> createStatements(List<Class<?>> managedClasses, List<String> annotatedPackages) {
        BootstrapServiceRegistry bootstrap =
                new BootstrapServiceRegistryBuilder().applyClassLoader(classLoader).build();
        StandardServiceRegistry registry = null;
        try {
            registry = new StandardServiceRegistryBuilder(bootstrap)
                    .applySettings(HibernateBootSettings.of(settings)).build();
            Capture capture = new Capture(new ArrayList<>());
            registry.requireService(SchemaManagementTool.class).setCustomDatabaseGenerationTarget(capture);
            MetadataSources sources = new MetadataSources(registry);
            managedClasses.forEach(sources::addAnnotatedClass);
            annotatedPackages.forEach(sources::addPackage);
            Metadata metadata = sources.getMetadataBuilder().build();
            requirePostgres(metadata.getDatabase().getDialect());
            // Building it runs the schema action into the capture; nothing else is wanted of it.
            metadata.buildSessionFactory().close();
            return List.copyOf(capture.statements());
        } catch (EntityModelException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            throw MappingFailure.translate(e, managedClasses);
        } finally {
            if (registry != null) {
                StandardServiceRegistryBuilder.destroy(registry);
            } else {
                BootstrapServiceRegistryBuilder.destroy(bootstrap);
            }
        }
    }

    private static void requirePostgres(Dialect dialect) {
        if (!(dialect instanceof PostgreSQLDialect)) {
            throw new EntityModelException("hibernate.dialect (or spring.jpa.database-platform) selects "
                    + dialect.getClass().getName() + ", which is not a PostgreSQL dialect; autogenerate compares"
                    + " against PostgreSQL. Remove the setting, or name a subclass of "
                    + PostgreSQLDialect.class.getName() + ".", null);
        }
    }

    /** Stands where Hibernate's JDBC target would: receives each statement meant for the database. */
    private record Capture(List<String> statements) implements GenerationTarget {

        @Override
        public void prepare() {
        }

        @Override
        public void accept(String command) {
            statements.add(command);
        }

        @Override
        public void release() {
        }
    }
}
