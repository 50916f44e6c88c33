package dev.strata.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.strata.lint.LintFinding;
import dev.strata.lint.LintResult;
import org.junit.jupiter.api.Test;

/** {@code -- strata:lint-ignore <rule-id> <reason>}: what it accepts, and the comments that are errors. */
class SuppressionTest {

    private static final String CLIENTS = "CREATE TABLE clients (id bigint PRIMARY KEY, email text, legacy text);";

    private static Revisions onClients(String sql) {
        return Revisions.chain().sql(CLIENTS).sql(sql);
    }

    @Test
    void aCommentWithRuleAndReasonAcceptsTheStatementBelow() {
        LintResult result = onClients("-- strata:lint-ignore drop-column legacy has been unused since 2.4\n"
                + "ALTER TABLE clients DROP COLUMN legacy;").lint();

        assertThat(result.findings()).isEmpty();
        assertThat(result.suppressed()).isEqualTo(1);
    }

    @Test
    void itAcceptsOnlyTheRuleItNames() {
        assertThat(onClients("-- strata:lint-ignore drop-table wrong rule\n"
                + "ALTER TABLE clients DROP COLUMN legacy;").found()).containsExactly("r2:7 [drop-column]");
    }

    @Test
    void itAcceptsOnlyTheStatementDirectlyBelow() {
        assertThat(onClients("-- strata:lint-ignore drop-column unused\n"
                + "\n"
                + "ALTER TABLE clients DROP COLUMN legacy;\n"
                + "-- strata:lint-ignore drop-column unused\n"
                + "-- another comment\n"
                + "ALTER TABLE clients DROP COLUMN email;\n"
                + "ALTER TABLE clients RENAME COLUMN id TO client_id;").found())
                .containsExactly("r2:8 [drop-column]", "r2:11 [drop-column]", "r2:12 [rename-column]");
    }

    @Test
    void commentsOneAboveTheOtherAcceptSeveralRulesForAllActionsOfTheStatement() {
        LintResult result = onClients("  --strata:lint-ignore drop-column both columns moved to client_details\n"
                + "-- strata:lint-ignore rename-column   the service has read client_id since 2.5\n"
                + "ALTER TABLE clients\n"
                + "    DROP COLUMN legacy,\n"
                + "    DROP COLUMN email,\n"
                + "    RENAME COLUMN id TO client_id;").lint();

        assertThat(result.findings()).isEmpty();
        assertThat(result.suppressed()).isEqualTo(3);
    }

    @Test
    void aCommentInsideThePreviousStatementAcceptsNothing() {
        assertThat(onClients("INSERT INTO clients (legacy) VALUES ('\n"
                + "-- strata:lint-ignore drop-column inside a string');\n"
                + "ALTER TABLE clients DROP COLUMN legacy;").found()).containsExactly("r2:8 [drop-column]");
    }

    @Test
    void aReasonIsRequired() {
        LintResult result = onClients("-- strata:lint-ignore drop-column\n"
                + "ALTER TABLE clients DROP COLUMN legacy;").lint();

        assertThat(result.findings()).containsExactly(
                new LintFinding("r2", Revisions.file("r2"), 6, "lint-ignore", "'-- strata:lint-ignore drop-column'"
                        + " gives no reason", "Say why the statement is safe here: -- strata:lint-ignore drop-column"
                        + " <reason>."),
                new LintFinding("r2", Revisions.file("r2"), 7, "drop-column", "drops column clients.legacy and its"
                        + " data", result.findings().get(1).advice()));
        assertThat(result.suppressed()).isZero();
    }

    @Test
    void anUnknownRuleIsAnError() {
        LintFinding finding = onClients("-- strata:lint-ignore drop-colum typo\n"
                + "ALTER TABLE clients ADD COLUMN phone text;").only();

        assertThat(finding).isEqualTo(new LintFinding("r2", Revisions.file("r2"), 6, "lint-ignore", "unknown rule"
                + " 'drop-colum' in '-- strata:lint-ignore'", "Name one of: drop-table, drop-column,"
                + " add-column-not-null-without-default, set-not-null, alter-column-type,"
                + " create-index-not-concurrently, add-foreign-key-without-not-valid, add-check-without-not-valid,"
                + " add-unique-constraint, rename-table, rename-column, volatile-default, lock-table, vacuum-full,"
                + " cluster, missing-downgrade."));
    }

    @Test
    void aCommentWithoutRuleOrAMisspeltDirectiveIsAnError() {
        Revisions revisions = onClients("-- strata:lint-ignore\n"
                + "-- strata:lint-ingore drop-column typo\n"
                + "-- strata:lint-ignore lint-ignore an error cannot be accepted\n"
                + "SELECT 1;");

        assertThat(revisions.lint().findings()).extracting(LintFinding::line, LintFinding::message,
                LintFinding::advice).containsExactly(
                        tuple(6, "'-- strata:lint-ignore' names no rule and gives no"
                                + " reason", "Write -- strata:lint-ignore <rule-id> <reason> directly above the"
                                + " statement to accept."),
                        tuple(7, "unknown directive '-- strata:lint-ingore'",
                                "Write -- strata:lint-ignore <rule-id> <reason> directly above the statement to"
                                        + " accept."),
                        tuple(8, "unknown rule 'lint-ignore' in"
                                + " '-- strata:lint-ignore'", revisions.lint().findings().get(2).advice()));
    }

    @Test
    void anInvalidCommentInAStackDoesNotCutItOff() {
        assertThat(onClients("-- strata:lint-ignore drop-column moved to client_details\n"
                + "-- strata:lint-ignore bogus reason\n"
                + "ALTER TABLE clients DROP COLUMN legacy;").found()).containsExactly("r2:7 [lint-ignore]");
    }

    @Test
    void commentsInTheDowngradeAreCheckedToo() {
        assertThat(Revisions.chain().sql("ALTER TABLE clients ADD COLUMN phone text;",
                "-- strata:lint-ignore drop-column\nALTER TABLE clients DROP COLUMN phone;\n").found())
                .containsExactly("r1:8 [lint-ignore]");
    }

    @Test
    void aSqlCommentThatMentionsTheDirectiveMidLineIsNoDirective() {
        assertThat(onClients("SELECT 1; -- strata:lint-ignore whatever\n"
                + "ALTER TABLE clients ADD COLUMN phone text; /* -- strata:lint-ignore */").found()).isEmpty();
    }
}
