/**
 * Test support for Strata's demo services: what each service's tests check the same way. {@code http} calls a
 * service's JSON API on its port; {@code migration} checks what Strata left in the service's database and what the
 * Actuator endpoint says, over a {@link dev.strata.demo.test.migration.DatabaseReader} that {@code jdbc} and
 * {@code r2dbc} provide for the two kinds of service. Only {@code r2dbc} is used by the reactive services, so their
 * test class path keeps no JDBC.
 */
package dev.strata.demo.test;
