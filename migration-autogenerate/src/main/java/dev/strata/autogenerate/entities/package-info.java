/**
 * The entity side of autogenerate: the schema a module's JPA entities describe, as Hibernate itself would create
 * it on PostgreSQL.
 * <ol>
 *   <li>{@link dev.strata.autogenerate.entities.EntityScanner} finds the module's managed classes in its class
 *       directories and jars, in the packages Spring Boot would scan, without a Spring context;</li>
 *   <li>{@link dev.strata.autogenerate.entities.HibernateSchemaScript} boots Hibernate over them with the service's
 *       settings ({@link dev.strata.autogenerate.entities.HibernateSettings}) and no database, and captures the
 *       statements its schema creation would run;</li>
 *   <li>{@link dev.strata.autogenerate.entities.CreateScriptRunner} runs them in an empty scratch database, which
 *       {@code PostgresIntrospector} then reads like the real one, so both sides are spelled by PostgreSQL.</li>
 * </ol>
 * Failures on the way are {@link dev.strata.autogenerate.entities.EntityModelException}s whose messages say what to
 * do.
 */
package dev.strata.autogenerate.entities;
