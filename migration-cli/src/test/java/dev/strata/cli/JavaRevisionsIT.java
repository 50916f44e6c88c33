package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A graph that mixes SQL and Java revisions, as a service holds it: SQL files in
 * {@code src/main/resources/db/revisions}, a {@code @Revision} class in {@code src/main/java/db/revisions}, compiled
 * (here by the test, against the engine classes in strata.jar) into {@code target/classes/db/revisions}, and a SQL
 * revision that revises the Java one.
 */
@ExtendWith(PostgresExtension.class)
class JavaRevisionsIT {

    private static final String CREATE = "1a2b3c4d5e6f";
    private static final String SEED = "5e6f7a8b9c0d";
    private static final String EMAIL = "3f2a9c1b7d4e";
    private static final String SEED_CLASS = """
            package db.revisions;

            import dev.strata.JavaRevision;
            import dev.strata.Operations;
            import dev.strata.Revision;

            @Revision(id = "5e6f7a8b9c0d", revises = "1a2b3c4d5e6f", message = "seed clients",
                    createDate = "2026-11-24T10:00:00Z")
            public final class SeedClients implements JavaRevision {

                @Override
                public void upgrade(Operations op) {
                    op.execute("INSERT INTO clients (id) VALUES (?), (?)", 1, 2);
                }

                @Override
                public void downgrade(Operations op) {
                    op.execute("DELETE FROM clients");
                }
            }
            """;

    @TempDir
    Path dir;

    private Service service;
    private Path sqlOnTopOfJava;

    @BeforeEach
    void revisions() throws IOException {
        service = new Service(dir);
        service.revision(CREATE, "", "create clients", "CREATE TABLE clients (id int PRIMARY KEY);",
                "DROP TABLE clients;");
        sqlOnTopOfJava = service.revision(EMAIL, SEED, "add email column",
                "ALTER TABLE clients ADD COLUMN email text;", "ALTER TABLE clients DROP COLUMN email;");
        Path source = dir.resolve("src/main/java/db/revisions/SeedClients.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, SEED_CLASS);
    }

    @Test
    void upgradeRunsTheSqlAndTheJavaRevisionsInGraphOrder(TestDatabase db) {
        compile();
        Cli cli = Cli.in(dir).withEnv("DATABASE_URL", Database.url(db));

        assertThat(cli.run("upgrade").succeeded().stdoutWithoutTimings()).isEqualTo("""
                [1/3] upgrade  -> 1a2b3c4d5e6f, create clients ... done in N ms
                [2/3] upgrade 1a2b3c4d5e6f -> 5e6f7a8b9c0d, seed clients ... done in N ms
                [3/3] upgrade 5e6f7a8b9c0d -> 3f2a9c1b7d4e, add email column ... done in N ms
                Upgraded to 3f2a9c1b7d4e (head) in N s
                """);
        assertThat(Database.versions(db)).containsExactly(EMAIL);
        assertThat(Database.column(db, "SELECT id || ':' || coalesce(email, '-') FROM clients ORDER BY id"))
                .containsExactly("1:-", "2:-");

        assertThat(cli.run("history").succeeded().stdout()).isEqualTo("""
                5e6f7a8b9c0d -> 3f2a9c1b7d4e (head), add email column
                1a2b3c4d5e6f -> 5e6f7a8b9c0d, seed clients
                <base> -> 1a2b3c4d5e6f, create clients
                """);
        assertThat(cli.run("history", "-v").succeeded().stdout()).contains(
                "Rev: 3f2a9c1b7d4e (head)\nParent: 5e6f7a8b9c0d\nPath: " + sqlOnTopOfJava + "\n",
                "Rev: 5e6f7a8b9c0d\nParent: 1a2b3c4d5e6f\nPath: class db.revisions.SeedClients\n");

        assertThat(cli.run("downgrade", "base").succeeded().stdoutWithoutTimings()).isEqualTo("""
                [1/3] downgrade 3f2a9c1b7d4e -> 5e6f7a8b9c0d, add email column ... done in N ms
                [2/3] downgrade 5e6f7a8b9c0d -> 1a2b3c4d5e6f, seed clients ... done in N ms
                [3/3] downgrade 1a2b3c4d5e6f -> , create clients ... done in N ms
                Downgraded to base in N s
                """);
        assertThat(Database.tables(db)).containsExactly("strata_history", "strata_version");
    }

    @Test
    void anEditedSqlFileWinsOverItsStaleCopyInTargetClasses() throws IOException {
        compile();
        Path stale = dir.resolve("target/classes/db/revisions").resolve(sqlOnTopOfJava.getFileName());
        Files.writeString(stale, Files.readString(sqlOnTopOfJava).replace("add email column", "stale message"));

        Run show = Cli.in(dir).run("show", EMAIL).succeeded();

        assertThat(show.stdout()).startsWith("Rev: 3f2a9c1b7d4e (head)\nParent: 5e6f7a8b9c0d\nPath: "
                + sqlOnTopOfJava + "\n").contains("    add email column\n").doesNotContain("stale");
    }

    @Test
    void anUncompiledJavaRevisionIsExplained() {
        Cli.in(dir).run("history").failedWith(EMAIL + " (" + sqlOnTopOfJava + ") revises '" + SEED
                + "', which is not a known revision; check the id or add the missing revision file; if " + SEED
                + " is a Java revision, compile the module first (mvn compile)");
    }

    @Test
    void aSqlFileDeletedSinceTheBuildIsStillReadFromItsCopyAndSaidSo() throws IOException {
        compile();
        Files.delete(sqlOnTopOfJava);
        Path copy = dir.resolve("target/classes/db/revisions").resolve(sqlOnTopOfJava.getFileName());

        Run history = Cli.in(dir).run("history");

        assertThat(history.exitCode()).as("stderr: %s", history.stderr()).isZero();
        assertThat(history.stdout()).startsWith("5e6f7a8b9c0d -> 3f2a9c1b7d4e (head), add email column\n");
        assertThat(history.stderr()).isEqualTo("[WARN] ToolSettings - " + copy + " is read as a revision, but "
                + service.revisions() + " has no such file: a copy of a file deleted or renamed since the last"
                + " build? mvn clean compile removes it\n");
    }

    /** What {@code mvn compile} does for the service: its Java sources into {@code target/classes}. */
    private void compile() {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter messages = new StringWriter();
        Path classes = dir.resolve("target/classes");
        boolean compiled = compiler.getTask(messages, null, null,
                List.of("--release", "17", "-classpath", Cli.JAR.toString(), "-d", classes.toString()), null,
                compiler.getStandardFileManager(null, null, null).getJavaFileObjects(
                        dir.resolve("src/main/java/db/revisions/SeedClients.java"))).call();
        assertThat(compiled).as("javac: %s", messages).isTrue();
        // The resources phase copies the SQL files next to the classes, as the build does.
        try {
            for (Path file : List.of(service.revisions().resolve(CREATE + "_create_clients.sql"), sqlOnTopOfJava)) {
                Files.copy(file, classes.resolve("db/revisions").resolve(file.getFileName()));
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
