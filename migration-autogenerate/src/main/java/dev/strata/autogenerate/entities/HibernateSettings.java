package dev.strata.autogenerate.entities;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How Hibernate is configured when it builds the schema of a module's entities: the defaults of a Spring Boot
 * service or plain Hibernate's, the naming strategies, any {@code hibernate.*} properties, and the PostgreSQL
 * version the dialect writes DDL for (no database is consulted).
 *
 * @param defaults               whose defaults apply before the properties
 * @param physicalNamingStrategy a physical naming strategy class name that overrides everything
 *                               ({@code spring.jpa.hibernate.naming.physical-strategy}), or null
 * @param implicitNamingStrategy an implicit naming strategy class name that overrides everything
 *                               ({@code spring.jpa.hibernate.naming.implicit-strategy}), or null
 * @param properties             Hibernate properties ({@code spring.jpa.properties.*} without the prefix), for
 *                               example {@code hibernate.default_schema}
 * @param postgresMajorVersion   the PostgreSQL major version to write DDL for; at least 14, Hibernate 7's oldest
 * @param postgresMinorVersion   the minor version
 */
public record HibernateSettings(Defaults defaults, String physicalNamingStrategy, String implicitNamingStrategy,
        Map<String, String> properties, int postgresMajorVersion, int postgresMinorVersion) {

    /** Whose defaults apply. */
    public enum Defaults {
        /**
         * A Spring Boot service's: Spring's implicit naming strategy (join tables named after the owning table and
         * attribute) and Hibernate's snake-case physical strategy ({@code OrderLine.unitPrice} becomes
         * {@code order_line.unit_price}).
         */
        SPRING_BOOT,
        /** Plain Hibernate's, for a JPA module without Spring Boot: JPA's implicit names, used as written. */
        HIBERNATE
    }

    /** The PostgreSQL version DDL is written for unless another is set: the oldest that Strata supports. */
    public static final int DEFAULT_POSTGRES_MAJOR_VERSION = 15;

    private static final int OLDEST_SUPPORTED_BY_HIBERNATE = 14;
    private static final String PROPERTIES_PREFIX = "spring.jpa.properties.";
    private static final String BRACKETED_PREFIX = "spring.jpa.properties[";
    private static final String NAMING_PREFIX = "spring.jpa.hibernate.naming.";

    public HibernateSettings {
        Objects.requireNonNull(defaults, "defaults");
        properties = Map.copyOf(properties);
        if (postgresMajorVersion < OLDEST_SUPPORTED_BY_HIBERNATE) {
            throw new IllegalArgumentException("postgresMajorVersion must be at least " + OLDEST_SUPPORTED_BY_HIBERNATE
                    + ", the oldest PostgreSQL that Hibernate 7 supports, but was " + postgresMajorVersion);
        }
        if (postgresMinorVersion < 0) {
            throw new IllegalArgumentException("postgresMinorVersion must not be negative, but was "
                    + postgresMinorVersion);
        }
    }

    /**
     * The settings of a Spring Boot service that configures nothing about JPA.
     *
     * @return Spring Boot's defaults, no properties, PostgreSQL {@value #DEFAULT_POSTGRES_MAJOR_VERSION}
     */
    public static HibernateSettings springBoot() {
        return new HibernateSettings(Defaults.SPRING_BOOT, null, null, Map.of(), DEFAULT_POSTGRES_MAJOR_VERSION, 0);
    }

    /**
     * The settings of a plain JPA module: Hibernate's own defaults.
     *
     * @return Hibernate's defaults, no properties, PostgreSQL {@value #DEFAULT_POSTGRES_MAJOR_VERSION}
     */
    public static HibernateSettings plainHibernate() {
        return new HibernateSettings(Defaults.HIBERNATE, null, null, Map.of(), DEFAULT_POSTGRES_MAJOR_VERSION, 0);
    }

    /**
     * The settings of a Spring Boot service from its configuration properties: {@code spring.jpa.properties.*}
     * (without the prefix; also {@code spring.jpa.properties[hibernate.default_schema]}), {@code spring.jpa.hibernate.naming.physical-strategy} and {@code implicit-strategy}
     * (also spelled {@code physicalStrategy} or {@code physical_strategy}), and
     * {@code spring.jpa.database-platform}, which Spring passes on as {@code hibernate.dialect}. Other keys are
     * ignored, so a service's whole flattened configuration may be passed.
     *
     * @param springProperties flattened configuration, for example from {@code application.yml}
     * @return Spring Boot's defaults with the service's settings on top
     */
    public static HibernateSettings fromSpringProperties(Map<String, String> springProperties) {
        Map<String, String> hibernate = new LinkedHashMap<>();
        String physical = null;
        String implicit = null;
        for (Map.Entry<String, String> entry : springProperties.entrySet()) {
            String key = entry.getKey();
            if (key.startsWith(PROPERTIES_PREFIX)) {
                hibernate.put(key.substring(PROPERTIES_PREFIX.length()), entry.getValue());
            } else if (key.startsWith(BRACKETED_PREFIX) && key.endsWith("]")) {
                hibernate.put(key.substring(BRACKETED_PREFIX.length(), key.length() - 1), entry.getValue());
            } else if (key.startsWith(NAMING_PREFIX)) {
                String name = relaxed(key.substring(NAMING_PREFIX.length()));
                if (name.equals("physicalstrategy")) {
                    physical = entry.getValue();
                } else if (name.equals("implicitstrategy")) {
                    implicit = entry.getValue();
                }
            } else if (relaxed(key).equals("springjpadatabaseplatform")) {
                hibernate.putIfAbsent("hibernate.dialect", entry.getValue());
            }
        }
        return springBoot().withProperties(hibernate).withPhysicalNamingStrategy(physical)
                .withImplicitNamingStrategy(implicit);
    }

    /**
     * Adds Hibernate properties; later values replace earlier ones for the same key.
     *
     * @param more properties such as {@code hibernate.default_schema}
     * @return the new settings
     */
    public HibernateSettings withProperties(Map<String, String> more) {
        Map<String, String> merged = new LinkedHashMap<>(properties);
        merged.putAll(more);
        return new HibernateSettings(defaults, physicalNamingStrategy, implicitNamingStrategy, merged,
                postgresMajorVersion, postgresMinorVersion);
    }

    /**
     * Sets the physical naming strategy, over the defaults and the properties.
     *
     * @param className a class that implements {@code PhysicalNamingStrategy}, or null for none
     * @return the new settings
     */
    public HibernateSettings withPhysicalNamingStrategy(String className) {
        return new HibernateSettings(defaults, blankToNull(className), implicitNamingStrategy, properties,
                postgresMajorVersion, postgresMinorVersion);
    }

    /**
     * Sets the implicit naming strategy, over the defaults and the properties.
     *
     * @param className a class that implements {@code ImplicitNamingStrategy}, or null for none
     * @return the new settings
     */
    public HibernateSettings withImplicitNamingStrategy(String className) {
        return new HibernateSettings(defaults, physicalNamingStrategy, blankToNull(className), properties,
                postgresMajorVersion, postgresMinorVersion);
    }

    /**
     * Sets the PostgreSQL version the dialect writes DDL for, for example the scratch database's.
     *
     * @param major the major version, at least 14
     * @param minor the minor version
     * @return the new settings
     */
    public HibernateSettings withPostgresVersion(int major, int minor) {
        return new HibernateSettings(defaults, physicalNamingStrategy, implicitNamingStrategy, properties, major,
                minor);
    }

    /** Spring's relaxed binding: {@code physical-strategy}, {@code physicalStrategy}, {@code physical_strategy}. */
    private static String relaxed(String key) {
        return key.replace("-", "").replace("_", "").replace(".", "").toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
