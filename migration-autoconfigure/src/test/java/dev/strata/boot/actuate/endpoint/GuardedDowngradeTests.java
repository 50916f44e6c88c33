package dev.strata.boot.actuate.endpoint;

import static dev.strata.boot.Sql.column;
import static dev.strata.boot.Sql.snapshot;
import static dev.strata.boot.Sql.versions;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.boot.StrataEngine;
import dev.strata.boot.StrataMigrations;
import dev.strata.boot.autoconfigure.StrataAutoConfiguration;
import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The guards that do not need HTTP: a service without Spring Security, and plans with nothing to undo. */
@ExtendWith(PostgresExtension.class)
class GuardedDowngradeTests {

    private static final Caller NOBODY = new Caller(null, role -> false);

    @Test
    void withoutSpringSecurityNoRoleIsCheckedAndTheRunIsRecordedAsAnonymous(TestDatabase db) {
        withEngine(db, engine -> assertThat(new GuardedDowngrade(false).downgrade(engine,
                new DowngradeRequest("downgrade", "-1", "3c4d5e6f7a8b", false), NOBODY).status()).isEqualTo(200));

        assertThat(versions(db, "strata_version")).containsExactly("2b3c4d5e6f7a");
        assertThat(column(db, "SELECT principal FROM strata_history WHERE direction = 'downgrade'"))
                .containsExactly("anonymous");
    }

    @Test
    void withSpringSecurityNobodyAuthenticatedIsRefused(TestDatabase db) {
        withEngine(db, engine -> {
            List<String> before = snapshot(db);

            DowngradeResponse response = new GuardedDowngrade(true).downgrade(engine,
                    new DowngradeRequest("downgrade", "-1", "3c4d5e6f7a8b", false), NOBODY);

            assertThat(response.status()).isEqualTo(401);
            assertThat(response.body()).containsEntry("message", "Authentication is required to downgrade");
            assertThat(snapshot(db)).isEqualTo(before);
        });
    }

    @Test
    void aTargetAtTheCurrentRevisionPlansNothing(TestDatabase db) {
        withEngine(db, engine -> {
            List<String> before = snapshot(db);

            DowngradeResponse response = new GuardedDowngrade(false).downgrade(engine,
                    new DowngradeRequest("downgrade", "3c4d5e6f7a8b", "3c4d5e6f7a8b", null), NOBODY);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).containsEntry("plan", List.of()).containsEntry("sql", "")
                    .containsEntry("dryRun", true);
            assertThat(snapshot(db)).isEqualTo(before);
        });
    }

    @Test
    void confirmAcceptsSeveralHeadsInAnyOrder(TestDatabase db) {
        withEngine(db, engine -> {
            DowngradeResponse response = new GuardedDowngrade(false).downgrade(engine,
                    new DowngradeRequest("downgrade", "bb0000000002-1", "cc0000000003, bb0000000002", true), NOBODY);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).containsEntry("current", List.of("bb0000000002", "cc0000000003"));
        }, "strata.locations=classpath:db/branched");
    }

    /** Runs {@code test} with the engine of a started application, its database upgraded to heads. */
    private static void withEngine(TestDatabase db, Consumer<StrataEngine> test, String... properties) {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(StrataAutoConfiguration.class))
                .withBean("dataSource", DataSource.class, db::dataSource)
                .withPropertyValues("strata.actuator.downgrade.enabled=true").withPropertyValues(properties)
                .run(context -> test.accept(context.getBean(StrataMigrations.class).engine("dataSource")
                        .orElseThrow()));
    }
}
