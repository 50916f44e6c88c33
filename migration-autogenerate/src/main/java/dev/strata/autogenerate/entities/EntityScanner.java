package dev.strata.autogenerate.entities;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the JPA managed classes of a module without a Spring context: the classes of its class directories
 * (such as {@code target/classes}) and of any jars given, annotated {@code @Entity}, {@code @Embeddable},
 * {@code @MappedSuperclass} or {@code @Converter} (the set Spring's own persistence-unit scan collects).
 *
 * <p>Annotations are read from the class files, so only the classes found are loaded, and none is initialised.
 * The packages searched are, first found wins: the packages given ({@code strata.entity-packages}); those of an
 * {@code @EntityScan} on a class in the module's class directories; the package of its
 * {@code @SpringBootApplication} class and below, as Spring Boot scans; else all packages.
 *
 * <p>An annotated class that cannot be loaded (a dependency missing from the class loader) is left out with a
 * warning naming the class and the missing type, and listed in {@link ScannedEntities#skipped()}.
 */
public final class EntityScanner {

    private static final Logger LOG = LoggerFactory.getLogger(EntityScanner.class);

    private static final String ENTITY = "jakarta.persistence.Entity";
    private static final String EMBEDDABLE = "jakarta.persistence.Embeddable";
    private static final String MAPPED_SUPERCLASS = "jakarta.persistence.MappedSuperclass";
    private static final String CONVERTER = "jakarta.persistence.Converter";
    private static final List<String> MANAGED = List.of(ENTITY, EMBEDDABLE, MAPPED_SUPERCLASS, CONVERTER);

    private final ClassLoader classLoader;

    private EntityScanner(ClassLoader classLoader) {
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
    }

    /**
     * Creates a scanner that loads the classes it finds through a class loader.
     *
     * @param classLoader sees the scanned locations and the module's dependencies; it must resolve
     *                    {@code jakarta.persistence} and {@code org.hibernate} to the classes this library uses
     *                    (a parent-first loader with this library's loader as parent does)
     * @return the scanner
     */
    public static EntityScanner using(ClassLoader classLoader) {
        return new EntityScanner(classLoader);
    }

    /**
     * Scans class directories and jars.
     *
     * @param locations class directories and jars; a location that does not exist holds nothing
     * @param packages  the packages to search ({@code strata.entity-packages}), each with its sub-packages; empty
     *                  to follow the module's {@code @EntityScan} or {@code @SpringBootApplication}
     * @return the managed classes found
     * @throws EntityModelException if no entity class is found; the message names the locations and packages
     *     searched and what to check
     */
    public ScannedEntities scan(List<Path> locations, List<String> packages) {
        List<ClassFileLocation> places = locations.stream().map(ClassFileLocation::new).toList();
        List<String> unreadable = new ArrayList<>();
        Map<String, ClassFileSummary> classes = new LinkedHashMap<>();
        List<ClassFileSummary> ownClasses = new ArrayList<>();
        for (ClassFileLocation place : places) {
            for (ClassFileSummary summary : place.read(unreadable)) {
                // The first location that has a class wins, as on a class path.
                if (classes.putIfAbsent(summary.className(), summary) == null && place.isDirectory()) {
                    ownClasses.add(summary);
                }
            }
        }
        unreadable.forEach(line -> LOG.warn("Skipped unreadable class file {}", line));
        PackageSelection selection = EntityPackages.choose(packages, ownClasses);

        Map<String, List<Class<?>>> byKind = new LinkedHashMap<>();
        MANAGED.forEach(kind -> byKind.put(kind, new ArrayList<>()));
        List<String> annotatedPackages = new ArrayList<>();
        List<SkippedClass> skipped = new ArrayList<>();
        for (ClassFileSummary summary : classes.values()) {
            if (!selection.includes(summary.packageName())) {
                continue;
            }
            if (summary.packageInfo()) {
                if (!summary.annotations().isEmpty()) {
                    annotatedPackages.add(summary.packageName());
                }
                continue;
            }
            String kind = MANAGED.stream().filter(summary::has).findFirst().orElse(null);
            if (kind != null) {
                load(summary.className(), skipped).ifPresent(type -> byKind.get(kind).add(type));
            }
        }
        // Listed in ScannedEntities.skipped(): the caller decides (autogenerate refuses to compare without them).
        skipped.forEach(s -> LOG.debug(s.message()));
        byKind.values().forEach(list -> list.sort(Comparator.comparing(Class::getName)));

        ScannedEntities found = new ScannedEntities(byKind.get(ENTITY), byKind.get(EMBEDDABLE),
                byKind.get(MAPPED_SUPERCLASS), byKind.get(CONVERTER), annotatedPackages.stream().sorted().toList(),
                selection, skipped, locations);
        if (found.entities().isEmpty()) {
            throw new EntityModelException(nothingFound(places, selection, skipped), null);
        }
        return found;
    }

    /**
     * Loads a class without initialising it, and resolves the types of its fields and methods as Hibernate will
     * when it reads the mapping, so that a missing dependency shows here, named, rather than inside Hibernate.
     */
    private Optional<Class<?>> load(String className, List<SkippedClass> skipped) {
        try {
            Class<?> type = Class.forName(className, false, classLoader);
            type.getDeclaredFields();
            type.getDeclaredMethods();
            return Optional.of(type);
        } catch (ClassNotFoundException | LinkageError e) {
            skipped.add(SkippedClass.of(className, e));
            return Optional.empty();
        }
    }

    private static String nothingFound(List<ClassFileLocation> places, PackageSelection selection,
            List<SkippedClass> skipped) {
        String where = places.isEmpty() ? "no locations" : places.stream()
                .map(p -> p.exists() ? p.toString() : p + " (does not exist)")
                .collect(Collectors.joining(", "));
        StringBuilder message = new StringBuilder("No JPA entities (@Entity classes) found in ")
                .append(where).append(", searching ").append(selection).append('.');
        if (!skipped.isEmpty()) {
            message.append(' ').append(skipped.size()).append(" annotated class")
                    .append(skipped.size() == 1 ? " was" : "es were").append(" left out: ")
                    .append(skipped.stream().map(s -> s.className() + " (" + s.reason() + ")")
                            .collect(Collectors.joining("; ")))
                    .append('.');
        }
        return message.append(" Compile the module first (mvn compile) so that its classes exist, and check that")
                .append(" strata.entity-packages (or the service's @EntityScan) names the packages of its @Entity")
                .append(" classes.").toString();
    }
}
