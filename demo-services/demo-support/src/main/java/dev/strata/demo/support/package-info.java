/**
  * Shared support for Strata's demo services: each service gets its own PostgreSQL database, embedded when
  * nothing is configured ({@link dev.strata.demo.support.DemoDatabaseEnvironmentPostProcessor}).
  */
package dev.strata.demo.support;
