package dev.strata.boot.jpa;

import static dev.strata.boot.Sql.dataSourceProperties;
import static dev.strata.boot.Sql.tables;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.boot.autoconfigure.StrataAutoConfiguration;
import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** JPA waits for the migrations, and Hibernate does not manage a schema that Strata owns. */
@ExtendWith({ PostgresExtension.class, OutputCaptureExtension.class })
class JpaOrderingTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    HibernateJpaAutoConfiguration.class, TransactionAutoConfiguration.class,
                    StrataAutoConfiguration.class))
            .withUserConfiguration(Entities.class);

    @Test
    void anEntityManagerThatValidatesTheSchemaStartsBecauseTheSchemaWasMigratedFirst(TestDatabase db) {
        runner.withPropertyValues(dataSourceProperties(db)).withPropertyValues("spring.jpa.hibernate.ddl-auto=validate")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(EntityManagerFactory.class);
                    EntityManager entityManager = context.getBean(EntityManagerFactory.class).createEntityManager();
                    try {
                        entityManager.getTransaction().begin();
                        entityManager.persist(new Customer(1L, "Ada", "ada@example.com"));
                        entityManager.getTransaction().commit();
                        assertThat(entityManager.find(Customer.class, 1L).getEmail()).isEqualTo("ada@example.com");
                    } finally {
                        entityManager.close();
                    }
                });
    }

    @Test
    void hibernateLeavesTheSchemaToStrataByDefault(TestDatabase db) {
        runner.withPropertyValues(dataSourceProperties(db)).withPropertyValues("strata.run-on-startup=false")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(EntityManagerFactory.class);
                    // Neither Strata (not asked to) nor Hibernate (ddl-auto stays none) created anything.
                    assertThat(tables(db)).isEmpty();
                });
    }

    @Test
    void withoutStrataValidationFailsOnTheEmptyDatabase(TestDatabase db) {
        runner.withPropertyValues(dataSourceProperties(db))
                .withPropertyValues("spring.jpa.hibernate.ddl-auto=validate", "strata.enabled=false")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("missing table [customer]"));
    }

    @Test
    void warnsWhenHibernateIsToldToChangeTheSchema(TestDatabase db, CapturedOutput output) {
        runner.withPropertyValues(dataSourceProperties(db)).withPropertyValues("spring.jpa.hibernate.ddl-auto=update")
                .run(context -> assertThat(output).contains("Strata: spring.jpa.hibernate.ddl-auto is 'update', so"
                        + " Hibernate changes tables that Strata's revisions own. Use 'validate' or 'none' and put"
                        + " schema changes in revisions"));
    }

    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = Customer.class)
    static class Entities {
    }
}
