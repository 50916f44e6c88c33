package dev.strata.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.MigrationFailedException;
import dev.strata.StrataException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class BuildFailureTest {

    private static final String SECRET = "s3cr3t-Passw0rd";

    @Test
    void aFailureIsTheCliLineWithItsAdvice() {
        StrataException error = new MigrationFailedException("Revision a1 (x.sql, line 3) failed during upgrade:"
                + " boom\n  Statement: SELECT 1/0\n  The revision was rolled back; the version table does not record it.",
                "a1", "x.sql", 3, "SELECT 1/0", null);

        MojoFailureException failure = BuildFailure.of(error, List.of(SECRET));

        assertThat(failure).hasMessage("Revision a1 (x.sql, line 3) failed during upgrade: boom; Statement: SELECT"
                + " 1/0; The revision was rolled back; the version table does not record it. Fix the revision, then run the"
                + " command again.");
        assertThat(failure.getSuppressed()).as("shown with -e").containsExactly(error);
        assertThat(failure.getCause()).isNull();
    }

    @Test
    void passwordsAreMaskedAndAnExceptionThatQuotesOneStaysBehind() {
        StrataException error = new StrataException("Statement: CREATE USER MAPPING FOR app SERVER remote OPTIONS"
                + " (password '" + SECRET + "'); also postgresql://app:other-pw@localhost/app");

        MojoFailureException failure = BuildFailure.of(error, List.of(SECRET));

        assertThat(failure).hasMessage("Statement: CREATE USER MAPPING FOR app SERVER remote OPTIONS (password"
                + " '****'); also postgresql://app:****@localhost/app");
        assertThat(failure.getSuppressed()).isEmpty();
    }

    @Test
    void anUnexpectedErrorNamesItsTypeAndIsMaskedToo() {
        IllegalStateException clean = new IllegalStateException("first\nsecond");
        IllegalStateException quoting = new IllegalStateException("cannot use " + SECRET);

        MojoExecutionException plain = BuildFailure.unexpected(clean, List.of(SECRET));
        MojoExecutionException masked = BuildFailure.unexpected(quoting, List.of(SECRET));

        assertThat(plain).hasMessage("java.lang.IllegalStateException: first; second").hasCause(clean);
        assertThat(masked).hasMessage("java.lang.IllegalStateException: cannot use ****").hasNoCause();
    }
}
