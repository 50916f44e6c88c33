package dev.strata.boot.autoconfigure;

import static dev.strata.boot.Sql.tables;
import static dev.strata.boot.Sql.versions;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.boot.StrataEngine;
import dev.strata.boot.StrataMigrations;
import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** One engine per DataSource bean, each with its own revisions and overrides. */
@ExtendWith(PostgresExtension.class)
class MultipleDataSourcesTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(StrataAutoConfiguration.class));

    private ApplicationContextRunner twoDataSources(TestDatabase orders, TestDatabase reporting) {
        return runner.withBean("orders", DataSource.class, orders::dataSource)
                .withBean("reporting", DataSource.class, reporting::dataSource);
    }

    @Test
    void migratesEachDataSourceWithItsOwnRevisions(TestDatabase orders, TestDatabase reporting) {
        twoDataSources(orders, reporting).withPropertyValues("strata.datasources.reporting.locations=classpath:db/reporting",
                "strata.datasources.reporting.version-table=report_version").run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(StrataMigrations.class).engines()).extracting(StrataEngine::name)
                            .containsExactly("orders", "reporting");
                    assertThat(versions(orders, "strata_version")).containsExactly("3c4d5e6f7a8b");
                    assertThat(versions(reporting, "report_version")).containsExactly("9f8e7d6c5b4a");
                    assertThat(tables(orders)).containsExactly("public.customer", "public.orders",
                            "public.strata_history", "public.strata_version");
                    assertThat(tables(reporting)).containsExactly("public.report", "public.report_version",
                            "public.strata_history");
                });
    }

    @Test
    void aDataSourceCanBeLeftOut(TestDatabase orders, TestDatabase reporting) {
        twoDataSources(orders, reporting).withPropertyValues("strata.datasources.reporting.enabled=false")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(StrataMigrations.class).engines()).extracting(StrataEngine::name)
                            .containsExactly("orders");
                    assertThat(tables(reporting)).isEmpty();
                });
    }

    @Test
    void eachDataSourceHasItsOwnStartupSettings(TestDatabase orders, TestDatabase reporting) {
        twoDataSources(orders, reporting).withPropertyValues("strata.run-on-startup=false",
                "strata.datasources.reporting.run-on-startup=true",
                "strata.datasources.reporting.locations=classpath:db/reporting",
                "strata.datasources.reporting.schema=reports").run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(tables(orders)).isEmpty();
                    assertThat(tables(reporting)).containsExactly("reports.report", "reports.strata_history",
                            "reports.strata_version");
                });
    }

    @Test
    void refusesAnOverrideThatNamesNoDataSource(TestDatabase orders, TestDatabase reporting) {
        twoDataSources(orders, reporting).withPropertyValues("strata.datasources.reprting.locations=classpath:x")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).hasRootCauseMessage("strata.datasources.reprting names no"
                            + " DataSource bean; the DataSource beans are: orders, reporting");
                    assertThat(tables(orders)).isEmpty();
                });
    }

    @Test
    void refusesOneStrataUrlForSeveralDataSources(TestDatabase orders, TestDatabase reporting) {
        twoDataSources(orders, reporting).withPropertyValues("strata.url=" + orders.jdbcUrl()).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasRootCauseMessage("strata.url is set, and there are several"
                    + " DataSources (orders, reporting): each would migrate the same database. Set"
                    + " strata.datasources.<bean-name>.url for each DataSource instead");
        });
    }

    @Test
    void migratesThroughAPerDataSourceUrl(TestDatabase orders, TestDatabase reporting, TestDatabase elsewhere) {
        twoDataSources(orders, reporting).withPropertyValues("strata.datasources.reporting.url=" + elsewhere.jdbcUrl(),
                "strata.datasources.reporting.user=" + elsewhere.user(),
                "strata.datasources.reporting.password=" + elsewhere.password(),
                "strata.datasources.reporting.locations=classpath:db/reporting").run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(tables(reporting)).isEmpty();
                    assertThat(versions(elsewhere, "strata_version")).containsExactly("9f8e7d6c5b4a");
                });
    }
}
