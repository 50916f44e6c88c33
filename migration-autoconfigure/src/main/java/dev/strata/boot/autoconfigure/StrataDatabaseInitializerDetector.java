package dev.strata.boot.autoconfigure;

import dev.strata.boot.StrataMigrations;
import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Marks Strata's beans as database initializers (registered in {@code META-INF/spring.factories}), so that
 * everything Spring Boot knows depends on the schema is created after them.
 */
class StrataDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(StrataMigrations.class, StrataMigrationInitializer.class);
    }
}
