/**
 * The Maven plugin: {@code mvn strata:<goal>} runs Alembic's commands ({@code upgrade}, {@code downgrade},
 * {@code current}, {@code history}, {@code heads}, {@code branches}, {@code show}, {@code revision}, {@code merge},
 * {@code stamp}, {@code check}) and Strata's {@code verify} and {@code lint} in each module that declares the
 * plugin. The goals are
 * thin: settings come from {@link dev.strata.tooling.ToolSettings}, the work from {@link dev.strata.Strata}, the
 * text from {@link dev.strata.format.AlembicFormat} (and {@link dev.strata.format.LintFormat}) and, around a run,
 * from {@link dev.strata.tooling.RunText} and {@link dev.strata.tooling.ProgressText}, word for word what the CLI
 * prints. Guide: {@code docs/maven-plugin.md}.
 */
package dev.strata.maven;
