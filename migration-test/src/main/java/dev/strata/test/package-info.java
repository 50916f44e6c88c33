/**
 * A real PostgreSQL for tests: {@link dev.strata.test.TestPostgres} is the server (embedded unless
 * {@code STRATA_TEST_DATABASE_URL} names one), {@link dev.strata.test.TestDatabase} a fresh
 * database on it, and {@link dev.strata.test.PostgresExtension} injects one into JUnit tests.
 */
package dev.strata.test;
