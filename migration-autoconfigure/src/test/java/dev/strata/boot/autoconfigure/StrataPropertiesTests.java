package dev.strata.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.Strata;
import dev.strata.StrataConfiguration;
import dev.strata.boot.MigrationSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Defaults tied to the engine's, binding, and per-DataSource overrides. */
class StrataPropertiesTests {

    @Test
    void defaultsAreTheEnginesDefaults() {
        StrataProperties properties = new StrataProperties();
        StrataConfiguration engine = Strata.configure().build();

        assertThat(properties.getLocations()).containsExactly(StrataConfiguration.DEFAULT_LOCATION);
        assertThat(engine.locations()).containsExactly(StrataConfiguration.DEFAULT_LOCATION);
        assertThat(properties.getVersionTable()).isEqualTo(StrataConfiguration.DEFAULT_VERSION_TABLE)
                .isEqualTo(engine.versionTable());
        assertThat(properties.getHistoryTable()).isEqualTo(StrataConfiguration.DEFAULT_HISTORY_TABLE)
                .isEqualTo(engine.historyTable());
        assertThat(properties.getLock().getTimeout()).isEqualTo(StrataConfiguration.DEFAULT_LOCK_TIMEOUT)
                .isEqualTo(engine.lockTimeout());
        assertThat(properties.getTransactionMode()).isEqualTo(engine.transactionMode());
        assertThat(properties.getValidateChecksums()).isEqualTo(engine.checksumPolicy());
        assertThat(properties.getSchema()).isEqualTo(engine.schema()).isNull();
        assertThat(properties.getTarget()).isEqualTo(Strata.HEADS);
    }

    @Test
    void defaultsMatchTheOtherDocumentedDefaults() {
        StrataProperties properties = new StrataProperties();
        assertThat(properties.isEnabled()).isTrue();
        assertThat(properties.isRunOnStartup()).isTrue();
        assertThat(properties.isFailOnPending()).isFalse();
        assertThat(properties.isAllowMultipleHeads()).isTrue();
        assertThat(properties.getActuator().getDowngrade().isEnabled()).isFalse();
        assertThat(properties.getActuator().getDowngrade().getRole()).isEqualTo("ADMIN");
        assertThat(properties.getActuator().getDowngrade().getFloor()).isNull();
    }

    @Test
    void aDataSourceWithoutOverridesGetsTheStrataSettings() {
        StrataProperties properties = bind(Map.of("strata.schema", "app", "strata.lock.timeout", "5s",
                "strata.actuator.downgrade.floor", "abc"));
        MigrationSettings settings = properties.settingsFor("dataSource");
        assertThat(settings.schema()).isEqualTo("app");
        assertThat(settings.lockTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.downgrade()).isEqualTo(new MigrationSettings.Downgrade(false, "ADMIN", "abc"));
        assertThat(settings.locations()).containsExactly(StrataConfiguration.DEFAULT_LOCATION);
    }

    @Test
    void overridesReplaceOnlyWhatTheySet() {
        StrataProperties properties = bind(Map.of("strata.schema", "app", "strata.target", "head",
                "strata.datasources.reporting.locations", "classpath:db/reporting",
                "strata.datasources.reporting.lock.timeout", "2s",
                "strata.datasources.reporting.actuator.downgrade.enabled", "true",
                "strata.datasources.reporting.run-on-startup", "false"));
        MigrationSettings reporting = properties.settingsFor("reporting");
        assertThat(reporting.locations()).containsExactly("classpath:db/reporting");
        assertThat(reporting.lockTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(reporting.runOnStartup()).isFalse();
        assertThat(reporting.downgrade().enabled()).isTrue();
        assertThat(reporting.schema()).isEqualTo("app");
        assertThat(reporting.target()).isEqualTo("head");
        MigrationSettings other = properties.settingsFor("dataSource");
        assertThat(other.locations()).containsExactly(StrataConfiguration.DEFAULT_LOCATION);
        assertThat(other.runOnStartup()).isTrue();
    }

    @Test
    void overrideKeysMatchBeanNamesLeniently() {
        StrataProperties properties = bind(Map.of("strata.datasources.reporting-data-source.schema", "reports"));
        assertThat(properties.settingsFor("reportingDataSource").schema()).isEqualTo("reports");
        assertThat(properties.settingsFor("dataSource").schema()).isNull();
    }

    @Test
    void settingsNeverPrintThePassword() {
        StrataProperties properties = bind(Map.of("strata.user", "owner", "strata.password", "s3cret"));
        assertThat(properties.settingsFor("dataSource").toString()).contains("user=owner", "password=******")
                .doesNotContain("s3cret");
    }

    @Test
    void bindsEnumsInTheirDocumentedSpelling() {
        StrataProperties properties = bind(Map.of("strata.transaction-mode", "per-revision",
                "strata.validate-checksums", "ignore", "strata.locations", "classpath:a,filesystem:b"));
        assertThat(properties.getTransactionMode()).isEqualTo(dev.strata.TransactionMode.PER_REVISION);
        assertThat(properties.getValidateChecksums()).isEqualTo(dev.strata.ChecksumPolicy.IGNORE);
        assertThat(properties.getLocations()).isEqualTo(List.of("classpath:a", "filesystem:b"));
    }

    private static StrataProperties bind(Map<String, String> values) {
        Binder binder = new Binder(new MapConfigurationPropertySource(values));
        return binder.bindOrCreate("strata", Bindable.of(StrataProperties.class));
    }
}
