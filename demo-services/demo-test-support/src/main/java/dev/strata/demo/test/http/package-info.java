/** A demo service's HTTP API, called with JSON bodies on the port the test started it on. */
package dev.strata.demo.test.http;
