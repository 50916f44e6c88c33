package dev.strata.boot;

/**
 * What the application does with each engine while it starts. Define a bean of this type to take over: to
 * migrate in another order, only in some environments, or not at all. Without one,
 * {@link DefaultMigrationStrategy} applies the {@code strata.*} settings.
 */
@FunctionalInterface
public interface StrataMigrationStrategy {

    /**
     * Called once per engine, before anything that uses the schema is created.
     *
     * @param engine the engine of one DataSource, with the settings in force for it
     */
    void migrate(StrataEngine engine);
}
