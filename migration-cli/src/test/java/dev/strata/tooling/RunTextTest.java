package dev.strata.tooling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.AppliedStep;
import dev.strata.MigrationFailedException;
import dev.strata.MigrationResult;
import dev.strata.StrataException;
import dev.strata.autogenerate.RevisionVerdict;
import dev.strata.autogenerate.RevisionVerdict.Outcome;
import dev.strata.autogenerate.VerifyReport;
import dev.strata.graph.RevisionGraph;
import dev.strata.graph.RevisionNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RunTextTest {

    private static final RevisionGraph GRAPH = RevisionGraph.of(RevisionNode.of("a1"), RevisionNode.of("b2", "a1"));

    @Test
    void theSummaryNamesWhereTheDatabaseNowIsAndHowLongItTook() {
        assertThat(RunText.summary(result("upgrade", List.of("b2"), 1), GRAPH, Duration.ofMillis(340)))
                .isEqualTo("Upgraded to b2 (head) in 0.3 s");
        assertThat(RunText.summary(result("downgrade", List.of("a1"), 1), GRAPH, Duration.ofMillis(1260)))
                .isEqualTo("Downgraded to a1 in 1.3 s");
        assertThat(RunText.summary(result("downgrade", List.of(), 2), GRAPH, Duration.ofMillis(40)))
                .isEqualTo("Downgraded to base in 0.0 s");
        assertThat(RunText.summary(result("stamp", List.of("a1", "b2"), 1), GRAPH, Duration.ofMillis(10)))
                .isEqualTo("Stamped a1, b2 (head) in 0.0 s");
    }

    @Test
    void aRunWithoutStepsHadNothingToDo() {
        assertThat(RunText.summary(result("upgrade", List.of("b2"), 0), GRAPH, Duration.ofMillis(340)))
                .isEqualTo("Already at b2 (head); nothing to do");
        assertThat(RunText.summary(result("downgrade", List.of(), 0), GRAPH, Duration.ZERO))
                .isEqualTo("Already at base; nothing to do");
    }

    @Test
    void aNewFileIsNamedByItsAbsolutePath() {
        Path file = Path.of("db/revisions/../revisions/b2_add_email.sql");

        assertThat(RunText.generated(file)).isEqualTo("  Generating "
                + Path.of("db/revisions/b2_add_email.sql").toAbsolutePath() + " ...  done");
    }

    @Test
    void aRolledBackRevisionTellsWhatToDoNext() {
        StrataException failure = new MigrationFailedException("Revision a1 (x.sql, line 3) failed during upgrade:"
                + " boom\n  The revision was rolled back; the version table does not record it.", "a1", "x.sql", 3,
                "SELECT 1/0", null);

        assertThat(RunText.failure(failure)).isEqualTo("Revision a1 (x.sql, line 3) failed during upgrade: boom;"
                + " The revision was rolled back; the version table does not record it. Fix the revision, then run the"
                + " command again.");
    }

    @Test
    void otherFailuresKeepTheEnginesWords() {
        assertThat(RunText.failure(new StrataException("Can't locate revision identified by 'zzzz'")))
                .isEqualTo("Can't locate revision identified by 'zzzz'");
    }

    @Test
    void anUnexpectedErrorSaysWhatItIs() {
        assertThat(RunText.unexpected(new IllegalStateException("first\nsecond")))
                .isEqualTo("java.lang.IllegalStateException: first; second");
        assertThat(RunText.unexpected(new NullPointerException())).isEqualTo("java.lang.NullPointerException: null");
    }

    @Test
    void verifysSummaryCountsEachOutcomeThatOccurred() {
        assertThat(RunText.verifySummary(new VerifyReport(List.of(verdict("a1", Outcome.OK),
                verdict("b2", Outcome.OK))))).isEqualTo("Verified 2 revisions: 2 ok");
        assertThat(RunText.verifySummary(new VerifyReport(List.of(verdict("a1", Outcome.IRREVERSIBLE)))))
                .isEqualTo("Verified 1 revision: 1 irreversible");
        assertThat(RunText.verifySummary(new VerifyReport(List.of(verdict("a1", Outcome.OK),
                verdict("b2", Outcome.FAILED), verdict("c3", Outcome.SKIPPED), verdict("d4", Outcome.IRREVERSIBLE)))))
                .isEqualTo("Verified 4 revisions: 1 ok, 1 irreversible, 1 failed, 1 skipped");
        assertThat(RunText.verifySummary(new VerifyReport(List.of()))).isEqualTo("No revisions to verify");
    }

    @Test
    void verifysFailureNamesTheFailedRevisionsAndThoseNotRun() {
        VerifyReport report = new VerifyReport(List.of(verdict("a1", Outcome.OK), verdict("b2", Outcome.FAILED),
                new RevisionVerdict("c3", "", Outcome.FAILED, "x"), verdict("d4", Outcome.SKIPPED)));

        assertThat(RunText.verifyFailed(report)).isEqualTo("Verification failed for 2 of 4 revisions: b2 (message"
                + " of b2), c3; not run, as they need a failed one: d4 (message of d4)");
        assertThat(RunText.verifyFailed(new VerifyReport(List.of(verdict("a1", Outcome.FAILED)))))
                .isEqualTo("Verification failed for 1 of 1 revision: a1 (message of a1)");
    }

    private static RevisionVerdict verdict(String id, Outcome outcome) {
        return new RevisionVerdict(id, "message of " + id, outcome, outcome == Outcome.OK ? null : "why");
    }

    private static MigrationResult result(String command, List<String> headsAfter, int steps) {
        List<AppliedStep> applied = IntStream.range(0, steps)
                .mapToObj(i -> new AppliedStep("b2", command, command + " a1 -> b2", "add email", Duration.ZERO))
                .toList();
        return new MigrationResult(command, List.of(), headsAfter, applied, null);
    }
}
