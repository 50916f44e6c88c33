package dev.strata.autogenerate.entities;

import java.util.List;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * Spring Boot's implicit naming strategy ({@code org.springframework.boot.hibernate.SpringImplicitNamingStrategy}
 * in Boot 4, {@code org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy} in Boot 3), which
 * is JPA's with one rule changed: a join table is named after the owning table and the owning attribute
 * ({@code product_categories}) rather than after both entities ({@code Product_Category}). Reproduced here so
 * that the tools do not carry Spring Boot's JPA modules for one method; a test holds it equal to Spring's.
 */
final class SpringBootImplicitNamingStrategy extends ImplicitNamingStrategyJpaCompliantImpl {

    /** The class names a service may configure for this strategy, Boot 4's first. */
    static final List<String> SPRING_CLASS_NAMES = List.of(
            "org.springframework.boot.hibernate.SpringImplicitNamingStrategy",
            "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy");

    @Override
    public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
        String name = source.getOwningPhysicalTableName() + "_"
                + source.getAssociationOwningAttributePath().getProperty();
        return toIdentifier(name, source.getBuildingContext());
    }
}
