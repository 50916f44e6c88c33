package dev.strata.autogenerate.entities;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.cfg.AvailableSettings;

/**
 * Turns {@link HibernateSettings} into the settings Hibernate boots with: the service's properties over the
 * chosen defaults, as Spring Boot layers them, minus everything that would make Hibernate touch a database or
 * load data, plus the fixed settings that make it write PostgreSQL DDL offline.
 */
final class HibernateBootSettings {

    /**
     * Settings left out: connections and data sources (Hibernate must not connect), schema-generation actions and
     * sources (the DDL always comes from the entities), load scripts (data, not schema), caches and Hibernate
     * Search (runtime services that may need a server), and what is fixed below.
     */
    private static final List<String> DROPPED_PREFIXES = List.of(
            "hibernate.connection.", "jakarta.persistence.jdbc.", "javax.persistence.jdbc.",
            "jakarta.persistence.schema-generation", "javax.persistence.schema-generation",
            "jakarta.persistence.sql-load-script-source", "javax.persistence.sql-load-script-source",
            "jakarta.persistence.database-", "javax.persistence.database-",
            "jakarta.persistence.create-database-schemas", "javax.persistence.create-database-schemas",
            "jakarta.persistence.nonJtaDataSource", "jakarta.persistence.jtaDataSource",
            "javax.persistence.nonJtaDataSource", "javax.persistence.jtaDataSource",
            "hibernate.hbm2ddl.", "hibernate.temp.use_jdbc_metadata_defaults", "hibernate.format_sql",
            "hibernate.boot.allow_jdbc_metadata_access", "hibernate.cache.", "hibernate.javax.cache.",
            "hibernate.search.", "hibernate.session_factory_name");

    /** Schema tool settings a service may set that shape the DDL, so they stay. */
    private static final List<String> KEPT_HBM2DDL = List.of(
            AvailableSettings.HBM2DDL_FILTER_PROVIDER, AvailableSettings.HBM2DDL_DEFAULT_CONSTRAINT_MODE);

    private HibernateBootSettings() {
    }

    static Map<String, Object> of(HibernateSettings settings) {
        Map<String, Object> boot = new LinkedHashMap<>();
        if (settings.defaults() == HibernateSettings.Defaults.SPRING_BOOT) {
            boot.put(AvailableSettings.IMPLICIT_NAMING_STRATEGY, new SpringBootImplicitNamingStrategy());
            boot.put(AvailableSettings.PHYSICAL_NAMING_STRATEGY, new PhysicalNamingStrategySnakeCaseImpl());
        }
        settings.properties().forEach((key, value) -> {
            if (KEPT_HBM2DDL.contains(key) || DROPPED_PREFIXES.stream().noneMatch(key::startsWith)) {
                boot.put(key, value);
            }
        });
        // As in Spring Boot: spring.jpa.hibernate.naming.* wins over hibernate.*_naming_strategy.
        if (settings.implicitNamingStrategy() != null) {
            boot.put(AvailableSettings.IMPLICIT_NAMING_STRATEGY, settings.implicitNamingStrategy());
        }
        if (settings.physicalNamingStrategy() != null) {
            boot.put(AvailableSettings.PHYSICAL_NAMING_STRATEGY, settings.physicalNamingStrategy());
        }
        // Spring's class by name is replaced by the copy, which needs no Spring Boot on the class path.
        if (boot.get(AvailableSettings.IMPLICIT_NAMING_STRATEGY) instanceof String name
                && SpringBootImplicitNamingStrategy.SPRING_CLASS_NAMES.contains(name.strip())) {
            boot.put(AvailableSettings.IMPLICIT_NAMING_STRATEGY, new SpringBootImplicitNamingStrategy());
        }

        // The dialect is chosen and versioned from these alone, without a connection.
        boot.put(AvailableSettings.ALLOW_METADATA_ON_BOOT, "false");
        boot.put(AvailableSettings.CONNECTION_PROVIDER, new NoConnections());
        boot.put(AvailableSettings.JAKARTA_HBM2DDL_DB_NAME, "PostgreSQL");
        boot.put(AvailableSettings.JAKARTA_HBM2DDL_DB_VERSION,
                settings.postgresMajorVersion() + "." + settings.postgresMinorVersion());
        boot.put(AvailableSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION, String.valueOf(settings.postgresMajorVersion()));
        boot.put(AvailableSettings.JAKARTA_HBM2DDL_DB_MINOR_VERSION, String.valueOf(settings.postgresMinorVersion()));
        boot.put(AvailableSettings.FORMAT_SQL, "false");
        // Create without drops, with the schemas, stopping at the first problem; no data.
        boot.put(AvailableSettings.HBM2DDL_AUTO, "create-only");
        boot.put(AvailableSettings.JAKARTA_HBM2DDL_CREATE_SCHEMAS, "true");
        boot.put(AvailableSettings.HBM2DDL_HALT_ON_ERROR, "true");
        boot.put(AvailableSettings.HBM2DDL_SKIP_DEFAULT_IMPORT_FILE, "true");
        boot.put(AvailableSettings.USE_SECOND_LEVEL_CACHE, "false");
        boot.put(AvailableSettings.USE_QUERY_CACHE, "false");
        boot.put("hibernate.search.enabled", "false");
        return boot;
    }
}
