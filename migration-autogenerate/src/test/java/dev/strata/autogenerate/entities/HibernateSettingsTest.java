package dev.strata.autogenerate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HibernateSettingsTest {

    @Test
    void springBootAndPlainHibernateDefaults() {
        assertThat(HibernateSettings.springBoot()).isEqualTo(new HibernateSettings(
                HibernateSettings.Defaults.SPRING_BOOT, null, null, Map.of(), 15, 0));
        assertThat(HibernateSettings.plainHibernate()).isEqualTo(new HibernateSettings(
                HibernateSettings.Defaults.HIBERNATE, null, null, Map.of(), 15, 0));
    }

    @Test
    void readsTheJpaSettingsOfASpringBootServiceAndIgnoresTheRest() {
        Map<String, String> configuration = new LinkedHashMap<>();
        configuration.put("spring.datasource.url", "jdbc:postgresql://db/shop");
        configuration.put("spring.jpa.properties.hibernate.default_schema", "sales");
        configuration.put("spring.jpa.properties[hibernate.type.prefer_native_enum_types]", "true");
        configuration.put("spring.jpa.hibernate.naming.physical-strategy", "com.acme.PhysicalNaming");
        configuration.put("spring.jpa.hibernate.naming.implicitStrategy", "com.acme.ImplicitNaming");
        configuration.put("spring.jpa.hibernate.ddl-auto", "validate");
        configuration.put("spring.jpa.database-platform", "org.hibernate.dialect.PostgreSQLDialect");

        assertThat(HibernateSettings.fromSpringProperties(configuration)).isEqualTo(new HibernateSettings(
                HibernateSettings.Defaults.SPRING_BOOT, "com.acme.PhysicalNaming", "com.acme.ImplicitNaming",
                Map.of("hibernate.default_schema", "sales", "hibernate.type.prefer_native_enum_types", "true",
                        "hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect"),
                15, 0));
    }

    @Test
    void spellingsOfTheNamingKeysFollowSpringsRelaxedBinding() {
        assertThat(HibernateSettings.fromSpringProperties(Map.of(
                "spring.jpa.hibernate.naming.physical_strategy", "com.acme.A")).physicalNamingStrategy())
                .isEqualTo("com.acme.A");
        assertThat(HibernateSettings.fromSpringProperties(Map.of(
                "spring.jpa.hibernate.naming.physicalStrategy", "com.acme.B")).physicalNamingStrategy())
                .isEqualTo("com.acme.B");
    }

    @Test
    void laterPropertiesWinAndBlankStrategiesMeanNone() {
        HibernateSettings settings = HibernateSettings.springBoot()
                .withProperties(Map.of("hibernate.default_schema", "sales"))
                .withProperties(Map.of("hibernate.default_schema", "billing"))
                .withPhysicalNamingStrategy("  ")
                .withPostgresVersion(17, 2);

        assertThat(settings).isEqualTo(new HibernateSettings(HibernateSettings.Defaults.SPRING_BOOT, null, null,
                Map.of("hibernate.default_schema", "billing"), 17, 2));
    }

    @Test
    void refusesAPostgresVersionHibernateDoesNotSupport() {
        assertThatThrownBy(() -> HibernateSettings.springBoot().withPostgresVersion(12, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("postgresMajorVersion must be at least 14, the oldest PostgreSQL that Hibernate 7"
                        + " supports, but was 12");
        assertThatThrownBy(() -> HibernateSettings.springBoot().withPostgresVersion(16, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("postgresMinorVersion must not be negative, but was -1");
    }
}
