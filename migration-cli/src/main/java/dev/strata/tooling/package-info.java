/**
 * What the command-line tools (the {@code strata} CLI and the Maven plugin) share, so that both read the same
 * settings and print the same text:
 * <ul>
 *   <li>settings resolution: where the database is ({@link dev.strata.tooling.DatabaseUrl}, {@code DATABASE_URL}, a
 *       service's {@link dev.strata.tooling.ServiceConfig}) and where its revisions live, resolved "first found
 *       wins" into {@link dev.strata.tooling.ToolSettings}, which builds the {@link dev.strata.Strata} engine over
 *       the service's {@code src/main/resources} and {@code target/classes};</li>
 *   <li>run texts: the line of each step ({@link dev.strata.tooling.ProgressText}), the summary, new-file and
 *       failure lines ({@link dev.strata.tooling.RunText}), multi-line messages folded into one
 *       ({@link dev.strata.tooling.OneLine}), and passwords masked in all of it
 *       ({@link dev.strata.tooling.Secrets}).</li>
 * </ul>
 */
package dev.strata.tooling;
