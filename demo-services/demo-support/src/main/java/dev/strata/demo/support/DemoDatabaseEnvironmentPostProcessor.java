package dev.strata.demo.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
  * Points a demo service at its own database before the application context starts, so a demo runs with
  * nothing installed and several demos can share one server without sharing tables.
  *
  * <ul>
  *   <li>{@code spring.datasource.url} (or {@code spring.r2dbc.url}) set: does nothing; the service's own
  *       configuration wins.</li>
  *   <li>{@code DATABASE_URL} set ({@code postgresql://user:password@host:port/any}): uses that server, but
  *       the database named by {@value #NAME_PROPERTY}, created when missing. This is how
  *       {@code scripts/run-migrations.sh} and a shared development server give each service its database.</li>
  *   <li>otherwise: starts an embedded PostgreSQL and creates the database there. It lives as long as the
  *       JVM.</li>
  * </ul>
  *
  * <p>It sets {@code spring.datasource.url/username/password} when the service has pgjdbc and
  * {@code spring.r2dbc.url/username/password} when it has r2dbc-postgresql, and creates the database over
  * that driver: a reactive service gets no JDBC driver for the demo's sake. A service with more databases
  * names them under {@value #MORE_PROPERTY}{@code .<datasource bean>}: {@code name} (the database) and
  * {@code prefix} (where the service reads that datasource's {@code url}, {@code username} and
  * {@code password}). It logs one line per database, never the password.
  */
public final class DemoDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    /** The property naming the service's database, for example {@code cds_client}. */
    public static final String NAME_PROPERTY = "demo.database.name";

    /** The properties naming the databases of further datasources, by datasource bean name. */
    public static final String MORE_PROPERTY = "demo.database.datasources";

    /** The environment variable naming a server to use instead of the embedded one. */
    public static final String URL_VARIABLE = "DATABASE_URL";

    private static final String PROPERTY_SOURCE = "demoDatabase";

    private final Log log;

    /**
      * Creates the post-processor; Spring Boot calls this.
      *
      * @param logFactory gives a log that is replayed once logging is configured
      */
    public DemoDatabaseEnvironmentPostProcessor(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(DemoDatabaseEnvironmentPostProcessor.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url") || environment.containsProperty("spring.r2dbc.url")) {
            return;
        }
        String name = environment.getProperty(NAME_PROPERTY);
        if (name == null) {
            throw new IllegalStateException("Set " + NAME_PROPERTY + " (for example cds_client) in the service's"
                    + " application.yml: it names the database the service gets, or set spring.datasource.url.");
        }
        ClassLoader classLoader = application.getClassLoader();
        DatabaseCreator creator = DatabaseCreator.forClassPath(classLoader);
        boolean jdbc = DatabaseCreator.Drivers.jdbc(classLoader);
        boolean r2dbc = DatabaseCreator.Drivers.r2dbc(classLoader);
        String url = environment.getProperty(URL_VARIABLE);
        boolean fromUrl = url != null && !url.isBlank();

        Map<String, Object> properties = new LinkedHashMap<>();
        ServiceDatabase database = open(fromUrl, url, name, creator);
        if (jdbc) {
            put(properties, "spring.datasource", database.jdbcUrl(), database);
        }
        if (r2dbc) {
            put(properties, "spring.r2dbc", database.r2dbcUrl(), database);
        }
        log.info("Demo service uses " + database + (fromUrl ? " (from DATABASE_URL)"
                : " (set DATABASE_URL to use a server of your own)"));

        Map<String, MoreDatabase> more = Binder.get(environment)
                .bind(MORE_PROPERTY, Bindable.mapOf(String.class, MoreDatabase.class))
                .orElse(Map.of());
        more.forEach((dataSource, wanted) -> {
            String prefix = wanted.prefixFor(dataSource);
            if (environment.containsProperty(prefix + ".url")) {
                return;
            }
            ServiceDatabase other = open(fromUrl, url, wanted.nameFor(dataSource), creator);
            put(properties, prefix, jdbc ? other.jdbcUrl() : other.r2dbcUrl(), other);
            log.info("Demo datasource " + dataSource + " uses " + other);
        });
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
    }

    /** After the config data post-processor, so {@value #NAME_PROPERTY} may come from application.yml. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static ServiceDatabase open(boolean fromUrl, String url, String name, DatabaseCreator creator) {
        return fromUrl ? ServiceDatabase.onServer(url, name, creator) : ServiceDatabase.embedded(name, creator);
    }

    private static void put(Map<String, Object> properties, String prefix, String url, ServiceDatabase database) {
        properties.put(prefix + ".url", url);
        properties.put(prefix + ".username", database.address().user());
        properties.put(prefix + ".password", database.address().password());
    }

    /**
      * A further database of the service.
      *
      * @param name the database, for example {@code cas_reports}
      * @param prefix where the service reads the datasource's {@code url}, {@code username} and
      *     {@code password}, for example {@code cas.reports.datasource}
      */
    record MoreDatabase(String name, String prefix) {

        String nameFor(String dataSource) {
            if (name == null) {
                throw new IllegalStateException("Set " + MORE_PROPERTY + "." + dataSource + ".name: the database"
                        + " that datasource gets, for example cas_reports.");
            }
            return name;
        }

        String prefixFor(String dataSource) {
            if (prefix == null || prefix.isBlank()) {
                throw new IllegalStateException("Set " + MORE_PROPERTY + "." + dataSource + ".prefix: where the"
                        + " service reads that datasource's url, username and password, for example"
                        + " cas.reports.datasource.");
            }
            return prefix;
        }
    }
}
