package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
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
    void createsEachDatabaseItNeedsAndGivesEveryDatasourceItsRow(TestDatabase door) throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        String main = "svc_main_" + suffix;
        String reports = "svc_reports_" + suffix;
        Service service = new Service(services.resolve("cas-service")).linear();
        service.applicationYml("""
                demo:
                  database:
                    name: %s        # what demo-support creates for the main datasource
                    datasources:
                      reportsDataSource:
                        name: "%s"
                        prefix: cas.reports.datasource
                strata:
                  datasources:
                    reportsDataSource:
                      locations: classpath:db/reports
                ---
                spring:
                  config:
                    activate:
                      on-profile: local
                  datasource:
                    url: jdbc:postgresql://localhost:5432/elsewhere
                """.formatted(main, reports));
        Path reportRevisions = Files.createDirectories(service.revisions().resolveSibling("reports"));
        Files.writeString(reportRevisions.resolve("aa11_daily.sql"), "-- revision: aa11\n-- down_revision:\n"
                + "-- message: daily\n\n-- migrate:upgrade\nCREATE TABLE daily (day date PRIMARY KEY);\n\n"
                + "-- migrate:downgrade\nDROP TABLE daily;\n");
        String server = Database.url(door);
        try {
            Run up = Cli.in(services).withEnv("STRATA_SERVICES_DIR", services.toString())
                    .withEnv("DATABASE_URL", server).exec(List.of("bash", SCRIPT.toString(), "upgrade", "heads"));

            assertThat(up.exitCode()).as(up.stderr()).isZero();
            assertThat(up.stdout()).containsPattern("(?m)^cas-service +ok +3f2a9c1b7d4e \\(head\\)$")
                    .containsPattern("(?m)^cas-service/reportsDataSource +ok +aa11 \\(head\\)$")
                    .contains("=== cas-service/reportsDataSource: strata upgrade heads");
            assertThat(up.stderr()).contains("Created database postgresql://" + door.user() + "@")
                    .contains("/" + main + " (from DATABASE_URL)").contains("/" + reports + " (from DATABASE_URL)");
            assertThat(column(door, main, "SELECT version_num FROM strata_version")).containsExactly(Service.Ids.C);
            assertThat(column(door, reports, "SELECT version_num FROM strata_version")).containsExactly("aa11");
            assertThat(column(door, reports, "SELECT to_regclass('clients')::text")).containsExactly((String) null);

            Run down = Cli.in(services).withEnv("STRATA_SERVICES_DIR", services.toString())
                    .withEnv("DATABASE_URL", server).exec(List.of("bash", SCRIPT.toString(), "downgrade", "-1"));
            assertThat(down.exitCode()).as(down.stderr()).isZero();
            assertThat(down.stderr()).doesNotContain("Created database");
            assertThat(down.stdout()).containsPattern("(?m)^cas-service +ok +1a9f8e7d6c5b$")
                    .containsPattern("(?m)^cas-service/reportsDataSource +ok +-$");
            assertThat(column(door, reports, "SELECT count(*) FROM strata_version")).containsExactly("0");
        } finally {
            Database.exec(door, "DROP DATABASE IF EXISTS " + main + " WITH (FORCE)");
            Database.exec(door, "DROP DATABASE IF EXISTS " + reports + " WITH (FORCE)");
        }
    }

    private static List<String> column(TestDatabase door, String database, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(
                door.jdbcUrl().replace("/" + door.name(), "/" + database), door.user(), door.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rows.next()) {
                out.add(rows.getString(1));
            }
            return out;
        }
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
