/**
 * What Strata left behind in a demo service: its database ({@link dev.strata.demo.test.migration.MigratedDatabase})
 * and its Actuator endpoint ({@link dev.strata.demo.test.migration.MigrationsEndpoint}). Free of JDBC and R2DBC:
 * the database is read through a {@link dev.strata.demo.test.migration.DatabaseReader}.
 */
package dev.strata.demo.test.migration;
