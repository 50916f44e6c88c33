package dev.strata.autogenerate.entities;

import java.util.List;
import java.util.Objects;

/**
 * The packages whose classes the scanner considers, and why those.
 *
 * @param packages package names, each standing for itself and its sub-packages; empty for all packages
 * @param origin   where they came from, for messages: {@code strata.entity-packages},
 *                 {@code @EntityScan on dev.acme.ShopApplication}, {@code @SpringBootApplication
 *                 dev.acme.ShopApplication}, or {@code all packages}
 */
public record PackageSelection(List<String> packages, String origin) {

    public PackageSelection {
        packages = List.copyOf(packages);
        Objects.requireNonNull(origin, "origin");
    }

    /** Every package, for a module that says nothing about where its entities are. */
    public static PackageSelection all() {
        return new PackageSelection(List.of(), "all packages");
    }

    /**
     * Tells whether a package is selected: one of the packages or below it ({@code dev.acme} selects
     * {@code dev.acme.orders} but not {@code dev.acmes}).
     *
     * @param packageName a package name, empty for the unnamed package
     * @return true when the package's classes are considered
     */
    public boolean includes(String packageName) {
        return packages.isEmpty() || packages.stream().anyMatch(p -> p.isEmpty()
                || packageName.equals(p) || packageName.startsWith(p + "."));
    }

    /** For messages: {@code packages dev.acme.orders, dev.acme.billing (from @EntityScan on ...)}. */
    @Override
    public String toString() {
        if (packages.isEmpty()) {
            return origin;
        }
        List<String> names = packages.stream().map(p -> p.isEmpty() ? "(unnamed package)" : p).toList();
        return "packages " + String.join(", ", names) + " (from " + origin + ")";
    }
}
