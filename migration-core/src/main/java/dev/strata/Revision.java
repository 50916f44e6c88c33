package dev.strata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a Java revision: a class implementing {@link JavaRevision} that lives in the same graph as the
 * SQL revision files. Put the class in a package that a location scans (for {@code classpath:db/revisions},
 * the package {@code db.revisions}), or register it with {@link StrataConfiguration.Builder#javaRevisions}.
 *
 * <pre>{@code
 * @Revision(id = "7c1e2d3f4a5b", revises = "3f2a9c1b7d4e", message = "Backfill client emails")
 * public final class BackfillEmails implements JavaRevision { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {

    /** The revision id: 1 to 32 letters, digits or underscores (12 hex characters when generated). */
    String id();

    /** The revision(s) this one revises; none for a base, several for a merge point. */
    String[] revises() default {};

    /** One line saying what the revision does. */
    String message() default "";

    /** Branch labels declared on this revision. */
    String[] branchLabels() default {};

    /** Revisions (ids or branch labels) that must be applied before this one without being its parents. */
    String[] dependsOn() default {};

    /** When false the revision runs outside a transaction, statement by statement. */
    boolean transactional() default true;

    /** When false the downgrade is declared impossible and refuses to run. */
    boolean reversible() default true;

    /** ISO-8601 creation time, informational. */
    String createDate() default "";
}
