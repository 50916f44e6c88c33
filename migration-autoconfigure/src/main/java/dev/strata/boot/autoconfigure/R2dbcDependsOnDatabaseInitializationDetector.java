package dev.strata.boot.autoconfigure;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;
import org.springframework.util.ClassUtils;

/**
 * Marks the beans through which a reactive application reads and writes its tables as depending on database
 * initialization (registered in {@code META-INF/spring.factories}), so that Spring Boot creates them after Strata's
 * migrations, as it does for JPA and JdbcTemplate on the JDBC side. Spring Boot has no such detector for R2DBC.
 * Repositories wait through the template they are built on. A bean that uses the {@code ConnectionFactory} itself
 * needs {@code @DependsOnDatabaseInitialization}. Every type is looked up by name: this detector is loaded in
 * every application of the starter, with or without R2DBC.
 */
class R2dbcDependsOnDatabaseInitializationDetector extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    private static final List<String> TYPES = List.of(
            "org.springframework.r2dbc.core.DatabaseClient",
            "org.springframework.data.r2dbc.core.R2dbcEntityOperations",
            "org.springframework.data.r2dbc.repository.support.R2dbcRepositoryFactoryBean");

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        ClassLoader classLoader = getClass().getClassLoader();
        Set<Class<?>> types = new LinkedHashSet<>();
        for (String name : TYPES) {
            if (ClassUtils.isPresent(name, classLoader)) {
                types.add(ClassUtils.resolveClassName(name, classLoader));
            }
        }
        return types;
    }
}
