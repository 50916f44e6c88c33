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
import org.junit.jupiter.api.TestInfo;

/**
 * A module whose graph mixes SQL and Java revisions ({@code src/it/catalog-service}): {@code c0ffee000003} (SQL)
 * revises {@code c0ffee000002} ({@code db.revisions.SeedProducts} in {@code src/main/java}, which uses the
 * module's commons-text dependency), which revises {@code c0ffee000001} (SQL). The invoked build compiles the Java
 * revision; the goals read it from {@code target/classes}.
 */
class JavaRevisionsIT {

    private static final String MODULE = "catalog-service";
    private static final String CREATE = "c0ffee000001";
    private static final String SEED = "c0ffee000002";
    private static final String PRICE = "c0ffee000003";
    private static final String REVISIONS = "src/main/resources/db/revisions";

    private static InvokedMaven maven;

    private TestDatabase database;
    private Path project;
    private Map<String, String> env;

    @BeforeAll
    static void maven() {
        maven = InvokedMaven.fromBuild();
    }

    @BeforeEach
    void sampleAndDatabase(TestInfo test) {
        database = TestPostgres.shared().createDatabase();
        project = SampleProject.copy(MODULE, test.getTestMethod().orElseThrow().getName());
        env = Map.of("DATABASE_URL", Databases.libpqUrl(database));
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void compileThenUpgradeRunsTheJavaRevisionBetweenTheSqlOnes() {
        MavenRun run = maven.run(project, env, "compile", "strata:upgrade", "strata:history", "-Dstrata.verbose");

        assertThat(run.exitCode()).as("%s", run).isZero();
        assertThat(run.block("upgrade", MODULE)).as("%s", run).satisfiesExactly(
                line -> assertThat(line).matches("\\[1/3] upgrade  -> c0ffee000001, Create products table \\.\\.\\."
                        + " done in \\d+ ms"),
                line -> assertThat(line).matches("\\[2/3] upgrade c0ffee000001 -> c0ffee000002, Seed products"
                        + " \\.\\.\\. done in \\d+ ms"),
                line -> assertThat(line).matches("\\[3/3] upgrade c0ffee000002 -> c0ffee000003, Add price to products"
                        + " \\.\\.\\. done in \\d+ ms"),
                line -> assertThat(line).matches("Upgraded to c0ffee000003 \\(head\\) in \\d+\\.\\d s"));
        Path priceFile = project.resolve(REVISIONS).resolve(PRICE + "_add_price_to_products.sql");
        assertThat(run.block("history", MODULE)).as("the SQL file as edited, not its copy in target/classes")
                .startsWith("Rev: " + PRICE + " (head)", "Parent: " + SEED, "Path: " + priceFile)
                .contains("Rev: " + SEED, "Path: class db.revisions.SeedProducts", "    Seed products",
                        "Rev: " + CREATE, "Path: " + project.resolve(REVISIONS).resolve(CREATE
                                + "_create_products.sql"));
        assertThat(Databases.versions(database)).containsExactly(PRICE);
        assertThat(Databases.strings(database, "SELECT name FROM products ORDER BY id"))
                .as("names capitalized by commons-text, a dependency of the module")
                .containsExactly("Espresso Machine", "Milk Frother");
        assertThat(Databases.columns(database, "products")).containsExactly("id", "name", "price");

        MavenRun down = maven.run(project, env, "strata:downgrade", "-Dstrata.target=" + CREATE);

        assertThat(down.exitCode()).as("%s", down).isZero();
        assertThat(down.block("downgrade", MODULE)).as("%s", down).hasSize(3).element(1).asString()
                .startsWith("[2/2] downgrade c0ffee000002 -> c0ffee000001, Seed products ... done in ");
        assertThat(Databases.versions(database)).containsExactly(CREATE);
        assertThat(Databases.strings(database, "SELECT count(*) FROM products")).containsExactly("0");
    }

    @Test
    void verifyCompilesTheModuleAndTakesEveryRevisionDownAndUpAgainOnScratchDatabasesOnly() {
        MavenRun run = maven.run(project, env, "strata:verify");

        assertThat(run.exitCode()).as("%s", run).isZero();
        assertThat(run.block("verify", MODULE)).as("%s", run)
                .startsWith("Verifying 3 revisions on scratch databases of an embedded PostgreSQL; the configured"
                        + " database is not used")
                .endsWith("[1/3] c0ffee000001 Create products table ... ok",
                "[2/3] c0ffee000002 Seed products ... ok",
                "[3/3] c0ffee000003 Add price to products ... ok",
                "Verified 3 revisions: 3 ok");
        assertThat(Databases.strings(database, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))
                .as("tables of the configured database").containsExactly("0");
    }

    @Test
    void verifyFailsTheBuildNamingTheRevisionWhoseDowngradeLeavesAColumn() throws IOException {
        Files.writeString(project.resolve(REVISIONS).resolve("c0ffee000004_add_sku.sql"), """
                -- revision: c0ffee000004
                -- down_revision: c0ffee000003
                -- message: Add sku to products

                -- migrate:upgrade
                ALTER TABLE products ADD COLUMN sku varchar(40);

                -- migrate:downgrade
                SELECT 1;
                """, StandardCharsets.UTF_8);

        MavenRun run = maven.run(project, env, "strata:verify");

        assertThat(run.exitCode()).as("%s", run).isEqualTo(1);
        assertThat(run.block("verify", MODULE)).as("%s", run).endsWith(
                "[3/4] c0ffee000003 Add price to products ... ok",
                "[4/4] c0ffee000004 Add sku to products ... FAILED",
                "  downgrade of c0ffee000004 (Add sku to products) leaves the schema different from before its upgrade:"
                        + " add_column public.products.sku character varying(40)",
                "Verified 4 revisions: 3 ok, 1 failed");
        assertThat(run.output()).contains("on project catalog-service: Verification failed for 1 of 4 revisions:"
                + " c0ffee000004 (Add sku to products) -> [Help 1]");
    }

    @Test
    void withoutCompiledClassesTheGraphErrorSaysToCompile() {
        MavenRun run = maven.run(project, env, "strata:history");

        assertThat(run.exitCode()).as("%s", run).isEqualTo(1);
        assertThat(run.output()).contains("on project catalog-service: " + PRICE + " ("
                + project.resolve(REVISIONS).resolve(PRICE + "_add_price_to_products.sql") + ") revises '" + SEED
                + "', which is not a known revision; check the id or add the missing revision file; if " + SEED
                + " is a Java revision, compile the module first (mvn compile) -> [Help 1]");
    }

    @Test
    void aFailureThatQuotesThePasswordHasItMasked() throws IOException {
        // The embedded server trusts local connections: any password gets in, so any can be looked for.
        String password = database.password().isEmpty() ? "Never-Logged-Pw-42" : database.password();
        Files.writeString(project.resolve(REVISIONS).resolve("c0ffee000004_map_remote_user.sql"), """
                -- revision: c0ffee000004
                -- down_revision: c0ffee000003
                -- message: Map the remote user

                -- migrate:upgrade
                CREATE USER MAPPING FOR CURRENT_USER SERVER no_such_server OPTIONS (user 'app', password '%s');

                -- migrate:downgrade
                DROP USER MAPPING FOR CURRENT_USER SERVER no_such_server;
                """.formatted(password), StandardCharsets.UTF_8);

        MavenRun run = maven.run(project, Map.of(), "compile", "strata:upgrade", "-Dstrata.url=" + database.jdbcUrl(),
                "-Dstrata.user=" + database.user(), "-Dstrata.password=" + password);

        assertThat(run.exitCode()).as("%s", run).isEqualTo(1);
        assertThat(run.output().lines().filter(line -> line.contains("on project catalog-service:")))
                .singleElement().asString()
                .contains("Revision c0ffee000004 (", "c0ffee000004_map_remote_user.sql, line 6) failed during upgrade",
                        "\"no_such_server\"", "OPTIONS (user 'app', password '****')",
                        "Fix the revision, then run the command again. -> [Help 1]");
        assertThat(run.output()).doesNotContain(password);
        assertThat(Databases.versions(database)).containsExactly(PRICE);
    }
}
