package dev.strata.tooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.ChecksumPolicy;
import dev.strata.MigrationListener;
import dev.strata.Strata;
import dev.strata.StrataConfiguration;
import dev.strata.StrataException;
import dev.strata.TransactionMode;
import dev.strata.graph.RevisionGraphException;
import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

class ToolSettingsTest {

    private static final String R2DBC = "spring.r2dbc.url in src/main/resources/application.yml";
    private static final String DATASOURCE = "spring.datasource.url in src/main/resources/application.yml";

    @TempDir
    Path service;

    @Test
    void anEmptyServiceFolderGivesTheEngineDefaults() {
        ToolSettings settings = ToolSettings.resolve(ExplicitOptions.none(), Map.of(), service);

        assertThat(settings.connection()).isEmpty();
        assertThat(settings.locations()).containsExactly(StrataConfiguration.DEFAULT_LOCATION);
        assertThat(settings.schema()).isNull();
        assertThat(settings.versionTable()).isEqualTo("strata_version");
        assertThat(settings.historyTable()).isEqualTo("strata_history");
        assertThat(settings.transactionMode()).isEqualTo(TransactionMode.PER_REVISION);
        assertThat(settings.lockTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.checksumPolicy()).isEqualTo(ChecksumPolicy.FAIL);
        assertThat(settings.serviceDir()).isEqualTo(service.toAbsolutePath().normalize());
    }

    @Test
    void r2dbcUrlIsTheLastResortAndBecomesJdbc() throws IOException {
        yaml("""
                spring:
                  r2dbc:
                    url: r2dbc:postgresql://localhost:5432/orders
                    username: r2
                    password: r2pw
                """);

        assertThat(connection(ExplicitOptions.none(), Map.of()))
                .contains(new ConnectionSettings("jdbc:postgresql://localhost:5432/orders", "r2", "r2pw", R2DBC));
    }

    @Test
    void springDatasourceWinsOverR2dbc() throws IOException {
        yaml(R2DBC_AND_DATASOURCE);

        assertThat(connection(ExplicitOptions.none(), Map.of())).contains(new ConnectionSettings(
                "jdbc:postgresql://localhost:5432/clients", "app", "apppw", DATASOURCE));
    }

    @Test
    void strataUrlWinsOverSpringDatasourceAndFallsBackToItsCredentials() throws IOException {
        yaml(R2DBC_AND_DATASOURCE + """
                strata:
                  url: jdbc:postgresql://localhost:5432/clients_admin
                """);

        assertThat(connection(ExplicitOptions.none(), Map.of())).contains(new ConnectionSettings(
                "jdbc:postgresql://localhost:5432/clients_admin", "app", "apppw",
                "strata.url in src/main/resources/application.yml"));
    }

    @Test
    void strataUserMigratesTheApplicationsDatabaseAsAnotherUser() throws IOException {
        yaml(R2DBC_AND_DATASOURCE + """
                strata:
                  user: migrator
                  password: migratorpw
                """);

        assertThat(connection(ExplicitOptions.none(), Map.of())).contains(new ConnectionSettings(
                "jdbc:postgresql://localhost:5432/clients", "migrator", "migratorpw", DATASOURCE));
    }

    @Test
    void databaseUrlWinsOverTheServiceConfiguration() throws IOException {
        yaml(R2DBC_AND_DATASOURCE + "strata.url: jdbc:postgresql://localhost/other\n");

        assertThat(connection(ExplicitOptions.none(), Map.of("DATABASE_URL", "postgresql://env:envpw@db:5433/envdb")))
                .contains(new ConnectionSettings("jdbc:postgresql://db:5433/envdb", "env", "envpw", "DATABASE_URL"));
    }

    @Test
    void anExplicitUrlWinsOverEverything() throws IOException {
        yaml(R2DBC_AND_DATASOURCE);
        ExplicitOptions explicit = new ExplicitOptions("postgres://cli:clipw@cli-host/clidb", null, null, List.of(),
                null, null, null);

        assertThat(ToolSettings.resolve(explicit, Map.of("DATABASE_URL", "postgresql://env:envpw@db/envdb"), service,
                "--url").connection())
                .contains(new ConnectionSettings("jdbc:postgresql://cli-host/clidb", "cli", "clipw", "--url"));
        assertThat(connection(explicit, Map.of()).orElseThrow().source()).isEqualTo("command line");
    }

    @Test
    void explicitUserAndPasswordOverrideThoseOfTheUrlFound() {
        ExplicitOptions explicit = new ExplicitOptions(null, "admin", "adminpw", List.of(), null, null, null);

        assertThat(connection(explicit, Map.of("DATABASE_URL", "postgresql://env:envpw@db/envdb")))
                .contains(new ConnectionSettings("jdbc:postgresql://db/envdb", "admin", "adminpw", "DATABASE_URL"));
    }

    @Test
    void placeholdersAreResolvedFromTheEnvironment() throws IOException {
        yaml("""
                spring:
                  datasource:
                    url: jdbc:postgresql://${DB_HOST:localhost}:5432/${DB_NAME}
                    password: ${DB_PASSWORD}
                """);

        assertThat(connection(ExplicitOptions.none(), Map.of("DB_NAME", "billing", "DB_PASSWORD", "pw")))
                .contains(new ConnectionSettings("jdbc:postgresql://localhost:5432/billing", null, "pw", DATASOURCE));
    }

    @Test
    void anInvalidUrlInTheConfigurationNamesKeyAndFile() throws IOException {
        yaml("spring.datasource.url: jdbc:h2:mem:test\n");

        assertThatThrownBy(() -> ToolSettings.resolve(ExplicitOptions.none(), Map.of(), service))
                .isInstanceOf(StrataException.class)
                .hasMessage("Invalid database URL from " + DATASOURCE + ": it does not start with postgresql://,"
                        + " postgres:// or jdbc:postgresql://; expected postgresql://user:password@host:5432/database,"
                        + " postgres://... or jdbc:postgresql://host:5432/database?user=...&password=...");
    }

    @Test
    void locationsComeFromOptionsThenConfigurationThenTheDefault() throws IOException {
        assertThat(locations(ExplicitOptions.none())).containsExactly("classpath:db/revisions");

        yaml("strata.locations: [classpath:db/changes, filesystem:sql/extra]\n");
        assertThat(locations(ExplicitOptions.none()))
                .containsExactly("classpath:db/changes", service.resolve("sql/extra").toString());

        ExplicitOptions explicit = new ExplicitOptions(null, null, null, List.of("revs", "/opt/revisions"), null,
                null, null);
        assertThat(locations(explicit)).containsExactly(service.resolve("revs").toString(), "/opt/revisions");
    }

    @Test
    void classpathLocationsAreReadFromTheServicesResourcesThenItsClasses() throws IOException {
        ToolSettings settings = ToolSettings.resolve(ExplicitOptions.none(), Map.of(), service);
        assertThat(settings.resolvedLocations()).containsExactly("classpath:db/revisions");

        Path resources = Files.createDirectories(service.resolve("src/main/resources/db/revisions"));

        assertThat(settings.resolvedLocations()).containsExactly(resources.toString());

        Path classes = Files.createDirectories(service.resolve("target/classes/db/revisions"));

        assertThat(settings.resolvedLocations()).containsExactly(resources.toString(), classes.toString());
        assertThat(settings.locations()).as("what the engine is given").containsExactly("classpath:db/revisions");
    }

    @Test
    void revisionsInTargetClassesJoinTheGraphAndAnEditedSourceFileWinsOverItsCopy() throws IOException {
        Path resources = Files.createDirectories(service.resolve("src/main/resources/db/revisions"));
        Path classes = Files.createDirectories(service.resolve("target/classes/db/revisions"));
        Files.writeString(classes.resolve("a1.sql"), revisionText("a1", "", "built only"));
        Files.writeString(classes.resolve("b2.sql"), revisionText("b2", "a1", "stale copy"));
        Files.writeString(resources.resolve("b2.sql"), revisionText("b2", "a1", "as edited"));

        Strata strata = ToolSettings.resolve(ExplicitOptions.none(), Map.of(), service)
                .load(getClass().getClassLoader(), new MigrationListener() { }, null);

        assertThat(strata.history(null)).extracting(r -> r.id() + " " + r.message() + " " + r.location())
                .containsExactly("b2 as edited " + resources.resolve("b2.sql"),
                        "a1 built only " + classes.resolve("a1.sql"));
    }

    @Test
    void anUnknownRevisionInAServiceWithJavaSourcesMayBeAnUncompiledJavaRevision() throws IOException {
        revision("b2", "a1", "SELECT 1;");
        Path file = service.resolve("src/main/resources/db/revisions/b2.sql");
        ToolSettings settings = ToolSettings.resolve(ExplicitOptions.none(), Map.of(), service);
        String unknown = "b2 (" + file + ") revises 'a1', which is not a known revision; check the id or add the"
                + " missing revision file";

        assertThatThrownBy(() -> settings.load(getClass().getClassLoader(), new MigrationListener() { }, null))
                .isInstanceOf(RevisionGraphException.class)
                .hasMessage(unknown);

        Files.createDirectories(service.resolve("src/main/java"));

        assertThatThrownBy(() -> settings.load(getClass().getClassLoader(), new MigrationListener() { }, null))
                .isInstanceOf(RevisionGraphException.class)
                .hasMessage(unknown + "; if a1 is a Java revision, compile the module first (mvn compile)");
    }

    @Test
    void aLocationWithOnlyUncompiledJavaRevisionsSaysToCompile() throws IOException {
        Files.createDirectories(service.resolve("src/main/java/db/revisions"));
        ToolSettings settings = ToolSettings.resolve(ExplicitOptions.none(), Map.of(), service);

        assertThatThrownBy(() -> settings.load(getClass().getClassLoader(), new MigrationListener() { }, null))
                .isInstanceOf(StrataException.class)
                .hasMessage("Revision location 'classpath:db/revisions' was not found on the classpath; create"
                        + " src/main/resources/db/revisions or fix the location; the Java revisions in"
                        + " src/main/java/db/revisions are read from the compiled classes: compile the module first"
                        + " (mvn compile)");
    }

    @Test
    void theRevisionDirectoryIsTheFirstLocationAndIsCreated() {
        ToolSettings settings = ToolSettings.resolve(ExplicitOptions.none(), Map.of(), service);

        Path directory = settings.revisionDirectory();

        assertThat(directory).isEqualTo(service.resolve("src/main/resources/db/revisions")).isDirectory();
        ExplicitOptions explicit = new ExplicitOptions(null, null, null, List.of("sql", "classpath:x"), null, null,
                null);
        assertThat(ToolSettings.resolve(explicit, Map.of(), service).revisionDirectory())
                .isEqualTo(service.resolve("sql")).isDirectory();
    }

    @Test
    void engineSettingsComeFromTheConfigurationUnlessGivenExplicitly() throws IOException {
        yaml("""
                strata:
                  schema: app
                  version-table: alembic_version
                  historyTable: app_history
                  transaction-mode: all
                  lock.timeout: 5s
                  validate-checksums: warn
                """);

        ToolSettings configured = ToolSettings.resolve(ExplicitOptions.none(), Map.of(), service);
        assertThat(configured.schema()).isEqualTo("app");
        assertThat(configured.versionTable()).isEqualTo("alembic_version");
        assertThat(configured.historyTable()).isEqualTo("app_history");
        assertThat(configured.transactionMode()).isEqualTo(TransactionMode.ALL);
        assertThat(configured.lockTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(configured.checksumPolicy()).isEqualTo(ChecksumPolicy.WARN);

        ToolSettings explicit = ToolSettings.resolve(new ExplicitOptions(null, null, null, List.of(), "ops",
                "ops_version", "ops_history"), Map.of(), service);
        assertThat(explicit.schema()).isEqualTo("ops");
        assertThat(explicit.versionTable()).isEqualTo("ops_version");
        assertThat(explicit.historyTable()).isEqualTo("ops_history");
    }

    @Test
    void durationsReadAsSpringBootReadsThem() throws IOException {
        for (Map.Entry<String, Duration> entry : Map.of("500ms", Duration.ofMillis(500), "2m", Duration.ofMinutes(2),
                "PT1M30S", Duration.ofSeconds(90), "750", Duration.ofMillis(750)).entrySet()) {
            yaml("strata.lock.timeout: " + entry.getKey() + "\n");
            assertThat(ToolSettings.resolve(ExplicitOptions.none(), Map.of(), service).lockTimeout())
                    .isEqualTo(entry.getValue());
        }
    }

    @Test
    void invalidEngineSettingsNameKeyFileAndChoices() throws IOException {
        yaml("strata.transaction-mode: sometimes\n");
        assertThatThrownBy(() -> ToolSettings.resolve(ExplicitOptions.none(), Map.of(), service))
                .isInstanceOf(StrataException.class)
                .hasMessage("strata.transaction-mode in src/main/resources/application.yml is 'sometimes'; expected"
                        + " per-revision or all");

        yaml("strata.validate-checksums: maybe\n");
        assertThatThrownBy(() -> ToolSettings.resolve(ExplicitOptions.none(), Map.of(), service))
                .hasMessage("strata.validate-checksums in src/main/resources/application.yml is 'maybe'; expected"
                        + " fail, warn or ignore");

        yaml("strata.lock.timeout: soon\n");
        assertThatThrownBy(() -> ToolSettings.resolve(ExplicitOptions.none(), Map.of(), service))
                .hasMessage("strata.lock.timeout in src/main/resources/application.yml is 'soon'; expected a duration"
                        + " such as 60s, 500ms, 2m or PT1M");
    }

    @Test
    void anInvalidTableNameIsReportedWhenTheEngineIsBuilt() {
        ToolSettings settings = ToolSettings.resolve(new ExplicitOptions(null, null, null, List.of(), null,
                "version-table", null), Map.of(), service);

        assertThatThrownBy(() -> settings.load(getClass().getClassLoader(), new MigrationListener() { }, null))
                .isInstanceOf(StrataException.class)
                .hasMessage("Invalid setting: versionTable must be a plain SQL identifier (letters, digits,"
                        + " underscores, up to 63 characters), was 'version-table'");
    }

    @Test
    void withoutAConnectionTheEngineWorksOffline() throws IOException {
        revision("a1", "", "CREATE TABLE clients (id int);");
        Strata strata = ToolSettings.resolve(ExplicitOptions.none(), Map.of(), service)
                .load(getClass().getClassLoader(), new MigrationListener() { }, null);

        assertThat(strata.heads()).extracting(r -> r.id()).containsExactly("a1");
        assertThat(strata.upgradeSql("base:heads")).contains("CREATE TABLE clients (id int);");
        assertThatThrownBy(strata::current)
                .isInstanceOf(StrataException.class)
                .hasMessage("No database is configured; set a URL (or a DataSource) to run this command");
    }

    @Test
    @ExtendWith(PostgresExtension.class)
    void loadsAnEngineThatMigratesTheDatabaseOfDatabaseUrl(TestDatabase db) throws IOException, SQLException {
        revision("a1", "", "CREATE TABLE clients (id int);");
        ToolSettings settings = ToolSettings.resolve(ExplicitOptions.none(), Map.of("DATABASE_URL", databaseUrl(db)),
                service);

        settings.load(getClass().getClassLoader(), new MigrationListener() { }, "ops").upgrade("heads");

        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version_num FROM strata_version")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("a1");
        }
    }

    /** {@code postgresql://user:password@host:port/db}, the form of DATABASE_URL. */
    static String databaseUrl(TestDatabase db) {
        String credentials = db.user() + (db.password().isEmpty() ? "" : ":" + db.password());
        return "postgresql://" + credentials + "@" + db.jdbcUrl().substring("jdbc:postgresql://".length());
    }

    private static final String TWO_DATASOURCES = """
            spring:
              datasource:
                url: jdbc:postgresql://localhost:5432/cas_audit
                username: app
                password: apppw
            strata:
              version-table: audit_version
              lock:
                timeout: 5s
              datasources:
                reports-data-source:
                  url: jdbc:postgresql://localhost:5432/cas_reports
                  user: reporter
                  password: reportpw
                  locations: classpath:db/reports
            """;

    @Test
    void aNamedDatasourceTakesItsOwnSettingsOverTheSharedOnes() throws IOException {
        yaml(TWO_DATASOURCES);
        ToolSettings reports = ToolSettings.resolve(datasource("reportsDataSource"), Map.of(), service);

        assertThat(reports.connection()).contains(new ConnectionSettings("jdbc:postgresql://localhost:5432/cas_reports",
                "reporter", "reportpw", "strata.datasources.reports-data-source.url in src/main/resources/application.yml"));
        assertThat(reports.locations()).containsExactly("classpath:db/reports");
        assertThat(reports.versionTable()).isEqualTo("audit_version");
        assertThat(reports.lockTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(reports.configuredUrlKey()).isEqualTo("strata.datasources.reportsDataSource.url");

        ToolSettings main = ToolSettings.resolve(ExplicitOptions.none(), Map.of(), service);
        assertThat(main.connection().orElseThrow().jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/cas_audit");
        assertThat(main.locations()).containsExactly("classpath:db/revisions");
    }

    @Test
    void aNamedDatasourceDoesNotBorrowTheMainConnection() throws IOException {
        yaml("""
                spring:
                  datasource:
                    url: jdbc:postgresql://localhost:5432/cas_audit
                strata:
                  url: jdbc:postgresql://localhost:5432/cas_audit
                  datasources:
                    reportsDataSource:
                      locations: classpath:db/reports
                """);
        assertThat(connection(datasource("reportsDataSource"), Map.of())).isEmpty();
        assertThat(connection(datasource("reportsDataSource"),
                Map.of("DATABASE_URL", "postgresql://env:envpw@db:5433/cas_reports")).orElseThrow().jdbcUrl())
                .isEqualTo("jdbc:postgresql://db:5433/cas_reports");
    }

    @Test
    void anUnknownDatasourceIsRefusedWithTheNamesThereAre() throws IOException {
        yaml(TWO_DATASOURCES);
        assertThatThrownBy(() -> ToolSettings.resolve(datasource("reprts"), Map.of(), service))
                .isInstanceOf(StrataException.class)
                .hasMessage("No datasource reprts in the configuration of " + service.toAbsolutePath().normalize()
                        + ": strata.datasources has reports-data-source. Name one of those, or add"
                        + " strata.datasources.reprts.locations (and .url) to its application.yml");

        yaml("spring.datasource.url: jdbc:postgresql://localhost/x\n");
        assertThatThrownBy(() -> ToolSettings.resolve(datasource("reports"), Map.of(), service))
                .hasMessageContaining(": it has no strata.datasources settings. Name one of those");
    }

    private static ExplicitOptions datasource(String name) {
        return new ExplicitOptions(null, null, null, List.of(), null, null, null, name);
    }

    private static final String R2DBC_AND_DATASOURCE = """
            spring:
              r2dbc:
                url: r2dbc:postgresql://localhost:5432/orders
                username: r2
                password: r2pw
              datasource:
                url: jdbc:postgresql://localhost:5432/clients
                username: app
                password: apppw
            """;

    private Optional<ConnectionSettings> connection(ExplicitOptions explicit, Map<String, String> env) {
        return ToolSettings.resolve(explicit, env, service).connection();
    }

    private List<String> locations(ExplicitOptions explicit) {
        return ToolSettings.resolve(explicit, Map.of(), service).locations();
    }

    private void yaml(String text) throws IOException {
        Path dir = Files.createDirectories(service.resolve("src/main/resources"));
        Files.writeString(dir.resolve("application.yml"), text);
    }

    private void revision(String id, String down, String upgrade) throws IOException {
        Path dir = Files.createDirectories(service.resolve("src/main/resources/db/revisions"));
        Files.writeString(dir.resolve(id + ".sql"), "-- revision: " + id + "\n-- down_revision: " + down
                + "\n-- message: " + id + "\n\n-- migrate:upgrade\n" + upgrade + "\n\n-- migrate:downgrade\n");
    }

    private static String revisionText(String id, String down, String message) {
        return "-- revision: " + id + "\n-- down_revision: " + down + "\n-- message: " + message
                + "\n\n-- migrate:upgrade\nSELECT 1;\n\n-- migrate:downgrade\n";
    }
}
