package dev.strata.demo.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.DefaultResourceLoader;

@ExtendWith(OutputCaptureExtension.class)
class DemoDatabaseEnvironmentPostProcessorTest {

    @Test
    void givesTheServiceItsOwnDatabaseOnTheEmbeddedServer(CapturedOutput output) throws SQLException {
        try (ConfigurableApplicationContext context = run("demo.database.name=demo_embedded")) {
            assertThat(currentDatabase(context.getEnvironment())).isEqualTo("demo_embedded");
            assertThat(output).contains("Demo service uses database demo_embedded on embedded PostgreSQL");
        }
    }

    @Test
    void findsTheDatabaseAgainOnTheNextStart() throws SQLException {
        try (ConfigurableApplicationContext context = run("demo.database.name=demo_again")) {
            execute(context.getEnvironment(), "CREATE TABLE kept (id int)");
        }
        try (ConfigurableApplicationContext context = run("demo.database.name=demo_again")) {
            assertThat(query(context.getEnvironment(), "SELECT count(*) FROM kept")).isEqualTo("0");
        }
    }

    @Test
    void usesTheServiceDatabaseOnTheServerOfDatabaseUrl(CapturedOutput output) throws SQLException {
        ServiceDatabase server = ServiceDatabase.embedded("demo_door", new JdbcDatabaseCreator());
        String databaseUrl = "postgresql://" + server.address().user() + ":" + server.address().password()
                + "@" + server.address().host() + ":" + server.address().port() + "/demo_door";

        try (ConfigurableApplicationContext context =
                run("demo.database.name=demo_from_url", "DATABASE_URL=" + databaseUrl)) {
            assertThat(currentDatabase(context.getEnvironment())).isEqualTo("demo_from_url");
            assertThat(output).contains("Demo service uses database demo_from_url on postgresql://"
                    + server.address().user() + "@" + server.address().host() + ":" + server.address().port()
                    + "/demo_from_url (from DATABASE_URL)");
        }
    }

    @Test
    void givesFurtherDatasourcesTheirOwnDatabases(CapturedOutput output) throws SQLException {
        try (ConfigurableApplicationContext context = run("demo.database.name=demo_main",
                "demo.database.datasources.reportsDataSource.name=demo_reports",
                "demo.database.datasources.reportsDataSource.prefix=demo.reports")) {
            Environment environment = context.getEnvironment();
            assertThat(currentDatabase(environment)).isEqualTo("demo_main");
            try (Connection reports = DriverManager.getConnection(environment.getProperty("demo.reports.url"),
                    environment.getProperty("demo.reports.username"), environment.getProperty("demo.reports.password"));
                    Statement statement = reports.createStatement();
                    ResultSet row = statement.executeQuery("SELECT current_database()")) {
                row.next();
                assertThat(row.getString(1)).isEqualTo("demo_reports");
            }
            assertThat(output).contains("Demo datasource reportsDataSource uses database demo_reports on embedded"
                    + " PostgreSQL");
        }
    }

    @Test
    void asksWhereAFurtherDatasourceReadsItsSettings() {
        assertThatThrownBy(() -> run("demo.database.name=demo_main",
                "demo.database.datasources.reportsDataSource.name=demo_reports").close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Set demo.database.datasources.reportsDataSource.prefix: where the service reads that"
                        + " datasource's url, username and password, for example cas.reports.datasource.");
    }

    @Test
    void aReactiveServiceGetsOnlyR2dbcSettingsAndItsDatabaseWithoutJdbc(CapturedOutput output) throws SQLException {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(Empty.class)
                .resourceLoader(new DefaultResourceLoader(new FilteredClassLoader(org.postgresql.Driver.class)))
                .web(WebApplicationType.NONE)
                .properties("demo.database.name=demo_reactive");
        try (ConfigurableApplicationContext context = builder.run()) {
            Environment environment = context.getEnvironment();
            assertThat(environment.getProperty("spring.datasource.url")).isNull();
            String r2dbcUrl = environment.getProperty("spring.r2dbc.url");
            assertThat(r2dbcUrl).startsWith("r2dbc:postgresql://127.0.0.1:").endsWith("/demo_reactive");
            // Created over R2DBC, as the JDBC driver was hidden; seen here over JDBC, which the test may use.
            assertThat(query(r2dbcUrl.replace("r2dbc:", "jdbc:"), environment.getProperty("spring.r2dbc.username"),
                    environment.getProperty("spring.r2dbc.password"), "SELECT current_database()"))
                    .isEqualTo("demo_reactive");
        }
    }

    @Test
    void theR2dbcCreatorCreatesOnceAndWorksFromAUrlNamingTheMissingDatabase() throws SQLException {
        ServiceDatabase door = ServiceDatabase.embedded("demo_r2dbc_door", new JdbcDatabaseCreator());
        R2dbcDatabaseCreator creator = new R2dbcDatabaseCreator();
        creator.createIfMissing(door.address().withDatabase("demo_r2dbc_new"), "demo_r2dbc_new");
        creator.createIfMissing(door.address(), "demo_r2dbc_new");
        assertThat(query(door.jdbcUrl(), door.address().user(), door.address().password(),
                "SELECT count(*) FROM pg_database WHERE datname = 'demo_r2dbc_new'")).isEqualTo("1");
    }

    @Test
    void saysWhyTheDatabaseCouldNotBeCreated() {
        ServiceDatabase door = ServiceDatabase.embedded("demo_refused_door", new JdbcDatabaseCreator());
        String url = "postgresql://nobody_here:pw@" + door.address().host() + ":" + door.address().port() + "/x";
        assertThatThrownBy(() -> ServiceDatabase.onServer(url, "demo_refused", new R2dbcDatabaseCreator()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Could not create database demo_refused on postgresql://nobody_here@"
                        + door.address().host() + ":" + door.address().port() + "/demo_refused: ")
                .hasMessageContaining("nobody_here")
                .hasMessageEndingWith(". The user needs the CREATEDB privilege, or create the database beforehand.")
                .hasMessageNotContaining(":pw@");
    }

    @Test
    void leavesAConfiguredDataSourceAlone() {
        try (ConfigurableApplicationContext context = run(
                "demo.database.name=demo_unused", "spring.datasource.url=jdbc:postgresql://db.example:5432/mine")) {
            assertThat(context.getEnvironment().getProperty("spring.datasource.url"))
                    .isEqualTo("jdbc:postgresql://db.example:5432/mine");
            assertThat(context.getEnvironment().getProperty("spring.datasource.username")).isNull();
        }
    }

    @Test
    void asksForTheDatabaseNameWhenItIsMissing() {
        assertThatThrownBy(() -> run("spring.main.banner-mode=off").close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Set demo.database.name (for example cds_client) in the service's application.yml:"
                        + " it names the database the service gets, or set spring.datasource.url.");
    }

    @Test
    void refusesANameThatPostgresqlWouldFold() {
        assertThatThrownBy(() -> run("demo.database.name=Clients").close())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("demo.database.name must be a lower-case PostgreSQL name such as cds_client"
                        + " (letters, digits and _, at most 63), but is 'Clients'");
    }

    private static ConfigurableApplicationContext run(String... properties) {
        return new SpringApplicationBuilder(Empty.class)
                .web(WebApplicationType.NONE)
                .properties(properties)
                .run();
    }

    private static String currentDatabase(Environment environment) throws SQLException {
        return query(environment, "SELECT current_database()");
    }

    private static String query(String url, String user, String password, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    private static String query(Environment environment, String sql) throws SQLException {
        try (Connection connection = connect(environment);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    private static void execute(Environment environment, String sql) throws SQLException {
        try (Connection connection = connect(environment); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect(Environment environment) throws SQLException {
        return DriverManager.getConnection(environment.getProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"));
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }
}
