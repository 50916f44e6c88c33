/**
 * How the test server is found or started. Not API: these types may change in any release.
 */
package dev.strata.test.internal;
