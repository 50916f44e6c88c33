package dev.strata.autogenerate.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which packages hold a module's entities the way Spring Boot does for the running service: configured
 * packages first; else {@code @EntityScan}, which replaces Boot's default; else the packages of the
 * {@code @SpringBootApplication} classes and below; else everything.
 */
final class EntityPackages {

    /** Spring Boot 4 moved {@code @EntityScan}; services on either generation are read. */
    static final List<String> ENTITY_SCAN = List.of(
            "org.springframework.boot.persistence.autoconfigure.EntityScan",
            "org.springframework.boot.autoconfigure.domain.EntityScan");
    static final List<String> BOOT_APPLICATION = List.of(
            "org.springframework.boot.autoconfigure.SpringBootApplication",
            "org.springframework.boot.autoconfigure.EnableAutoConfiguration");

    private EntityPackages() {
    }

    /**
     * Chooses the packages.
     *
     * @param configured   packages the user configured ({@code strata.entity-packages}); empty when none
     * @param ownClasses   the classes of the module's own class directories, where its application class lives
     * @return the selection
     */
    static PackageSelection choose(List<String> configured, List<ClassFileSummary> ownClasses) {
        List<String> packages = configured.stream().flatMap(p -> tokenize(p).stream()).toList();
        if (!packages.isEmpty()) {
            return new PackageSelection(packages, "strata.entity-packages");
        }
        PackageSelection entityScan = fromAnnotated(ownClasses, ENTITY_SCAN, "@EntityScan on ");
        if (entityScan != null) {
            return entityScan;
        }
        PackageSelection application = fromAnnotated(ownClasses, BOOT_APPLICATION, "@SpringBootApplication ");
        return application != null ? application : PackageSelection.all();
    }

    private static PackageSelection fromAnnotated(List<ClassFileSummary> classes, List<String> annotations,
            String originPrefix) {
        Set<String> packages = new LinkedHashSet<>();
        List<String> declaringClasses = new ArrayList<>();
        for (ClassFileSummary summary : classes) {
            for (String annotation : annotations) {
                if (summary.has(annotation)) {
                    declaringClasses.add(summary.className());
                    packages.addAll(declaredPackages(summary, annotation));
                    break;
                }
            }
        }
        if (declaringClasses.isEmpty()) {
            return null;
        }
        return new PackageSelection(List.copyOf(packages), originPrefix + String.join(", ", declaringClasses));
    }

    /** Spring splits each package string at these, so {@code "a.b, c.d"} names two packages; so does this. */
    private static List<String> tokenize(String packages) {
        return Arrays.stream(packages.split("[,; \t\n]+")).filter(p -> !p.isEmpty()).toList();
    }

    /** As Spring's registrars read them: basePackages and its alias value, plus the packages of basePackageClasses. */
    private static List<String> declaredPackages(ClassFileSummary summary, String annotation) {
        Set<String> packages = new LinkedHashSet<>();
        if (ENTITY_SCAN.contains(annotation)) {
            summary.strings(annotation, "basePackages").forEach(p -> packages.addAll(tokenize(p)));
            summary.strings(annotation, "value").forEach(p -> packages.addAll(tokenize(p)));
            for (String type : summary.strings(annotation, "basePackageClasses")) {
                int dot = type.lastIndexOf('.');
                packages.add(dot < 0 ? "" : type.substring(0, dot));
            }
        }
        if (packages.isEmpty()) {
            packages.add(summary.packageName());
        }
        return List.copyOf(packages);
    }
}
