package dev.strata.tooling;

import dev.strata.Strata;
import dev.strata.StrataException;
import dev.strata.autogenerate.Autogenerate;
import dev.strata.autogenerate.JpaEntitySchema;
import dev.strata.autogenerate.entities.HibernateSettings;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entity side of {@code revision --autogenerate} and {@code check} for a service module, as the CLI and the
 * Maven plugin resolve it: the module's compiled classes, the packages to scan (explicit, else
 * {@code strata.entity-packages}, else the module's own {@code @EntityScan}/{@code @SpringBootApplication}), and
 * Hibernate's settings from its configuration ({@code spring.jpa.properties.*},
 * {@code spring.jpa.hibernate.naming.*}, {@code spring.jpa.database-platform}).
 *
 * <p>Names follow Spring Boot's defaults ({@code OrderLine} becomes {@code order_line}) when the module is a
 * Spring Boot service: Spring Boot is on its class path, or it has an {@code application.yml},
 * {@code .yaml} or {@code .properties}; otherwise plain Hibernate's.
 */
public final class EntityModel {

    private static final String SPRING_APPLICATION = "org.springframework.boot.SpringApplication";
    private static final String VALIDATION_MODE = "jakarta.persistence.validation.mode";
    private static final String LEGACY_VALIDATION_MODE = "javax.persistence.validation.mode";

    private EntityModel() {
    }

    /**
     * @param serviceDir       the service module's folder
     * @param env              the environment, for placeholders in its configuration
     * @param explicitPackages packages given on the command line or as {@code -Dstrata.entityPackages}
     * @param classLocations   the class directories (and jars) to scan, usually {@code target/classes}
     * @param classLoader      sees the locations and the module's dependencies, parent-first over the tool's; when
     *                         it is a {@link URLClassLoader} (as {@link #classLoader} and the Maven plugin make
     *                         it), its own URLs are the module's class path, which decides whether Hibernate adds
     *                         Bean Validation's constraints to the schema
     * @return the entity side
     */
    public static JpaEntitySchema resolve(Path serviceDir, Map<String, String> env, List<String> explicitPackages,
            List<Path> classLocations, ClassLoader classLoader) {
        ServiceConfig config = ServiceConfig.load(serviceDir, env);
        List<String> packages = !explicitPackages.isEmpty() ? explicitPackages
                : config.getList("strata.entity-packages");
        return JpaEntitySchema.of(classLoader, classLocations, packages, settings(config, classLoader));
    }

    /**
     * The comparison of a service's entities with its revisions, on the service's database when the settings
     * name one (it must then be at head), else on an embedded PostgreSQL.
     *
     * @param settings              the service's resolved settings
     * @param strata                its engine (the revisions)
     * @param entities              its entities, from {@link #resolve}
     * @param compareServerDefaults whether column defaults are compared too
     * @return the comparison, not yet run
     */
    public static Autogenerate comparison(ToolSettings settings, Strata strata, JpaEntitySchema entities,
            boolean compareServerDefaults) {
        Autogenerate autogenerate = Autogenerate.of(strata, entities).compareServerDefaults(compareServerDefaults);
        return settings.connection().map(c -> autogenerate.database(c.dataSource(), c.redacted())).orElse(autogenerate);
    }

    /**
     * A parent-first loader over a service's classes and the jars they need, so that {@code jakarta.persistence}
     * and Hibernate resolve to the tool's own.
     *
     * @param locations class folders and jars
     * @param parent    the tool's class loader
     * @return the loader (it holds open jars until closed or collected)
     */
    public static URLClassLoader classLoader(List<Path> locations, ClassLoader parent) {
        URL[] urls = new URL[locations.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = locations.get(i).toAbsolutePath().normalize().toUri().toURL();
            } catch (MalformedURLException e) {
                throw new StrataException("Not a usable class location: " + locations.get(i), e);
            }
        }
        return new URLClassLoader(urls, parent);
    }

    private static HibernateSettings settings(ServiceConfig config, ClassLoader classLoader) {
        Map<String, String> spring = new LinkedHashMap<>();
        config.withPrefix("spring.jpa.properties").forEach((key, value) -> spring.put("spring.jpa.properties." + key,
                value));
        config.get("spring.jpa.hibernate.naming.physical-strategy")
                .ifPresent(value -> spring.put("spring.jpa.hibernate.naming.physical-strategy", value));
        config.get("spring.jpa.hibernate.naming.implicit-strategy")
                .ifPresent(value -> spring.put("spring.jpa.hibernate.naming.implicit-strategy", value));
        config.get("spring.jpa.database-platform").ifPresent(value -> spring.put("spring.jpa.database-platform", value));
        HibernateSettings springBoot = HibernateSettings.fromSpringProperties(spring);
        HibernateSettings settings = isSpringBootService(config, classLoader) ? springBoot
                : HibernateSettings.plainHibernate().withProperties(springBoot.properties())
                        .withPhysicalNamingStrategy(springBoot.physicalNamingStrategy())
                        .withImplicitNamingStrategy(springBoot.implicitNamingStrategy());
        return beanValidation(settings, config.dir(), classLoader);
    }

    /**
     * The tool's Hibernate always has Bean Validation (see {@link BeanValidationProbe}); it applies it only where
     * the service's own would: as the module's class path decides, unless the service sets the mode itself.
     */
    private static HibernateSettings beanValidation(HibernateSettings settings, Path serviceDir,
            ClassLoader classLoader) {
        boolean modeSet = settings.properties().containsKey(VALIDATION_MODE)
                || settings.properties().containsKey(LEGACY_VALIDATION_MODE);
        if (modeSet || !(classLoader instanceof URLClassLoader module)
                || BeanValidationProbe.appliesTo(serviceDir.toString(), module.getURLs())) {
            return settings;
        }
        return settings.withProperties(Map.of(VALIDATION_MODE, "none"));
    }

    private static boolean isSpringBootService(ServiceConfig config, ClassLoader classLoader) {
        Path resources = config.dir().resolve("src/main/resources");
        for (String name : List.of("application.yml", "application.yaml", "application.properties")) {
            if (Files.isRegularFile(resources.resolve(name)) || Files.isRegularFile(config.dir().resolve(name))) {
                return true;
            }
        }
        try {
            Class.forName(SPRING_APPLICATION, false, classLoader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
