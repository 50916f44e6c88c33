package dev.strata.autogenerate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.autogenerate.introspect.PostgresIntrospector;
import dev.strata.autogenerate.schema.SchemaModel;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The script against Hibernate itself: it runs on an empty database, and what it creates is what a service's
 * own Hibernate creates over JDBC from the same entities.
 */
class HibernateSchemaScriptTest {

    @Test
    void statementsRunCleanlyInTheirOrderOnAnEmptyDatabase() throws SQLException {
        List<String> statements = ShopFixture.statements(HibernateSettings.springBoot());

        try (TestDatabase database = TestPostgres.shared().createDatabase();
                Connection connection = database.connect();
                Statement jdbc = connection.createStatement()) {
            for (String statement : statements) {
                jdbc.execute(statement);
            }

            assertThat(CatalogSnapshot.of(connection)).filteredOn(fact -> fact.startsWith("relation "))
                    .filteredOn(fact -> fact.contains(" kind r")).hasSize(15);
        }
    }

    @Test
    void createsExactlyWhatHibernateCreatesOverJdbcForASpringBootService() throws SQLException {
        ScannedEntities entities = ShopFixture.scan();

        assertSameSchema(entities, HibernateSettings.springBoot(), reference ->
                HibernateReference.createSpringBootSchema(reference, entities, ShopFixture.loader(), Map.of()));
    }

    @Test
    void createsExactlyWhatHibernateCreatesOverJdbcWithPlainHibernateDefaults() throws SQLException {
        ScannedEntities entities = ShopFixture.scan();

        assertSameSchema(entities, HibernateSettings.plainHibernate(), reference ->
                HibernateReference.createSchema(reference, entities, ShopFixture.loader(), Map.of()));
    }

    @Test
    void createsExactlyWhatHibernateCreatesOverJdbcWithTypeAndSchemaSettings() throws SQLException {
        ScannedEntities entities = ShopFixture.scan();
        Map<String, String> properties = Map.of(
                "hibernate.default_schema", "sales",
                "hibernate.type.prefer_native_enum_types", "true",
                "hibernate.type.preferred_uuid_jdbc_type", "CHAR");

        assertSameSchema(entities, HibernateSettings.springBoot().withProperties(properties), reference ->
                HibernateReference.createSpringBootSchema(reference, entities, ShopFixture.loader(),
                        Map.copyOf(properties)));
    }

    @Test
    void bothSidesReadTheSameThroughTheIntrospector() throws SQLException {
        ScannedEntities entities = ShopFixture.scan();
        List<String> statements = HibernateSchemaScript.of(HibernateSettings.springBoot(), ShopFixture.loader())
                .createStatements(entities);

        try (TestDatabase ours = TestPostgres.shared().createDatabase();
                TestDatabase hibernates = TestPostgres.shared().createDatabase();
                Connection oursConnection = ours.connect();
                Connection hibernatesConnection = hibernates.connect()) {
            CreateScriptRunner.run(statements, oursConnection);
            HibernateReference.createSpringBootSchema(hibernates, entities, ShopFixture.loader(), Map.of());

            List<String> schemas = List.of("public", "audit");
            SchemaModel expected = PostgresIntrospector.introspect(hibernatesConnection, schemas, Set.of());
            assertThat(PostgresIntrospector.introspect(oursConnection, schemas, Set.of())).isEqualTo(expected);
            assertThat(expected.tables()).hasSize(15);
        }
    }

    private static void assertSameSchema(ScannedEntities entities, HibernateSettings settings,
            ReferenceCreator reference) throws SQLException {
        List<String> statements = HibernateSchemaScript.of(settings, ShopFixture.loader()).createStatements(entities);

        try (TestDatabase ours = TestPostgres.shared().createDatabase();
                TestDatabase hibernates = TestPostgres.shared().createDatabase();
                Connection oursConnection = ours.connect();
                Connection hibernatesConnection = hibernates.connect()) {
            CreateScriptRunner.run(statements, oursConnection);
            reference.create(hibernates);

            List<String> expected = CatalogSnapshot.of(hibernatesConnection);
            assertThat(CatalogSnapshot.of(oursConnection)).containsExactlyElementsOf(expected);
            // Guards the comparison itself: two empty or half-created catalogs would compare equal too.
            assertThat(expected).filteredOn(fact -> fact.startsWith("column ")).hasSize(78);
        }
    }

    @FunctionalInterface
    private interface ReferenceCreator {
        void create(TestDatabase database);
    }
}
