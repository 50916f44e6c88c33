package dev.strata.cli;

import static dev.strata.cli.Service.Ids.A;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.Strata;
import dev.strata.format.Json;
import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code --sql}: the engine's offline script, printed as it is; no database needed for a from:to range. */
class OfflineSqlIT {

    @TempDir
    Path dir;

    private Strata engine;

    @BeforeEach
    void revisions() {
        Service service = new Service(dir).linear();
        engine = Strata.configure().locations(service.revisions().toString()).load();
    }

    @Test
    void upgradeSqlPrintsTheScriptWithoutADatabase() {
        Run run = Cli.in(dir).run("upgrade", "--sql", "base:head").succeeded();

        assertThat(run.stdout()).isEqualTo(engine.upgradeSql("base:head"))
                .contains("CREATE TABLE strata_version (", "CREATE TABLE clients (id int PRIMARY KEY);",
                        "UPDATE strata_version SET version_num='3f2a9c1b7d4e'");
    }

    @Test
    void downgradeSqlPrintsTheScriptWithoutADatabase() {
        Run run = Cli.in(dir).run("downgrade", "--sql", "head:1a2b").succeeded();

        assertThat(run.stdout()).isEqualTo(engine.downgradeSql("head:1a2b"))
                .contains("ALTER TABLE clients DROP COLUMN email;", "DROP TABLE orders;")
                .doesNotContain("DROP TABLE clients;");
    }

    @Test
    void theScriptComesAsJsonToo() {
        Run run = Cli.in(dir).run("--json", "upgrade", "--sql", ":1a2b").succeeded();

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("command", "upgrade");
        expected.put("sql", engine.upgradeSql(":1a2b"));
        assertThat(run.stdout()).isEqualTo(Json.write(expected) + "\n");
    }

    @Test
    void withoutADatabaseARangeIsRequired() {
        Cli.in(dir).run("upgrade", "--sql", "head")
                .failedWith("upgrade with --sql requires <fromrev>:<torev> when no database is configured");
        Cli.in(dir).run("downgrade", "--sql", "-1")
                .failedWith("downgrade with --sql requires <fromrev>:<torev> when no database is configured");
    }

    @Test
    @ExtendWith(PostgresExtension.class)
    void withADatabaseTheScriptStartsFromItsRevisionsAndChangesNothing(TestDatabase db) {
        Cli cli = Cli.in(dir).withEnv("DATABASE_URL", Database.url(db));
        cli.run("upgrade", "+1").succeeded();

        Run run = cli.run("upgrade", "--sql", "heads").succeeded();

        assertThat(run.stdout()).isEqualTo(engine.upgradeSql(A + ":heads"));
        assertThat(Database.versions(db)).containsExactly(A);
        assertThat(Database.tables(db)).containsExactly("clients", "strata_history", "strata_version");
    }
}
