/** For the JDBC services: their database read through Spring's {@code JdbcTemplate}. Needs spring-jdbc. */
package dev.strata.demo.test.jdbc;
