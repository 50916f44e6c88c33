package dev.strata.tooling;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the database, first found wins (DESIGN §4): the explicit URL; {@code DATABASE_URL};
 * {@code strata.url}; {@code spring.datasource.url}; {@code spring.r2dbc.url}. User and password come with the
 * URL that was chosen (its own keys, else what the URL itself names); {@code strata.user}/{@code strata.password}
 * apply to the configuration's URLs as the starter applies them (migrate as another user than the
 * application); explicit user and password override whatever was found.
 */
final class ConnectionSources {

    /** The variable twelve-factor platforms (Heroku, Render, Fly, ...) and the Alembic guide use. */
    static final String DATABASE_URL = "DATABASE_URL";

    private record Source(String urlKey, String userKey, String passwordKey) {
    }

    private static final List<Source> CONFIG_SOURCES = List.of(
            new Source("strata.url", "spring.datasource.username", "spring.datasource.password"),
            new Source("spring.datasource.url", "spring.datasource.username", "spring.datasource.password"),
            new Source("spring.r2dbc.url", "spring.r2dbc.username", "spring.r2dbc.password"));

    private ConnectionSources() {
    }

    static Optional<ConnectionSettings> resolve(ExplicitOptions explicit, String explicitSource,
            Map<String, String> env, ServiceConfig config) {
        return find(explicit, explicitSource, env, config)
                .map(found -> found.withCredentials(blankToNull(explicit.user()), explicit.password()));
    }

    private static Optional<ConnectionSettings> find(ExplicitOptions explicit, String explicitSource,
            Map<String, String> env, ServiceConfig config) {
        if (!isBlank(explicit.url())) {
            return Optional.of(DatabaseUrl.parse(explicit.url(), explicitSource));
        }
        String databaseUrl = env.get(DATABASE_URL);
        if (!isBlank(databaseUrl)) {
            return Optional.of(DatabaseUrl.parse(databaseUrl, DATABASE_URL));
        }
        for (Source source : CONFIG_SOURCES) {
            Optional<String> url = config.get(source.urlKey()).filter(value -> !value.isBlank());
            if (url.isPresent()) {
                ConnectionSettings found = DatabaseUrl.parse(url.get(), config.origin(source.urlKey()));
                String user = first(config, "strata.user", source.userKey());
                String password = first(config, "strata.password", source.passwordKey());
                return Optional.of(found.withCredentials(user, password));
            }
        }
        return Optional.empty();
    }

    private static String first(ServiceConfig config, String... keys) {
        for (String key : keys) {
            Optional<String> value = config.get(key).filter(v -> !v.isBlank());
            if (value.isPresent()) {
                return value.get();
            }
        }
        return null;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value;
    }
}
