package dev.strata.demo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
  * The guide's all-services commands, as written, on the nine demo services: {@code scripts/run-migrations.sh}
  * with {@code DATABASE_URL} naming a server (here the test's), each service on its own database, created by
  * the script; upgrade, current and downgrade -1; and the CLI on one service.
  */
class RunMigrationsIT {

    static final String EXPORT = "export DATABASE_URL=postgresql://postgres:secret@localhost:5432/postgres";
    static final String UPGRADE = "scripts/run-migrations.sh upgrade heads";
    static final String CURRENT = "scripts/run-migrations.sh current";
    static final String DOWNGRADE = "scripts/run-migrations.sh downgrade -1";
    static final String LINT = "scripts/run-migrations.sh lint";
    static final String VERIFY = "scripts/run-migrations.sh verify";
    static final String CLI_HEADS = "bin/strata --dir demo-services/client-service heads";
    static final String CLI_HELP = "bin/strata --help";
    static final String JAR_HELP = "java -jar migration-cli/target/strata.jar --help";

    /** Row of the summary table → its database and the revision files of its location. */
    private static final Map<String, Target> TARGETS = new LinkedHashMap<>();

    private record Target(String database, RevisionFiles revisions) {
    }

    private static TestServer server;

    @BeforeAll
    static void services() throws SQLException {
        Path services = Repository.SERVICES;
        for (String[] service : new String[][] {
            {"cas-service", "cas_audit"}, {"client-service", "cds_client"}, {"document-service", "cds_document"},
            {"interaction-service", "cds_interaction"}, {"product-service", "cds_product"},
            {"relationship-service", "cds_relationship"}, {"riskprofile-service", "cds_riskprofile"},
            {"rmbrain-mainapp", "rmbrain_mainapp"}, {"task-service", "cds_task"}}) {
            TARGETS.put(service[0], new Target(service[1], RevisionFiles.ofService(services.resolve(service[0]))));
        }
        TARGETS.put("cas-service/reportsDataSource", new Target("cas_reports",
                RevisionFiles.of(services.resolve("cas-service/src/main/resources/db/reports"))));
        server = new TestServer();
        dropDatabases();
    }

    @AfterAll
    static void cleanUp() throws SQLException {
        dropDatabases();
        server.close();
    }

    @Test
    void upgradesReportsAndDowngradesEveryServiceOnItsOwnDatabase() throws SQLException {
        // The guide's DATABASE_URL names a server and its postgres database; the test's server stands in for it.
        assertThat(EXPORT).startsWith("export DATABASE_URL=postgresql://").endsWith("/postgres");
        Map<String, String> env = Map.of("DATABASE_URL", server.databaseUrl("postgres"));
        Path logs = Path.of("target", "e2e-logs").toAbsolutePath();

        Repository.Result up = Repository.run(UPGRADE, env, logs.resolve("run-migrations-upgrade.log"));
        assertThat(up.exitCode()).as(up.output()).isZero();
        for (Map.Entry<String, Target> row : TARGETS.entrySet()) {
            String head = row.getValue().revisions().head();
            assertThat(up.output()).as(row.getKey()).containsPattern(row(row.getKey(), head + " \\(head\\)"));
            assertThat(server.versions(row.getValue().database())).as(row.getKey()).containsExactly(head);
        }

        Repository.Result current = Repository.run(CURRENT, env, logs.resolve("run-migrations-current.log"));
        assertThat(current.exitCode()).as(current.output()).isZero();
        assertThat(current.output()).containsPattern(row("client-service",
                TARGETS.get("client-service").revisions().head() + " \\(head\\)"));

        Repository.Result down = Repository.run(DOWNGRADE, env, logs.resolve("run-migrations-downgrade.log"));
        assertThat(down.exitCode()).as(down.output()).isZero();
        for (Map.Entry<String, Target> row : TARGETS.entrySet()) {
            String below = row.getValue().revisions().belowHead();
            // Alembic's current marks a merge point "(mergepoint)", as relationship-service's is.
            assertThat(down.output()).as(row.getKey()).containsPattern(row(row.getKey(), below + "( \\(mergepoint\\))?"));
            assertThat(server.versions(row.getValue().database())).as(row.getKey()).containsExactly(below);
        }

        Repository.Result heads = Repository.run(CLI_HEADS, Map.of(), logs.resolve("strata-heads.log"));
        assertThat(heads.exitCode()).as(heads.output()).isZero();
        assertThat(heads.output()).isEqualTo(TARGETS.get("client-service").revisions().head() + " (head)\n");
    }

    @Test
    void everyServicesRevisionsLintCleanAndUndoThemselves() {
        Path logs = Path.of("target", "e2e-logs").toAbsolutePath();
        // No DATABASE_URL: neither command needs a database (verify works on scratch databases of its own).
        Map<String, String> noDatabase = Map.of("DATABASE_URL", "");
        for (String command : List.of(LINT, VERIFY)) {
            Repository.Result run = Repository.run(command, noDatabase,
                    logs.resolve(command.replace("scripts/run-migrations.sh ", "run-migrations-") + ".log"));
            assertThat(run.exitCode()).as(run.output()).isZero();
            for (String row : TARGETS.keySet()) {
                assertThat(run.output()).as(command + ": " + row)
                        .containsPattern("(?m)^" + Pattern.quote(row) + " +ok +");
            }
        }
    }

    @Test
    void theCliRunsThroughItsScriptAndAsAJar() {
        Path logs = Path.of("target", "e2e-logs").toAbsolutePath();
        Repository.Result script = Repository.run(CLI_HELP, Map.of(), logs.resolve("strata-help.log"));
        Repository.Result jar = Repository.run(JAR_HELP, Map.of(), logs.resolve("strata-jar-help.log"));
        assertThat(script.exitCode()).as(script.output()).isZero();
        assertThat(script.output()).startsWith("Usage: strata [OPTIONS] COMMAND").contains("  upgrade", "  downgrade",
                "--datasource=NAME");
        assertThat(jar.exitCode()).isZero();
        assertThat(jar.output()).isEqualTo(script.output());
    }

    private static Pattern row(String name, String current) {
        return Pattern.compile("(?m)^" + Pattern.quote(name) + " +ok +" + current + "$");
    }

    private static void dropDatabases() throws SQLException {
        server.drop(TARGETS.values().stream().map(Target::database).toArray(String[]::new));
    }
}
