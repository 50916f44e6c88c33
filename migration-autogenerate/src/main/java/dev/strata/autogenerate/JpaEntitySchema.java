package dev.strata.autogenerate;

import dev.strata.StrataException;
import dev.strata.autogenerate.entities.EntityModelException;
import dev.strata.autogenerate.entities.EntityScanner;
import dev.strata.autogenerate.entities.HibernateSchemaScript;
import dev.strata.autogenerate.entities.HibernateSettings;
import dev.strata.autogenerate.entities.ScannedEntities;
import dev.strata.autogenerate.entities.SkippedClass;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The JPA entities of a module as an {@link EntitySchema}: found by {@link EntityScanner} in its compiled
 * classes, turned into DDL by Hibernate's own schema export with the module's settings.
 */
public final class JpaEntitySchema implements EntitySchema {

    /*
     * Hibernate logs its start (version, "Database info", JTA) at INFO through JBoss Logging, which falls back to
     * java.util.logging inside tools such as Maven: noise in the middle of a command's output. Warnings stay. The
     * field holds the logger so that the level is not lost when java.util.logging lets it be collected.
     */
    private static final java.util.logging.Logger HIBERNATE_LOG = java.util.logging.Logger.getLogger("org.hibernate");

    static {
        if (HIBERNATE_LOG.getLevel() == null) {
            HIBERNATE_LOG.setLevel(java.util.logging.Level.WARNING);
        }
    }

    private final ClassLoader classLoader;
    private final List<Path> locations;
    private final List<String> packages;
    private final HibernateSettings settings;

    private JpaEntitySchema(ClassLoader classLoader, List<Path> locations, List<String> packages,
            HibernateSettings settings) {
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader must not be null");
        this.locations = List.copyOf(locations);
        this.packages = List.copyOf(packages);
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
    }

    /**
     * @param classLoader sees the locations and the module's dependencies (parent-first over this library's)
     * @param locations   the module's class directories (and jars) to scan
     * @param packages    the packages to scan ({@code strata.entity-packages}); empty to follow the module's own
     *                    {@code @EntityScan} / {@code @SpringBootApplication}
     * @param settings    Spring Boot's or plain Hibernate's defaults, naming strategies, properties
     */
    public static JpaEntitySchema of(ClassLoader classLoader, List<Path> locations, List<String> packages,
            HibernateSettings settings) {
        return new JpaEntitySchema(classLoader, locations, packages, settings);
    }

    @Override
    public List<String> createStatements(int serverVersionNum) {
        int major = serverVersionNum / 10000;
        HibernateSettings forServer = major >= 14 ? settings.withPostgresVersion(major, serverVersionNum % 10000)
                : settings;
        try {
            ScannedEntities entities = EntityScanner.using(classLoader).scan(locations, packages);
            refuseSkipped(entities);
            return HibernateSchemaScript.of(forServer, classLoader).createStatements(entities);
        } catch (EntityModelException e) {
            // Already a message for the person at the keyboard; the boundary only speaks StrataException.
            throw new StrataException(e.getMessage(), e);
        }
    }

    /**
     * A managed class that cannot be loaded would silently leave its tables out of the model, and the
     * comparison would then drop them: refuse instead, and say what is missing.
     */
    private static void refuseSkipped(ScannedEntities entities) {
        if (entities.skipped().isEmpty()) {
            return;
        }
        throw new StrataException("Cannot load " + entities.skipped().size() + " annotated class"
                + (entities.skipped().size() == 1 ? "" : "es") + " (" + entities.skipped().stream()
                .map(SkippedClass::message).collect(Collectors.joining("; ")) + "); without them the comparison"
                + " would drop their tables. Put the missing classes on the class path (strata --classpath, or"
                + " the module's dependencies in Maven), or leave their package out (strata.entity-packages)");
    }

    @Override
    public String describe() {
        return "the entities in " + locations.stream().map(Path::toString).collect(Collectors.joining(", "))
                + (packages.isEmpty() ? "" : " (packages " + String.join(", ", packages) + ")");
    }
}
