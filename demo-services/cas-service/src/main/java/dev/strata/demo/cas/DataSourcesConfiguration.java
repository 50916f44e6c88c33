package dev.strata.demo.cas;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
  * The service's two databases. Spring Boot backs its DataSource auto-configuration off as soon as one
  * DataSource bean exists, so both are defined here: {@code dataSource} ({@code cas_audit}, from
  * {@code spring.datasource.*}) is {@code @Primary}, which is the one JPA, Boot's JdbcTemplate and the
  * transaction manager use; {@code reportsDataSource} ({@code cas_reports}, from
  * {@code cas.reports.datasource.*}) is used only by the report store. Strata migrates each, by bean name.
  */
@Configuration(proxyBeanMethods = false)
public class DataSourcesConfiguration {

    /**
      * The audit database's connection settings.
      *
      * @return {@code spring.datasource.*}
      */
    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource")
    public DataSourceProperties dataSourceProperties() {
        return new DataSourceProperties();
    }

    /**
      * The audit database, {@code cas_audit}: login events and registered services, through JPA.
      *
      * @param properties {@code spring.datasource.*}
      * @return a pool tuned by {@code spring.datasource.hikari.*}
      */
    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    public HikariDataSource dataSource(DataSourceProperties properties) {
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }

    /**
      * The reports database's connection settings.
      *
      * @return {@code cas.reports.datasource.*}
      */
    @Bean
    @ConfigurationProperties("cas.reports.datasource")
    public DataSourceProperties reportsDataSourceProperties() {
        return new DataSourceProperties();
    }

    /**
      * The reports database, {@code cas_reports}: daily login statistics, through JdbcTemplate.
      *
      * @param properties {@code cas.reports.datasource.*}
      * @return a pool tuned by {@code cas.reports.datasource.hikari.*}
      */
    @Bean
    @ConfigurationProperties("cas.reports.datasource.hikari")
    public HikariDataSource reportsDataSource(
            @Qualifier("reportsDataSourceProperties") DataSourceProperties properties) {
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }
}
