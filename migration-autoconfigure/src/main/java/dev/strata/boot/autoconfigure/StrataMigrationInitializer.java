package dev.strata.boot.autoconfigure;

import dev.strata.StrataException;
import dev.strata.boot.PendingRevisionsException;
import dev.strata.boot.StrataEngine;
import dev.strata.boot.StrataMigrationStrategy;
import dev.strata.boot.StrataMigrations;
import dev.strata.boot.StrataStartupException;
import java.util.Objects;
import org.springframework.beans.factory.InitializingBean;

/**
 * Runs the migration strategy for every engine while the context starts. Spring Boot's database-initialization
 * ordering makes JPA, JdbcTemplate, JdbcClient, R2DBC's DatabaseClient, R2dbcEntityTemplate and repositories, and
 * {@code @DependsOnDatabaseInitialization} beans wait for it.
 */
public class StrataMigrationInitializer implements InitializingBean {

    private final StrataMigrations migrations;
    private final StrataMigrationStrategy strategy;

    public StrataMigrationInitializer(StrataMigrations migrations, StrataMigrationStrategy strategy) {
        this.migrations = Objects.requireNonNull(migrations, "migrations must not be null");
        this.strategy = Objects.requireNonNull(strategy, "strategy must not be null");
    }

    @Override
    public void afterPropertiesSet() {
        for (StrataEngine engine : migrations.engines()) {
            try {
                strategy.migrate(engine);
            } catch (PendingRevisionsException | StrataStartupException e) {
                throw e;
            } catch (StrataException e) {
                throw new StrataStartupException(engine, e);
            }
        }
    }
}
