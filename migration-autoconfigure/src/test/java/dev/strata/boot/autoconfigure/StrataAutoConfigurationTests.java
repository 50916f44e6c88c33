package dev.strata.boot.autoconfigure;

import static dev.strata.boot.Sql.column;
import static dev.strata.boot.Sql.dataSourceProperties;
import static dev.strata.boot.Sql.tables;
import static dev.strata.boot.Sql.versions;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.ChecksumPolicy;
import dev.strata.Strata;
import dev.strata.StrataConfiguration;
import dev.strata.TransactionMode;
import dev.strata.boot.MigrationStepEvent;
import dev.strata.boot.PendingRevisionsException;
import dev.strata.boot.Sql;
import dev.strata.boot.StrataConfigurationCustomizer;
import dev.strata.boot.StrataEngine;
import dev.strata.boot.StrataMigrationStrategy;
import dev.strata.boot.StrataMigrations;
import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The auto-configuration on one DataSource: conditions, back-off, properties, the startup run and its order. */
@ExtendWith(PostgresExtension.class)
class StrataAutoConfigurationTests {

    private static final List<String> CHAIN = List.of("1a2b3c4d5e6f", "2b3c4d5e6f7a", "3c4d5e6f7a8b");

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, StrataAutoConfiguration.class));

    @Test
    void backsOffWithNoDataSourceBean() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(StrataAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(StrataMigrations.class)
                        .doesNotHaveBean(StrataMigrationInitializer.class));
    }

    @Test
    void backsOffWhenDisabled(TestDatabase db) {
        runner.withPropertyValues(dataSourceProperties(db)).withPropertyValues("strata.enabled=false")
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(StrataMigrations.class);
                    assertThat(tables(db)).isEmpty();
                });
    }

    @Test
    void backsOffWithoutStrataOnTheClasspath(TestDatabase db) {
        runner.withPropertyValues(dataSourceProperties(db)).withClassLoader(new FilteredClassLoader(Strata.class))
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(StrataMigrations.class);
                    assertThat(tables(db)).isEmpty();
                });
    }

    @Test
    void upgradesTheDataSourceToItsHeadsWithZeroConfiguration(TestDatabase db) {
        runner.withPropertyValues(dataSourceProperties(db)).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(StrataMigrations.class);
            assertThat(context.getBean(StrataMigrations.class).engines()).extracting(StrataEngine::name)
                    .containsExactly("dataSource");
            assertThat(versions(db, "strata_version")).containsExactly("3c4d5e6f7a8b");
            assertThat(tables(db)).contains("public.customer", "public.orders", "public.strata_history");
        });
    }

    @Test
    void backsOffFromAUserDefinedStrataMigrations(TestDatabase db) {
        runner.withPropertyValues(dataSourceProperties(db))
                .withBean(StrataMigrations.class, () -> new StrataMigrations(List.of())).run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(StrataMigrations.class);
                    assertThat(tables(db)).isEmpty();
                });
    }

    @Test
    void appliesTheStrataPropertiesToTheEngine(TestDatabase db) {
        runner.withPropertyValues(dataSourceProperties(db)).withPropertyValues("strata.schema=app",
                "strata.version-table=app_version", "strata.history-table=app_history", "strata.transaction-mode=all",
                "strata.lock.timeout=5s", "strata.validate-checksums=warn", "strata.locations=classpath:db/reporting")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    StrataConfiguration configuration = engine(context.getBean(StrataMigrations.class)).strata()
                            .configuration();
                    assertThat(configuration.schema()).isEqualTo("app");
                    assertThat(configuration.versionTable()).isEqualTo("app_version");
                    assertThat(configuration.historyTable()).isEqualTo("app_history");
                    assertThat(configuration.transactionMode()).isEqualTo(TransactionMode.ALL);
                    assertThat(configuration.lockTimeout()).isEqualTo(Duration.ofSeconds(5));
                    assertThat(configuration.checksumPolicy()).isEqualTo(ChecksumPolicy.WARN);
                    assertThat(configuration.locations()).containsExactly("classpath:db/reporting");
                    assertThat(versions(db, "app.app_version")).containsExactly("9f8e7d6c5b4a");
                    assertThat(tables(db)).containsExactly("app.app_history", "app.app_version", "app.report");
                });
    }

    @Test
    void countsAsTheSchemaManagerOfItsDataSources(TestDatabase db) {
        runner.withPropertyValues(dataSourceProperties(db)).run(context -> {
            StrataSchemaManagementProvider provider = context.getBean(StrataSchemaManagementProvider.class);
            assertThat(provider.getSchemaManagement(context.getBean(DataSource.class)))
                    .isEqualTo(SchemaManagement.MANAGED);
            assertThat(provider.getSchemaManagement(db.dataSource())).isEqualTo(SchemaManagement.UNMANAGED);
        });
    }

    @Test
    void aMigrationStrategyBeanTakesOverTheStartupRun(TestDatabase db) {
        List<String> seen = new CopyOnWriteArrayList<>();
        runner.withPropertyValues(dataSourceProperties(db))
                .withBean(StrataMigrationStrategy.class, () -> engine -> seen.add(engine.name())).run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(seen).containsExactly("dataSource");
                    assertThat(tables(db)).isEmpty();
                });
    }

    @Test
    void customizersAdjustEveryEngineInOrder(TestDatabase db) {
        runner.withPropertyValues(dataSourceProperties(db)).withUserConfiguration(OrderedCustomizers.class)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(OrderedCustomizers.class).calls)
                            .containsExactly("first:dataSource", "second:dataSource");
                    // The later customizer wins: the engine uses its version table.
                    assertThat(versions(db, "second_version")).containsExactly("3c4d5e6f7a8b");
                });
    }

    @Test
    void runOnStartupFalseLeavesTheDatabaseAlone(TestDatabase db) {
        runner.withPropertyValues(dataSourceProperties(db)).withPropertyValues("strata.run-on-startup=false")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(StrataMigrations.class);
                    assertThat(tables(db)).isEmpty();
                });
    }

    @Test
    void failOnPendingRefusesToStartAndListsThePendingRevisions(TestDatabase db) {
        runner.withPropertyValues(dataSourceProperties(db))
                .withPropertyValues("strata.run-on-startup=false", "strata.fail-on-pending=true").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().isInstanceOf(PendingRevisionsException.class)
                            .hasMessage("DataSource 'dataSource' has 3 pending revision(s) up to 'heads':"
                                    + " 1a2b3c4d5e6f (Create customer table), 2b3c4d5e6f7a (Add email to customer),"
                                    + " 3c4d5e6f7a8b (Create orders table). run-on-startup is false and"
                                    + " fail-on-pending is true, so the migrations must run before the application"
                                    + " starts");
                    assertThat(tables(db)).isEmpty();
                });
    }

    @Test
    void failOnPendingStartsWhenTheDatabaseIsUpToDate(TestDatabase db) {
        Strata.configure().dataSource(db.dataSource()).load().upgrade("heads");
        runner.withPropertyValues(dataSourceProperties(db))
                .withPropertyValues("strata.run-on-startup=false", "strata.fail-on-pending=true")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void upgradesEveryHeadByDefault(TestDatabase db) {
        runner.withPropertyValues(dataSourceProperties(db)).withPropertyValues("strata.locations=classpath:db/branched")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(versions(db, "strata_version")).containsExactly("bb0000000002", "cc0000000003");
                });
    }

    @Test
    void refusesSeveralHeadsWhenThatIsNotAllowed(TestDatabase db) {
        runner.withPropertyValues(dataSourceProperties(db))
                .withPropertyValues("strata.locations=classpath:db/branched", "strata.allow-multiple-heads=false")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().hasMessage("The revisions of DataSource"
                            + " 'dataSource' have 2 heads (bb0000000002, cc0000000003) and allow-multiple-heads is"
                            + " false. Merge them with 'strata merge -m \"merge heads\" heads', or set"
                            + " strata.allow-multiple-heads=true to upgrade every head");
                    assertThat(tables(db)).isEmpty();
                });
    }

    @Test
    void targetHeadWithSeveralHeadsNamesThem(TestDatabase db) {
        runner.withPropertyValues(dataSourceProperties(db))
                .withPropertyValues("strata.locations=classpath:db/branched", "strata.target=head").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).hasRootCauseMessage("Multiple head revisions are present"
                            + " for given argument 'head'; please specify a specific target revision,"
                            + " '<branchname>@head' to narrow to a specific head, or 'heads' for all heads (heads:"
                            + " bb0000000002, cc0000000003)");
                });
    }

    @Test
    void migratesAsAnotherDatabaseUser(TestDatabase db) {
        String role = "strata_owner_" + db.name().substring(db.name().length() - 6);
        Sql.execute(db, "CREATE ROLE " + role + " LOGIN PASSWORD 'owner-pw'");
        Sql.execute(db, "GRANT ALL ON SCHEMA public TO " + role);
        try {
            runner.withPropertyValues(dataSourceProperties(db))
                    .withPropertyValues("strata.user=" + role, "strata.password=owner-pw").run(context -> {
                        assertThat(context).hasNotFailed();
                        assertThat(column(db, "SELECT tableowner FROM pg_tables WHERE tablename = 'customer'"))
                                .containsExactly(role);
                        assertThat(column(db, "SELECT DISTINCT db_user FROM strata_history")).containsExactly(role);
                    });
        } finally {
            Sql.execute(db, "DROP OWNED BY " + role);
            Sql.execute(db, "DROP ROLE " + role);
        }
    }

    @Test
    void jdbcTemplateAndJdbcClientWaitForTheMigrations(TestDatabase db) {
        runner.withConfiguration(AutoConfigurations.of(JdbcTemplateAutoConfiguration.class,
                JdbcClientAutoConfiguration.class)).withPropertyValues(dataSourceProperties(db))
                .withUserConfiguration(SchemaUsers.class).run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean("customersByTemplate")).isEqualTo(0);
                    assertThat(context.getBean("customersByClient")).isEqualTo(0);
                    assertThat(context.getBean(OrdersReader.class).orders).isZero();
                });
    }

    @Test
    void publishesAnEventBeforeAndAfterEachStep(TestDatabase db) {
        List<String> events = new CopyOnWriteArrayList<>();
        runner.withPropertyValues(dataSourceProperties(db))
                .withBean("stepListener", ApplicationListener.class,
                        () -> (ApplicationListener<MigrationStepEvent>) event -> events.add(event.kind() + " "
                                + event.dataSourceName() + " " + event.step().revision()))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(events).containsExactly("STARTED dataSource " + CHAIN.get(0),
                            "SUCCEEDED dataSource " + CHAIN.get(0), "STARTED dataSource " + CHAIN.get(1),
                            "SUCCEEDED dataSource " + CHAIN.get(1), "STARTED dataSource " + CHAIN.get(2),
                            "SUCCEEDED dataSource " + CHAIN.get(2));
                });
    }

    private static StrataEngine engine(StrataMigrations migrations) {
        return migrations.engine("dataSource").orElseThrow();
    }

    @Configuration(proxyBeanMethods = false)
    static class OrderedCustomizers {

        final List<String> calls = new CopyOnWriteArrayList<>();

        @Bean
        @Order(2)
        StrataConfigurationCustomizer second() {
            return (name, builder) -> {
                calls.add("second:" + name);
                builder.versionTable("second_version");
            };
        }

        @Bean
        @Order(1)
        StrataConfigurationCustomizer first() {
            return (name, builder) -> {
                calls.add("first:" + name);
                builder.versionTable("first_version");
            };
        }
    }

    /** Beans that read migrated tables while they are created: they exist only if the migrations ran first. */
    @Configuration(proxyBeanMethods = false)
    static class SchemaUsers {

        @Bean
        Integer customersByTemplate(JdbcTemplate jdbc) {
            return jdbc.queryForObject("SELECT count(*) FROM customer", Integer.class);
        }

        @Bean
        Integer customersByClient(JdbcClient jdbc) {
            return jdbc.sql("SELECT count(*) FROM customer").query(Integer.class).single();
        }

        @Bean
        OrdersReader ordersReader(DataSource dataSource) {
            return new OrdersReader(new JdbcTemplate(dataSource));
        }
    }

    @DependsOnDatabaseInitialization
    static class OrdersReader {

        final int orders;

        OrdersReader(JdbcTemplate jdbc) {
            this.orders = jdbc.queryForObject("SELECT count(*) FROM orders", Integer.class);
        }
    }
}
