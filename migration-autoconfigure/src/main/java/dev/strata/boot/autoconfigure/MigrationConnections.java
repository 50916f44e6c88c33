package dev.strata.boot.autoconfigure;

import dev.strata.boot.MigrationSettings;
import dev.strata.driver.DatabaseDriver;

/**
 * How the engines of one kind of connection bean reach their databases: JDBC {@code DataSource}s or R2DBC
 * {@code ConnectionFactory}s. Everything else about an engine (settings, overrides, customizers, events) is the
 * same for both and lives in {@link StrataEngineFactory}; only this part touches a driver's classes, so a JDBC-only
 * application never loads R2DBC's and a reactive one never loads JDBC's.
 *
 * @param <T> the bean type
 */
interface MigrationConnections<T> {

    /** The bean type as messages name it: {@code DataSource} or {@code ConnectionFactory}. */
    String beanType();

    /**
     * The driver of the engine for the bean {@code name}: the bean itself, or a connection of Strata's own when
     * {@code url} or {@code user} is set for it.
     *
     * @param description where the engine connects, without a password, for messages
     */
    DatabaseDriver driver(String name, T bean, MigrationSettings settings, String description);
}
