/**
 * Settings resolution shared by the command-line tools (the {@code strata} CLI and the Maven plugin): where the
 * database is ({@link dev.strata.tooling.DatabaseUrl}, {@code DATABASE_URL}, a service's
 * {@link dev.strata.tooling.ServiceConfig}) and where its revisions live, resolved "first found wins" into
 * {@link dev.strata.tooling.ToolSettings}, which builds the {@link dev.strata.Strata} engine.
 */
package dev.strata.tooling;
