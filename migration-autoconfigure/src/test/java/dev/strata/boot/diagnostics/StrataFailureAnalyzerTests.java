package dev.strata.boot.diagnostics;

import static dev.strata.boot.Sql.dataSourceProperties;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.boot.autoconfigure.StrataAutoConfiguration;
import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;

/** A failed startup run becomes a description and an action. */
@ExtendWith(PostgresExtension.class)
class StrataFailureAnalyzerTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, StrataAutoConfiguration.class));

    @Test
    void isRegisteredForSpringBootsFailureAnalysis() {
        // Other modules' analyzers need constructor arguments that only Spring Boot passes: skip them here.
        List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation()
                .load(FailureAnalyzer.class, null, FailureHandler.handleMessage((message, failure) -> { }));
        assertThat(analyzers).hasAtLeastOneElementOfType(StrataFailureAnalyzer.class);
    }

    @Test
    void aFailedRevisionNamesTheRevisionTheStatementAndWhatToFix(TestDatabase db) {
        FailureAnalysis analysis = analyzeStartup(db, "strata.locations=classpath:db/broken");

        assertThat(analysis.getDescription()).startsWith("Strata could not migrate DataSource 'dataSource'.\n\n"
                + "Revision d00000000002 (").contains("db/broken/d00000000002_fails.sql, line 6) failed during upgrade:",
                        "relation \"missing_table\" does not exist",
                        "Statement: ALTER TABLE missing_table ADD COLUMN note TEXT",
                        "The revision was rolled back; the version table does not record it.");
        assertThat(analysis.getAction()).startsWith("Fix revision d00000000002 (").endsWith("db/broken/"
                + "d00000000002_fails.sql at line 6) so that it runs on this database, or fix the database, then start"
                + " the application again: the revision runs again. Never edit a revision that another database has"
                + " already applied; add a new revision instead.");
    }

    @Test
    void pendingRevisionsSayHowToMigrateFirst(TestDatabase db) {
        FailureAnalysis analysis = analyzeStartup(db, "strata.run-on-startup=false", "strata.fail-on-pending=true");

        assertThat(analysis.getDescription()).isEqualTo("DataSource 'dataSource' has 3 pending revision(s) up to"
                + " 'heads': 1a2b3c4d5e6f (Create customer table), 2b3c4d5e6f7a (Add email to customer), 3c4d5e6f7a8b"
                + " (Create orders table). run-on-startup is false and fail-on-pending is true, so the migrations must"
                + " run before the application starts.");
        assertThat(analysis.getAction()).isEqualTo("Run the migrations before starting the application (for example"
                + " 'strata upgrade heads' or the deployment's migration job), or set strata.run-on-startup=true to"
                + " upgrade while the application starts.");
    }

    @Test
    void anyOtherRefusalKeepsTheEnginesAdvice(TestDatabase db) {
        FailureAnalysis analysis = analyzeStartup(db, "strata.locations=classpath:db/branched", "strata.target=head");

        assertThat(analysis.getDescription()).isEqualTo("Strata could not migrate DataSource 'dataSource': Multiple"
                + " head revisions are present for given argument 'head'; please specify a specific target revision,"
                + " '<branchname>@head' to narrow to a specific head, or 'heads' for all heads (heads: bb0000000002,"
                + " cc0000000003).");
        assertThat(analysis.getAction()).startsWith("Correct what the description names, then start the application"
                + " again.");
    }

    private FailureAnalysis analyzeStartup(TestDatabase db, String... properties) {
        AtomicReference<FailureAnalysis> analysis = new AtomicReference<>();
        runner.withPropertyValues(dataSourceProperties(db)).withPropertyValues(properties).run(context -> {
            assertThat(context).hasFailed();
            analysis.set(new StrataFailureAnalyzer().analyze(context.getStartupFailure()));
        });
        assertThat(analysis.get()).isNotNull();
        return analysis.get();
    }
}
