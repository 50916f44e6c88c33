package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code scripts/run-migrations.sh}: one command for every service, each on its own database, and a summary. */
@ExtendWith(PostgresExtension.class)
class RunMigrationsScriptIT {

    private static final Path SCRIPT = Path.of("..", "scripts", "run-migrations.sh").toAbsolutePath().normalize();

    @TempDir
    Path services;

    private Service service(String name, TestDatabase db) {
        Service service = new Service(services.resolve(name)).linear();
        service.applicationYml("spring:\n  datasource:\n    url: " + db.jdbcUrl() + "\n    username: " + db.user()
                + "\n    password: '" + db.password() + "'\n");
        return service;
    }

    private Run script(String... args) {
        return Cli.in(services).withEnv("STRATA_SERVICES_DIR", services.toString())
                .exec(List.of(concat("bash", SCRIPT.toString(), args)));
    }

    private static String[] concat(String first, String second, String... rest) {
        String[] all = new String[rest.length + 2];
        all[0] = first;
        all[1] = second;
        System.arraycopy(rest, 0, all, 2, rest.length);
        return all;
    }

    @Test
    void upgradesEveryServiceOnItsOwnDatabaseAndKeepsGoingPastAFailure(TestDatabase a, TestDatabase b,
            TestDatabase c) throws Exception {
        service("a-service", a);
        Service broken = service("b-service", b);
        Files.writeString(broken.revisions().resolve("zz_broken.sql"), "-- revison: typo\n");
        service("c-service", c);

        Run run = script("upgrade", "heads");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).containsPattern("(?m)^a-service +ok +3f2a9c1b7d4e \\(head\\)$")
                .containsPattern("(?m)^b-service +FAILED +-$")
                .containsPattern("(?m)^c-service +ok +3f2a9c1b7d4e \\(head\\)$");
        assertThat(run.stderr()).contains("FAILED: ").contains("zz_broken.sql:1: unknown header key 'revison'");
        assertThat(Database.versions(a)).containsExactly(Service.Ids.C);
        assertThat(Database.versions(b)).isEmpty();
        assertThat(Database.versions(c)).containsExactly(Service.Ids.C);
    }

    @Test
    void downgradesAndReportsCurrentForAllServices(TestDatabase a, TestDatabase c) {
        service("a-service", a);
        service("c-service", c);
        assertThat(script("upgrade", "heads").exitCode()).isZero();

        Run down = script("downgrade", "-1");

        assertThat(down.exitCode()).isZero();
        assertThat(down.stdout()).containsPattern("(?m)^SERVICE +RESULT +CURRENT$")
                .containsPattern("(?m)^a-service +ok +1a9f8e7d6c5b$")
                .containsPattern("(?m)^c-service +ok +1a9f8e7d6c5b$");
        assertThat(Database.versions(a)).containsExactly(Service.Ids.B);
        assertThat(Database.versions(c)).containsExactly(Service.Ids.B);
    }

    @Test
    void databaseUrlNamesTheServerAndEachServiceKeepsItsDatabase(TestDatabase a, TestDatabase c) {
        // The services name their databases; DATABASE_URL only says which server (here: another database name).
        service("a-service", a).applicationYml("spring:\n  datasource:\n    url: jdbc:postgresql://nowhere:1/"
                + a.name() + "\n");
        service("c-service", c).applicationYml("spring:\n  datasource:\n    url: jdbc:postgresql://nowhere:1/"
                + c.name() + "\n");

        Run run = Cli.in(services).withEnv("STRATA_SERVICES_DIR", services.toString())
                .withEnv("DATABASE_URL", Database.url(a).replace("/" + a.name(), "/postgres"))
                .exec(List.of("bash", SCRIPT.toString(), "upgrade", "head"));

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(Database.versions(a)).containsExactly(Service.Ids.C);
        assertThat(Database.versions(c)).containsExactly(Service.Ids.C);
    }

    @Test
    void leavesOutSharedModulesThatAreNoServices(TestDatabase a) throws IOException {
        service("a-service", a);
        Path shared = services.resolve("demo-support");
        Files.createDirectories(shared.resolve("src/main/resources/META-INF"));
        Files.writeString(shared.resolve("pom.xml"), "<project/>\n");

        Run run = script("upgrade", "heads");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("=== a-service: strata upgrade heads").doesNotContain("demo-support");
    }

    @Test
    void withoutACommandItPrintsUsage() {
        Run run = script();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).startsWith("usage: scripts/run-migrations.sh <strata command>");
    }
}
