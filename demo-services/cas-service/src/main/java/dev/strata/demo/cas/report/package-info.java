/**
  * Daily login statistics: counted from the audit trail in {@code cas_audit} and kept in the second database,
  * {@code cas_reports}, through plain JDBC on the {@code reportsDataSource} bean.
  */
package dev.strata.demo.cas.report;
