package dev.strata.autogenerate.e2e;

import dev.strata.NewRevision;
import dev.strata.Strata;
import dev.strata.StrataConfiguration;
import dev.strata.autogenerate.Autogenerate;
import dev.strata.autogenerate.Comparison;
import dev.strata.autogenerate.EntitySchema;
import dev.strata.autogenerate.JpaEntitySchema;
import dev.strata.autogenerate.entities.HibernateSettings;
import dev.strata.autogenerate.entities.TestCompiler;
import dev.strata.autogenerate.introspect.PostgresIntrospector;
import dev.strata.autogenerate.schema.Column;
import dev.strata.autogenerate.schema.QualifiedName;
import dev.strata.autogenerate.schema.SchemaModel;
import dev.strata.autogenerate.schema.Table;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestPostgres;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hibernate.annotations.JdbcTypeCode;

/**
 * A service module as a developer works on it: a folder of revisions, a development database, and entity
 * sources that change version by version, each compiled at test time into its own class directory and scanned
 * from there, as {@code strata revision --autogenerate} scans {@code target/classes}.
 */
final class ServiceModule implements AutoCloseable {

    /** The schemas the tests' entities use; introspecting a schema that does not exist yields nothing. */
    static final List<String> SCHEMAS = List.of("public", "audit");

    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern TYPE = Pattern.compile(
            "^public (?:final |abstract )?(?:class|enum|interface|record) (\\w+)", Pattern.MULTILINE);

    private final Path root;
    private final Path revisions;
    private final TestDatabase database;
    private final HibernateSettings settings;
    private final List<URLClassLoader> loaders = new ArrayList<>();

    private ServiceModule(Path root, HibernateSettings settings) {
        this.root = root;
        this.settings = settings;
        try {
            this.revisions = Files.createDirectories(root.resolve("db/revisions"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.database = TestPostgres.shared().createDatabase();
    }

    /** A Spring Boot service with an empty revision folder and an empty development database. */
    static ServiceModule springBoot(Path root) {
        return new ServiceModule(root, HibernateSettings.springBoot());
    }

    Path revisions() {
        return revisions;
    }

    TestDatabase database() {
        return database;
    }

    /** The engine over the development database, reading the revision folder as it is now. */
    Strata strata() {
        return configure().dataSource(database.dataSource(), "the development database").load();
    }

    /** The engine with no database configured, as on a laptop or a CI runner without one. */
    Strata strataWithoutDatabase() {
        return configure().load();
    }

    private StrataConfiguration.Builder configure() {
        return Strata.configure().locations("filesystem:" + revisions);
    }

    /**
     * Compiles one version of the entities, each source a whole compilation unit with one public type.
     *
     * @param version a folder name for this version's sources and classes
     */
    JpaEntitySchema entities(String version, String... sources) {
        Path sourceRoot = root.resolve(version).resolve("src");
        List<Path> files = new ArrayList<>();
        for (String source : sources) {
            files.add(write(sourceRoot, source));
        }
        Path classes = TestCompiler.compile(files, root.resolve(version).resolve("classes"), Entity.class,
                JdbcTypeCode.class);
        URLClassLoader loader = new URLClassLoader(new URL[] {url(classes)}, ServiceModule.class.getClassLoader());
        loaders.add(loader);
        return JpaEntitySchema.of(loader, List.of(classes), List.of(), settings);
    }

    /** {@code strata check} / {@code revision --autogenerate} against the development database. */
    Comparison compareWithDatabase(EntitySchema entities) {
        return Autogenerate.of(strata(), entities).database(database.dataSource(), "the development database")
                .compare();
    }

    /** The same with no database configured: the revisions are applied to an embedded scratch database. */
    Comparison compareWithoutDatabase(EntitySchema entities) {
        return Autogenerate.of(strataWithoutDatabase(), entities).compare();
    }

    /** Writes the comparison as a revision on top of the head, as {@code revision --autogenerate -m} does. */
    Optional<Path> revision(EntitySchema entities, Comparison comparison, String message) {
        return Autogenerate.of(strataWithoutDatabase(), entities).revision(comparison, NewRevision.of(message),
                revisions);
    }

    /** Writes the revision and applies it: a step of the workflow that must produce a file. */
    Path revisionApplied(EntitySchema entities, Comparison comparison, String message) {
        Path file = revision(entities, comparison, message).orElseThrow(() -> new AssertionError(
                "autogenerate wrote no revision for '" + message + "'"));
        strata().upgrade(Strata.HEADS);
        return file;
    }

    /** The development database's schema, without Strata's own tables. */
    SchemaModel schema() {
        try (Connection connection = database.connect()) {
            return introspect(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** A database's schema without Strata's own tables in {@code public}. */
    static SchemaModel introspect(Connection connection) {
        return PostgresIntrospector.introspect(connection, SCHEMAS, Set.of(
                QualifiedName.of("public", StrataConfiguration.DEFAULT_VERSION_TABLE),
                QualifiedName.of("public", StrataConfiguration.DEFAULT_HISTORY_TABLE)));
    }

    /**
     * Columns by name: a column dropped and added back by a downgrade comes last, PostgreSQL cannot move it,
     * and neither JPA nor the comparison cares where it is.
     */
    static SchemaModel columnsByName(SchemaModel model) {
        List<Table> tables = model.tables().stream().map(table -> new Table(table.name(),
                table.columns().stream().sorted(Comparator.comparing(Column::name)).toList(), table.primaryKey(),
                table.uniqueConstraints(), table.indexes(), table.foreignKeys(), table.checkConstraints(),
                table.comment())).toList();
        return new SchemaModel(model.schemas(), tables, model.sequences(), model.enums());
    }

    /** The revision files, by name. */
    List<Path> revisionFiles() {
        try (Stream<Path> files = Files.list(revisions)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        for (URLClassLoader loader : loaders) {
            try {
                loader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        database.close();
    }

    private static Path write(Path sourceRoot, String source) {
        Matcher pkg = PACKAGE.matcher(source);
        Matcher type = TYPE.matcher(source);
        if (!pkg.find() || !type.find()) {
            throw new IllegalArgumentException("A test source needs a package and one public type:\n" + source);
        }
        Path file = sourceRoot.resolve(pkg.group(1).replace('.', '/')).resolve(type.group(1) + ".java");
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
