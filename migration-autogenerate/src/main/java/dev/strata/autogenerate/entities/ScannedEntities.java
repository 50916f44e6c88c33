package dev.strata.autogenerate.entities;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JPA managed classes of a module, as {@link EntityScanner} found them: what Hibernate needs to build its
 * model of the module. Lists are sorted by class name.
 *
 * @param entities           classes annotated {@code @Entity}; never empty
 * @param embeddables        classes annotated {@code @Embeddable}
 * @param mappedSuperclasses classes annotated {@code @MappedSuperclass}
 * @param converters         classes annotated {@code @Converter}; auto-applied ones change column types
 * @param annotatedPackages  packages with an annotated {@code package-info} (package-level generators and the
 *                           like), for Hibernate to read
 * @param selection          the packages that were searched, and why those
 * @param skipped            annotated classes that could not be loaded and were left out
 * @param locations          the class directories and jars that were searched
 */
public record ScannedEntities(List<Class<?>> entities, List<Class<?>> embeddables,
        List<Class<?>> mappedSuperclasses, List<Class<?>> converters, List<String> annotatedPackages,
        PackageSelection selection, List<SkippedClass> skipped, List<Path> locations) {

    public ScannedEntities {
        entities = List.copyOf(entities);
        embeddables = List.copyOf(embeddables);
        mappedSuperclasses = List.copyOf(mappedSuperclasses);
        converters = List.copyOf(converters);
        annotatedPackages = List.copyOf(annotatedPackages);
        skipped = List.copyOf(skipped);
        locations = List.copyOf(locations);
    }

    /**
     * All managed classes: mapped superclasses, embeddables, entities, then converters.
     *
     * @return the classes to hand to Hibernate
     */
    public List<Class<?>> managedClasses() {
        List<Class<?>> all = new ArrayList<>(mappedSuperclasses);
        all.addAll(embeddables);
        all.addAll(entities);
        all.addAll(converters);
        return List.copyOf(all);
    }
}
