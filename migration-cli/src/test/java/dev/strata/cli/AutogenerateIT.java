package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code strata revision --autogenerate} and {@code strata check} as a developer runs them in a service folder:
 * entities compiled into {@code target/classes}, revisions in {@code src/main/resources/db/revisions}, with and
 * without a database.
 */
@ExtendWith(PostgresExtension.class)
class AutogenerateIT {

    private static final String CLIENT = """
            package com.example.clients;

            import jakarta.persistence.Column;
            import jakarta.persistence.Entity;
            import jakarta.persistence.Id;
            import jakarta.persistence.Table;

            @Entity
            @Table(name = "clients")
            public class Client {
                @Id
                Long id;

                @Column(nullable = false, length = 120)
                String fullName;
            %s}
            """;
    private static final String EMAIL = """
                @Column(length = 255)
                String email;
            """;

    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void springBootService() throws IOException {
        Files.createDirectories(dir.resolve("src/main/resources/db/revisions"));
        Files.writeString(dir.resolve("src/main/resources/application.yml"), "spring:\n  application:\n    name: clients\n");
        cli = Cli.in(dir);
    }

    @Test
    void writesTheInitialRevisionAndThenTheAddedColumnWithItsDowngrade(TestDatabase db) throws IOException {
        compile(CLIENT.formatted(""));
        Cli onDatabase = cli.withEnv("DATABASE_URL", Database.url(db));

        Run initial = cli.run("revision", "--autogenerate", "-m", "Create clients table").succeeded();

        assertThat(initial.stdout()).startsWith("Detected add_table public.clients\n").contains("  Generating ");
        Path first = onlyRevision();
        assertThat(Files.readString(first)).contains("-- message: Create clients table", """
                -- migrate:upgrade
                CREATE TABLE clients (
                    id bigint NOT NULL,
                    full_name character varying(120) NOT NULL,
                    CONSTRAINT clients_pkey PRIMARY KEY (id)
                );""", """
                -- migrate:downgrade
                -- REVIEW: drops table public.clients and all its rows; make sure they are no longer needed, or copy\
                 them first
                DROP TABLE clients;""");
        onDatabase.run("upgrade", "heads").succeeded();
        assertThat(onDatabase.run("check").succeeded().stdout()).isEqualTo("No new upgrade operations detected.\n");

        compile(CLIENT.formatted(EMAIL));
        Run check = onDatabase.run("check");
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.stdout()).isEqualTo("""
                New upgrade operations detected:
                  add_column public.clients.email character varying(255)
                Run 'strata revision --autogenerate -m MESSAGE' to write them as a revision.
                """);

        Run added = onDatabase.run("revision", "--autogenerate", "-m", "Add email field to clients table")
                .succeeded();
        assertThat(added.stdout()).startsWith("Detected add_column public.clients.email character varying(255)\n");
        Path second = revisions().filter(p -> !p.equals(first)).findFirst().orElseThrow();
        assertThat(second.getFileName().toString()).endsWith("_add_email_field_to_clients_table.sql");
        assertThat(Files.readString(second)).contains("-- down_revision: " + first.getFileName().toString()
                .substring(0, 12), """
                -- migrate:upgrade
                ALTER TABLE clients ADD COLUMN email character varying(255);

                -- migrate:downgrade
                -- REVIEW:""", "ALTER TABLE clients DROP COLUMN email;");

        onDatabase.run("upgrade", "heads").succeeded();
        assertThat(Database.column(db, "SELECT column_name FROM information_schema.columns WHERE table_name ="
                + " 'clients' ORDER BY ordinal_position")).containsExactly("id", "full_name", "email");
        assertThat(onDatabase.run("check").exitCode()).isZero();
        onDatabase.run("downgrade", "-1").succeeded();
        assertThat(Database.column(db, "SELECT column_name FROM information_schema.columns WHERE table_name ="
                + " 'clients' ORDER BY ordinal_position")).containsExactly("id", "full_name");
    }

    @Test
    void writesNothingWhenThereAreNoChanges() throws IOException {
        compile(CLIENT.formatted(""));
        cli.run("revision", "--autogenerate", "-m", "Create clients table").succeeded();

        Run again = cli.run("revision", "--autogenerate", "-m", "Nothing").succeeded();

        assertThat(again.stdout()).isEqualTo("No changes detected\n");
        assertThat(revisions()).hasSize(1);
    }

    @Test
    void refusesADatabaseThatIsNotAtHead(TestDatabase db) throws IOException {
        compile(CLIENT.formatted(""));
        cli.run("revision", "--autogenerate", "-m", "Create clients table").succeeded();
        String id = onlyRevision().getFileName().toString().substring(0, 12);

        cli.withEnv("DATABASE_URL", Database.url(db)).run("revision", "--autogenerate", "-m", "More")
                .failedWith("Target database is not up to date: 1 revision is not applied (" + id + "). Run"
                        + " 'upgrade heads' first, or leave the URL out to compare against an embedded database"
                        + " migrated to head");
        assertThat(revisions()).hasSize(1);
        assertThat(Database.tables(db)).isEmpty();
    }

    @Test
    void saysWhereItLookedWhenThereAreNoEntities() {
        Run run = cli.run("check");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).startsWith("FAILED: No JPA entities (@Entity classes) found in ")
                .contains("target/classes");
    }

    /** Compiles one source into the service's target/classes, as mvn compile would. */
    private void compile(String source) throws IOException {
        Path sources = dir.resolve("src/main/java/com/example/clients");
        Files.createDirectories(sources);
        Path file = sources.resolve("Client.java");
        Files.writeString(file, source);
        Path classes = dir.resolve("target/classes");
        Files.createDirectories(classes);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int result = compiler.run(null, null, null, "-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path"), file.toString());
        assertThat(result).as("javac exit code").isZero();
    }

    private Path onlyRevision() {
        List<Path> all = revisions().toList();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private Stream<Path> revisions() {
        try (Stream<Path> files = Files.list(dir.resolve("src/main/resources/db/revisions"))) {
            return new ArrayList<>(files.toList()).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
