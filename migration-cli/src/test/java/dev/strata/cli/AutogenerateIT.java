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

        // As docs/autogenerate.md shows it.
        String documented = "strata revision --autogenerate -m \"Add email field to clients table\"";
        Run added = onDatabase.run(DocPage.arguments(documented.substring("strata ".length())).toArray(String[]::new))
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

    @Test
    void refusesToCompareWhenAnEntityCannotBeLoadedAndTakesItsDependencyFromClasspath() throws IOException {
        Path library = dir.resolve("lib");
        compileInto(library, "com/example/base/Audited.java", """
                package com.example.base;

                @jakarta.persistence.MappedSuperclass
                public abstract class Audited {
                    java.time.Instant createdAt;
                }
                """);
        compileInto(dir.resolve("target/classes"), "com/example/clients/Client.java", """
                package com.example.clients;

                @jakarta.persistence.Entity
                public class Client extends com.example.base.Audited {
                    @jakarta.persistence.Id
                    Long id;
                }
                """, library);
        compileInto(dir.resolve("target/classes"), "com/example/clients/Branch.java", """
                package com.example.clients;

                @jakarta.persistence.Entity
                public class Branch {
                    @jakarta.persistence.Id
                    Long id;
                }
                """);
        Files.walk(library).filter(p -> p.toString().endsWith(".java")).forEach(AutogenerateIT::delete);

        cli.run("check", "--entity-package", "com.example.clients").failedWith("Cannot load 1 annotated class"
                + " (Skipped entity class com.example.clients.Client: it needs com.example.base.Audited, which is not"
                + " on the class path); without them the comparison would drop their tables. Put the missing classes"
                + " on the class path (strata --classpath, or the module's dependencies in Maven), or leave their"
                + " package out (strata.entity-packages)");

        Run check = cli.run("check", "--entity-package", "com.example.clients", "--classpath", "lib");
        assertThat(check.exitCode()).as(check.stderr()).isEqualTo(1);
        assertThat(check.stdout()).contains("  add_table public.branch\n", "  add_table public.client\n");
        assertThat(cli.run("revision", "--autogenerate", "-m", "clients", "--entity-package", "com.example.clients",
                "--classpath", "lib").succeeded().stdout()).contains("Detected add_table public.client");
        assertThat(Files.readString(onlyRevision())).contains("created_at timestamp(6) with time zone");
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

    private static void compileInto(Path classes, String name, String source, Path... classpath) throws IOException {
        Path file = classes.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        StringBuilder path = new StringBuilder(System.getProperty("java.class.path"));
        for (Path more : classpath) {
            path.append(java.io.File.pathSeparator).append(more);
        }
        int result = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), "-classpath",
                path.toString(), file.toString());
        assertThat(result).as("javac exit code").isZero();
        Files.delete(file);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
