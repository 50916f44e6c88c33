package dev.strata.autogenerate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.test.TestDatabase;
import dev.strata.test.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.junit.jupiter.api.Test;

/** How the settings change the script: naming, schemas, dialects, and mapping errors. */
class SchemaScriptSettingsTest {

    @Test
    void plainHibernateKeepsTheJavaNamesWhichPostgresFoldsToLowerCase() throws SQLException {
        List<String> statements = ShopFixture.statements(HibernateSettings.plainHibernate());

        assertThat(statements).anyMatch(s -> s.startsWith("create table PurchaseOrder ("))
                .anyMatch(s -> s.startsWith("create table Product_Category ("));
        try (TestDatabase database = TestPostgres.shared().createDatabase();
                Connection connection = database.connect()) {
            CreateScriptRunner.run(statements, connection);
            CatalogQueries catalog = new CatalogQueries(connection);

            // JPA's join table is <owner entity>_<target entity>; Spring's is <owner table>_<attribute>.
            assertThat(catalog.tables("public")).containsExactly(
                    "category", "customer", "customer_tags", "emailnotification", "freightshipment",
                    "order_discount", "orderline", "parcelshipment", "payment", "product", "product_category",
                    "purchaseorder", "shipment", "smsnotification");
            assertThat(catalog.column("public.purchaseorder", "totalamount")).isEqualTo("numeric(12,2) not null");
            assertThat(catalog.column("public.customer", "fullname")).isEqualTo("character varying(80) not null");
            assertThat(catalog.tables("audit")).containsExactly("auditlogentry");
        }
    }

    @Test
    void theReproducedImplicitStrategyNamesLikeSpringBootsOwn() {
        List<String> spring = ShopFixture.statements(HibernateSettings.springBoot()
                .withImplicitNamingStrategy(RealSpringImplicitNamingStrategy.class.getName()));

        assertThat(ShopFixture.statements(HibernateSettings.springBoot())).isEqualTo(spring)
                .anyMatch(s -> s.startsWith("create table product_categories ("));
    }

    @Test
    void springBootsClassNamesSelectSpringBootsNaming() {
        HibernateSettings named = HibernateSettings.plainHibernate()
                .withImplicitNamingStrategy("org.springframework.boot.hibernate.SpringImplicitNamingStrategy")
                .withPhysicalNamingStrategy(PhysicalNamingStrategySnakeCaseImpl.class.getName());

        assertThat(ShopFixture.statements(named)).isEqualTo(ShopFixture.statements(HibernateSettings.springBoot()));
    }

    @Test
    void namingSettingsOverrideSpringBootsDefaultsAsInSpringBoot() {
        String standard = PhysicalNamingStrategyStandardImpl.class.getName();
        HibernateSettings byHibernateProperty = HibernateSettings.fromSpringProperties(Map.of(
                "spring.jpa.properties.hibernate.physical_naming_strategy", standard));
        HibernateSettings bySpringKeyOverHibernateProperty = HibernateSettings.fromSpringProperties(Map.of(
                "spring.jpa.properties.hibernate.physical_naming_strategy", standard,
                "spring.jpa.hibernate.naming.physical-strategy", PhysicalNamingStrategySnakeCaseImpl.class.getName()));

        assertThat(ShopFixture.statements(byHibernateProperty))
                .anyMatch(s -> s.startsWith("create table PurchaseOrder ("));
        assertThat(ShopFixture.statements(bySpringKeyOverHibernateProperty))
                .anyMatch(s -> s.startsWith("create table purchase_order ("));
    }

    @Test
    void aDefaultSchemaHoldsTheTablesAndSequencesButNotTheEnumTypes() throws SQLException {
        List<String> statements = ShopFixture.statements(HibernateSettings.springBoot()
                .withProperties(Map.of("hibernate.default_schema", "sales")));

        assertThat(statements).startsWith("create schema audit", "create schema sales");
        try (TestDatabase database = TestPostgres.shared().createDatabase();
                Connection connection = database.connect()) {
            CreateScriptRunner.run(statements, connection);
            CatalogQueries catalog = new CatalogQueries(connection);

            assertThat(catalog.tables("sales")).hasSize(14).contains("purchase_order", "product_categories");
            assertThat(catalog.tables("public")).isEmpty();
            assertThat(catalog.tables("audit")).containsExactly("audit_log_entry");
            assertThat(catalog.sequence("sales", "customer_seq")).isEqualTo("bigint start 1 increment 20");
            // Hibernate writes the enum type unqualified, so it lands in the search path's schema.
            assertThat(catalog.column("sales.purchase_order", "status")).isEqualTo("public.orderstatus");
        }
    }

    @Test
    void publicAsTheDefaultSchemaIsCreatedOnlyIfMissing() throws SQLException {
        List<String> statements = ShopFixture.statements(HibernateSettings.springBoot()
                .withProperties(Map.of("hibernate.default_schema", "public")));

        assertThat(statements).contains("create schema public");
        try (TestDatabase database = TestPostgres.shared().createDatabase();
                Connection connection = database.connect()) {
            CreateScriptRunner.run(statements, connection);

            assertThat(new CatalogQueries(connection).tables("public")).hasSize(14);
        }
    }

    @Test
    void anExplicitPostgresDialectIsTheDefaultOne() {
        HibernateSettings explicit = HibernateSettings.fromSpringProperties(Map.of(
                "spring.jpa.database-platform", "org.hibernate.dialect.PostgreSQLDialect"));

        assertThat(ShopFixture.statements(explicit)).isEqualTo(ShopFixture.statements(HibernateSettings.springBoot()));
    }

    @Test
    void refusesADialectForAnotherDatabase() {
        HibernateSettings h2 = HibernateSettings.springBoot()
                .withProperties(Map.of("hibernate.dialect", "org.hibernate.dialect.H2Dialect"));

        assertThatThrownBy(() -> ShopFixture.statements(h2))
                .isInstanceOf(EntityModelException.class)
                .hasMessage("hibernate.dialect (or spring.jpa.database-platform) selects"
                        + " org.hibernate.dialect.H2Dialect, which is not a PostgreSQL dialect; autogenerate compares"
                        + " against PostgreSQL. Remove the setting, or name a subclass of"
                        + " org.hibernate.dialect.PostgreSQLDialect.");
    }

    @Test
    void aMappingHibernateRejectsIsReportedWithTheEntityAndHibernatesReason() {
        ScannedEntities broken = ShopFixture.scan(ShopFixture.BROKEN);
        String invoice = ShopFixture.BROKEN + ".Invoice";

        assertThatThrownBy(() -> HibernateSchemaScript.of(HibernateSettings.springBoot(), ShopFixture.loader())
                .createStatements(broken))
                .isInstanceOf(EntityModelException.class)
                .hasMessage("Hibernate cannot map entity " + invoice + ": Collection '" + invoice + ".lines' is"
                        + " 'mappedBy' a property named 'invoice' which does not exist in the target entity '"
                        + ShopFixture.BROKEN + ".InvoiceLine'. Fix the mapping (it would fail the same way when the"
                        + " service starts), then run autogenerate again.");
    }

    @Test
    void aNamingStrategyThatCannotBeLoadedIsReported() {
        HibernateSettings missing = HibernateSettings.springBoot().withPhysicalNamingStrategy("com.acme.MissingNaming");

        assertThatThrownBy(() -> ShopFixture.statements(missing))
                .isInstanceOf(EntityModelException.class)
                .hasMessage("Hibernate cannot map the entities: Unable to resolve name [com.acme.MissingNaming] as"
                        + " strategy [org.hibernate.boot.model.naming.PhysicalNamingStrategy]. Fix the mapping (it"
                        + " would fail the same way when the service starts), then run autogenerate again.");
    }
}
