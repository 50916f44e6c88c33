package dev.strata.demo.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

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
  *   <li>otherwise: starts an embedded PostgreSQL (the one Strata's tests use) and creates the database
  *       there. It lives as long as the JVM.</li>
  * </ul>
  *
  * <p>It sets {@code spring.datasource.url/username/password}, and {@code spring.r2dbc.*} too when R2DBC is
  * on the class path, and logs one line naming the database, never the password.
  */
public final class DemoDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    /** The property naming the service's database, for example {@code cds_client}. */
    public static final String NAME_PROPERTY = "demo.database.name";

    /** The environment variable naming a server to use instead of the embedded one. */
    public static final String URL_VARIABLE = "DATABASE_URL";

    private static final String PROPERTY_SOURCE = "demoDatabase";
    private static final String R2DBC_CLASS = "io.r2dbc.spi.ConnectionFactory";

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
        String url = environment.getProperty(URL_VARIABLE);
        ServiceDatabase database = url == null || url.isBlank()
                ? ServiceDatabase.embedded(name)
                : ServiceDatabase.onServer(url, name);

        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", database.jdbcUrl());
        properties.put("spring.datasource.username", database.address().user());
        properties.put("spring.datasource.password", database.address().password());
        if (ClassUtils.isPresent(R2DBC_CLASS, getClass().getClassLoader())) {
            properties.put("spring.r2dbc.url", database.r2dbcUrl());
            properties.put("spring.r2dbc.username", database.address().user());
            properties.put("spring.r2dbc.password", database.address().password());
        }
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
        log.info("Demo service uses " + database
                + (url == null || url.isBlank() ? " (set DATABASE_URL to use a server of your own)"
                        : " (from DATABASE_URL)"));
    }

    /** After the config data post-processor, so {@value #NAME_PROPERTY} may come from application.yml. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
