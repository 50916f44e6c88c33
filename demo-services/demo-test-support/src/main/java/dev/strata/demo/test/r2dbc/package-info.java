/**
 * For the reactive services: their database read through Spring's {@code DatabaseClient}, what a bean found at
 * startup, and that they run on R2DBC alone. Needs spring-r2dbc, and Strata's Spring Boot and R2DBC modules.
 */
package dev.strata.demo.test.r2dbc;
