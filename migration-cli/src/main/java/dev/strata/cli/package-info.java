/**
 * The {@code strata} command: one picocli class per command, each thin over {@link dev.strata.Strata} (parse
 * arguments, resolve settings through {@link dev.strata.tooling.ToolSettings}, call the engine, print with
 * {@link dev.strata.format.AlembicFormat}, or {@link dev.strata.format.LintFormat} for {@code lint}).
 */
package dev.strata.cli;
