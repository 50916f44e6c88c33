package dev.strata.autogenerate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.TestDatabase;
import dev.strata.test.TestPostgres;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A module of 300 entities, written and compiled at test time, goes all the way into a database. */
class LargeModelTest {

    private static final int ENTITIES = 300;

    @TempDir
    Path temp;

    @Test
    void threeHundredEntitiesBecomeThreeHundredTables() throws IOException, SQLException {
        Path classes = TestCompiler.compile(writeSources(temp.resolve("src")), temp.resolve("classes"), Entity.class);

        try (URLClassLoader loader = ShopFixture.loaderOver(classes);
                TestDatabase database = TestPostgres.shared().createDatabase();
                Connection connection = database.connect()) {
            ScannedEntities entities = EntityScanner.using(loader).scan(List.of(classes), List.of("com.acme.big"));
            List<String> statements = HibernateSchemaScript.of(HibernateSettings.springBoot(), loader)
                    .createStatements(entities);
            CreateScriptRunner.run(statements, connection);

            assertThat(entities.entities()).hasSize(ENTITIES);
            assertThat(new CatalogQueries(connection).tables("public")).hasSize(ENTITIES)
                    .contains("ledger_entity000", "ledger_entity299");
            assertThat(count(connection, "SELECT count(*) FROM pg_constraint WHERE contype = 'f'"))
                    .isEqualTo(ENTITIES - 1);
        }
    }

    /** Each entity has a few typed columns and refers to the one before it. */
    private static List<Path> writeSources(Path root) throws IOException {
        Path dir = Files.createDirectories(root.resolve("com/acme/big"));
        List<Path> sources = new ArrayList<>();
        for (int i = 0; i < ENTITIES; i++) {
            String name = String.format("LedgerEntity%03d", i);
            String previous = i == 0 ? "" : String.format(
                    "    @jakarta.persistence.ManyToOne%n    private LedgerEntity%03d previous;%n", i - 1);
            String source = String.format("""
                    package com.acme.big;

                    @jakarta.persistence.Entity
                    public class %s {
                        @jakarta.persistence.Id
                        @jakarta.persistence.GeneratedValue(strategy = jakarta.persistence.GenerationType.IDENTITY)
                        private Long id;
                        @jakarta.persistence.Column(length = 100, nullable = false)
                        private String name;
                        @jakarta.persistence.Column(precision = 14, scale = 2)
                        private java.math.BigDecimal amount;
                        private java.time.Instant bookedAt;
                    %s}
                    """, name, previous);
            sources.add(Files.writeString(dir.resolve(name + ".java"), source));
        }
        return sources;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
