package dev.strata.maven.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.TestDatabase;
import dev.strata.test.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code mvn strata:<goal>} at the root of a reactor ({@code src/it/services-reactor}): two services that declare
 * the plugin, each with its own database named by a placeholder in its own configuration
 * ({@code ${CLIENT_DB_URL}} in an {@code application.yml}, {@code ${BILLING_DB_URL}} in an
 * {@code application.properties}), and a library that does not declare it.
 */
class ReactorGoalsIT {

    private static InvokedMaven maven;

    private TestDatabase clients;
    private TestDatabase billing;
    private Path reactor;
    private Map<String, String> env;

    @BeforeAll
    static void maven() {
        maven = InvokedMaven.fromBuild();
    }

    @BeforeEach
    void reactorAndDatabases() {
        clients = TestPostgres.shared().createDatabase();
        billing = TestPostgres.shared().createDatabase();
        reactor = SampleProject.copy("services-reactor", "services-reactor");
        env = Map.of("CLIENT_DB_URL", clients.jdbcUrl(), "BILLING_DB_URL", billing.jdbcUrl(),
                "DB_USER", clients.user(), "DB_PASSWORD", clients.password());
    }

    @AfterEach
    void dropDatabases() {
        clients.close();
        billing.close();
    }

    @Test
    void aGoalAtTheRootRunsInEveryModuleThatDeclaresThePluginOneBlockEach() {
        MavenRun run = maven.run(reactor, env, "strata:upgrade", "strata:current");

        assertThat(run.exitCode()).as("%s", run).isZero();
        assertThat(run.headers()).as("%s", run).containsExactly(
                "strata:upgrade (client-service)", "strata:current (client-service)",
                "strata:upgrade (billing-service)", "strata:current (billing-service)");
        assertThat(run.block("current", "client-service")).containsExactly("a1c0ffee0001 (head)");
        assertThat(run.block("current", "billing-service")).containsExactly("b1b111ed0002 (head)");
        assertThat(run.block("upgrade", "billing-service")).hasSize(3);
        assertThat(Databases.versions(clients)).containsExactly("a1c0ffee0001");
        assertThat(Databases.versions(billing)).containsExactly("b1b111ed0002");
        assertThat(Databases.columns(clients, "invoices")).as("each service migrates its own database").isEmpty();
        assertThat(Databases.columns(billing, "clients")).isEmpty();
    }

    @Test
    void skipLeavesEveryDatabaseAlone() {
        MavenRun run = maven.run(reactor, env, "strata:upgrade", "-Dstrata.skip");

        assertThat(run.exitCode()).as("%s", run).isZero();
        assertThat(run.output()).contains("[INFO] Skipping strata:upgrade in client-service (strata.skip)",
                "[INFO] Skipping strata:upgrade in billing-service (strata.skip)");
        assertThat(run.headers()).isEmpty();
        assertThat(Databases.strings(clients, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))
                .containsExactly("0");
    }

    @Test
    void inAModuleWithoutThePluginTheGoalSaysWhyItDoesNothing() {
        MavenRun run = maven.run(reactor.resolve("shared-lib"), env, "strata:current");

        assertThat(run.exitCode()).as("%s", run).isZero();
        assertThat(run.output()).contains("[INFO] shared-lib does not declare strata-maven-plugin in its build:"
                + " skipped");
        assertThat(run.headers()).isEmpty();
    }

    @Test
    void withoutThePluginAtTheRootThePrefixIsUnknownThereButFullCoordinatesWork() throws IOException {
        // The root forgets the plugin; the services name its version themselves.
        Path root = reactor.resolve("pom.xml");
        String pom = Files.readString(root);
        Files.writeString(root, pom.substring(0, pom.indexOf("  <build>")) + "</project>\n", StandardCharsets.UTF_8);
        for (String service : new String[] {"client-service", "billing-service"}) {
            Path file = reactor.resolve(service).resolve("pom.xml");
            Files.writeString(file, Files.readString(file).replace("<artifactId>strata-maven-plugin</artifactId>",
                    "<artifactId>strata-maven-plugin</artifactId><version>" + System.getProperty("strata.it.version")
                            + "</version>"), StandardCharsets.UTF_8);
        }

        MavenRun prefix = maven.run(reactor, env, "strata:current");

        assertThat(prefix.exitCode()).as("%s", prefix).isEqualTo(1);
        assertThat(prefix.output()).contains("No plugin found for prefix 'strata' in the current project");

        MavenRun coordinates = maven.run(reactor, env, "dev.strata:strata-maven-plugin:current");

        assertThat(coordinates.exitCode()).as("%s", coordinates).isZero();
        assertThat(coordinates.headers()).containsExactly("strata:current (client-service)",
                "strata:current (billing-service)");
        assertThat(coordinates.block("current", "client-service")).isEmpty();
    }
}
