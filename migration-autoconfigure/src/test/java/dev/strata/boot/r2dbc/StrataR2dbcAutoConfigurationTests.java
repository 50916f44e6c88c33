package dev.strata.boot.r2dbc;

import static dev.strata.boot.Sql.column;
import static dev.strata.boot.Sql.connectionFactory;
import static dev.strata.boot.Sql.r2dbcProperties;
import static dev.strata.boot.Sql.tables;
import static dev.strata.boot.Sql.versions;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.boot.Sql;
import dev.strata.boot.StrataEngine;
import dev.strata.boot.StrataMigrations;
import dev.strata.boot.autoconfigure.StrataAutoConfiguration;
import dev.strata.boot.autoconfigure.StrataR2dbcAutoConfiguration;
import dev.strata.r2dbc.R2dbcDriver;
import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import io.r2dbc.spi.ConnectionFactory;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.r2dbc.autoconfigure.DataR2dbcAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The auto-configuration in a reactive application: one engine per R2DBC ConnectionFactory, with the same
 * properties and overrides as for DataSources, migrating before DatabaseClient and R2dbcEntityTemplate are used.
 * (This module's test classpath has JDBC too; migration-reactive-tests proves a service that has none.)
 */
@ExtendWith(PostgresExtension.class)
class StrataR2dbcAutoConfigurationTests {

    private static final String HEAD = "3c4d5e6f7a8b";

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(R2dbcAutoConfiguration.class, DataSourceAutoConfiguration.class,
                    StrataAutoConfiguration.class, StrataR2dbcAutoConfiguration.class));

    @Test
    void upgradesTheConnectionFactoryToItsHeadsWithZeroConfiguration(TestDatabase db) {
        runner.withPropertyValues(r2dbcProperties(db)).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(StrataMigrations.class).doesNotHaveBean(DataSource.class);
            StrataEngine engine = context.getBean(StrataMigrations.class).engine("connectionFactory").orElseThrow();
            assertThat(engine.connectionSource()).isSameAs(context.getBean(ConnectionFactory.class));
            assertThat(engine.dataSource()).isEmpty();
            assertThat(engine.describe()).isEqualTo("ConnectionFactory 'connectionFactory'");
            assertThat(engine.strata().configuration().driver()).isInstanceOf(R2dbcDriver.class);
            assertThat(versions(db, "strata_version")).containsExactly(HEAD);
            assertThat(tables(db)).contains("public.customer", "public.orders", "public.strata_history");
        });
    }

    @Test
    void backsOffWithoutTheR2dbcDriverModule(TestDatabase db) {
        runner.withPropertyValues(r2dbcProperties(db)).withClassLoader(new FilteredClassLoader(R2dbcDriver.class))
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(StrataMigrations.class);
                    assertThat(tables(db)).isEmpty();
                });
    }

    @Test
    void backsOffWhenDisabled(TestDatabase db) {
        runner.withPropertyValues(r2dbcProperties(db)).withPropertyValues("strata.enabled=false").run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(StrataMigrations.class);
            assertThat(tables(db)).isEmpty();
        });
    }

    @Test
    void anApplicationWithADataSourceIsMigratedThroughIt(TestDatabase db) {
        runner.withPropertyValues(r2dbcProperties(db)).withBean("dataSource", DataSource.class, db::dataSource)
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(ConnectionFactory.class);
                    assertThat(context.getBean(StrataMigrations.class).engines()).extracting(StrataEngine::describe)
                            .containsExactly("DataSource 'dataSource'");
                    assertThat(versions(db, "strata_version")).containsExactly(HEAD);
                });
    }

    @Test
    void databaseClientAndEntityTemplateWaitForTheMigrations(TestDatabase db) {
        runner.withConfiguration(AutoConfigurations.of(DataR2dbcAutoConfiguration.class))
                .withPropertyValues(r2dbcProperties(db)).withUserConfiguration(SchemaUsers.class).run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean("customersByClient")).isEqualTo(0L);
                    assertThat(context.getBean("ordersByTemplate")).isEqualTo(0L);
                });
    }

    @Test
    void migratesAsAnotherDatabaseUserThroughAnR2dbcUrl(TestDatabase db) {
        String role = ownerRole(db);
        try {
            runner.withPropertyValues(r2dbcProperties(db)).withPropertyValues("strata.url=" + db.r2dbcUrl(),
                    "strata.user=" + role, "strata.password=owner-pw").run(context -> {
                        assertThat(context).hasNotFailed();
                        assertThat(context.getBean(StrataMigrations.class).engines()).extracting(e -> e.strata()
                                .configuration().driver().describe()).containsExactly("ConnectionFactory"
                                        + " 'connectionFactory' through " + db.r2dbcUrl() + " as user '" + role + "'");
                        assertThat(column(db, "SELECT tableowner FROM pg_tables WHERE tablename = 'customer'"))
                                .containsExactly(role);
                        assertThat(column(db, "SELECT DISTINCT db_user FROM strata_history")).containsExactly(role);
                    });
        } finally {
            dropRole(db, role);
        }
    }

    @Test
    void aPoolingUrlGivesStrataAConnectionOfItsOwnAllTheSame(TestDatabase db) {
        String role = ownerRole(db);
        String pooled = db.r2dbcUrl().replace("r2dbc:postgresql:", "r2dbc:pool:postgresql:");
        try {
            runner.withPropertyValues(r2dbcProperties(db)).withPropertyValues("strata.url=" + pooled,
                    "strata.user=" + role, "strata.password=owner-pw").run(context -> {
                        assertThat(context).hasNotFailed();
                        assertThat(column(db, "SELECT DISTINCT db_user FROM strata_history")).containsExactly(role);
                    });
        } finally {
            dropRole(db, role);
        }
    }

    @Test
    void derivesAConnectionAsAnotherUserFromTheConnectionFactory(TestDatabase db) {
        String role = ownerRole(db);
        try {
            runner.withPropertyValues(r2dbcProperties(db))
                    .withPropertyValues("strata.user=" + role, "strata.password=owner-pw").run(context -> {
                        assertThat(context).hasNotFailed();
                        assertThat(column(db, "SELECT DISTINCT db_user FROM strata_history")).containsExactly(role);
                        // The application's own connections stay the application user's.
                        assertThat(context.getBean(StrataMigrations.class).engines().get(0).connectionSource())
                                .isSameAs(context.getBean(ConnectionFactory.class));
                    });
        } finally {
            dropRole(db, role);
        }
    }

    @Test
    void failOnPendingNamesTheConnectionFactory(TestDatabase db) {
        runner.withPropertyValues(r2dbcProperties(db))
                .withPropertyValues("strata.run-on-startup=false", "strata.fail-on-pending=true").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).hasRootCauseMessage("ConnectionFactory"
                            + " 'connectionFactory' has 3 pending revision(s) up to 'heads': 1a2b3c4d5e6f (Create"
                            + " customer table), 2b3c4d5e6f7a (Add email to customer), 3c4d5e6f7a8b (Create orders"
                            + " table). run-on-startup is false and fail-on-pending is true, so the migrations must"
                            + " run before the application starts");
                    assertThat(tables(db)).isEmpty();
                });
    }

    @Test
    void refusesAJdbcUrlForAConnectionFactory(TestDatabase db) {
        runner.withPropertyValues(r2dbcProperties(db)).withPropertyValues("strata.url=" + db.jdbcUrl())
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).hasRootCauseMessage("strata.url (or"
                            + " strata.datasources.connectionFactory.url) must be an R2DBC URL such as"
                            + " r2dbc:postgresql://host:5432/database, because 'connectionFactory' is an R2DBC"
                            + " ConnectionFactory and this application has no JDBC DataSource; it starts with 'jdbc:'");
                    assertThat(tables(db)).isEmpty();
                });
    }

    @Test
    void eachConnectionFactoryHasItsOwnSettings(TestDatabase orders, TestDatabase reporting) {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(StrataR2dbcAutoConfiguration.class))
                .withBean("orders", ConnectionFactory.class, () -> connectionFactory(orders))
                .withBean("reporting", ConnectionFactory.class, () -> connectionFactory(reporting))
                .withPropertyValues("strata.datasources.reporting.locations=classpath:db/reporting",
                        "strata.datasources.reporting.schema=app")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(StrataMigrations.class).engines()).extracting(StrataEngine::describe)
                            .containsExactly("ConnectionFactory 'orders'", "ConnectionFactory 'reporting'");
                    assertThat(versions(orders, "strata_version")).containsExactly(HEAD);
                    assertThat(versions(reporting, "app.strata_version")).containsExactly("9f8e7d6c5b4a");
                });
    }

    @Test
    void refusesAnOverrideThatNamesNoConnectionFactory(TestDatabase orders, TestDatabase reporting) {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(StrataR2dbcAutoConfiguration.class))
                .withBean("orders", ConnectionFactory.class, () -> connectionFactory(orders))
                .withBean("reporting", ConnectionFactory.class, () -> connectionFactory(reporting))
                .withPropertyValues("strata.datasources.reprting.enabled=false")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).hasRootCauseMessage("strata.datasources.reprting names no"
                            + " ConnectionFactory bean; the ConnectionFactory beans are: orders, reporting");
                    assertThat(tables(orders)).isEmpty();
                });
    }

    private static String ownerRole(TestDatabase db) {
        String role = "strata_owner_" + db.name().substring(db.name().length() - 6);
        Sql.execute(db, "CREATE ROLE " + role + " LOGIN PASSWORD 'owner-pw'");
        Sql.execute(db, "GRANT ALL ON SCHEMA public TO " + role);
        return role;
    }

    private static void dropRole(TestDatabase db, String role) {
        Sql.execute(db, "DROP OWNED BY " + role);
        Sql.execute(db, "DROP ROLE " + role);
    }

    /** Beans that read migrated tables while they are created: they exist only if the migrations ran first. */
    @Configuration(proxyBeanMethods = false)
    static class SchemaUsers {

        @Bean
        Long customersByClient(DatabaseClient client) {
            return client.sql("SELECT count(*) AS n FROM customer").map(row -> row.get("n", Long.class)).one().block();
        }

        @Bean
        Long ordersByTemplate(R2dbcEntityTemplate template) {
            return template.getDatabaseClient().sql("SELECT count(*) AS n FROM orders")
                    .map(row -> row.get("n", Long.class)).one().block();
        }
    }
}
