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
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

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
        ServiceDatabase server = ServiceDatabase.embedded("demo_door");
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
