package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

/** What one {@code strata} process did: its exit code and everything it printed. */
record Run(int exitCode, String stdout, String stderr) {

    /** Exit 0, nothing on stderr. */
    Run succeeded() {
        assertThat(exitCode).as("exit code; stderr: %s", stderr).isZero();
        assertThat(stderr).as("stderr").isEmpty();
        return this;
    }

    /** Exit 1, exactly this {@code FAILED:} line on stderr, nothing else there. */
    Run failedWith(String message) {
        assertThat(exitCode).as("exit code; stdout: %s", stdout).isEqualTo(1);
        assertThat(stderr).as("stderr").isEqualTo("FAILED: " + message + System.lineSeparator());
        return this;
    }

    /** Exit 2 (bad usage), exactly this text on stderr, nothing on stdout. */
    Run usageError(String text) {
        assertThat(exitCode).as("exit code").isEqualTo(2);
        assertThat(stdout).as("stdout").isEmpty();
        assertThat(stderr).as("stderr").isEqualTo(text);
        return this;
    }

    /** The secret appears nowhere in the output. */
    Run hides(String secret) {
        assertThat(stdout).as("stdout").doesNotContain(secret);
        assertThat(stderr).as("stderr").doesNotContain(secret);
        return this;
    }

    /** Stdout with the timings that change from run to run replaced by N. */
    String stdoutWithoutTimings() {
        return stdout.replaceAll("done in [0-9]+ ms", "done in N ms").replaceAll(" in [0-9]+\\.[0-9] s", " in N s")
                .replaceAll("\"durationMs\":[0-9]+", "\"durationMs\":N");
    }
}
