package dev.strata.tooling;

import dev.strata.StrataException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A service module's own configuration, read the way Spring Boot would read it without a profile: the
 * {@code application.yml}, {@code application.yaml} and {@code application.properties} of
 * {@code src/main/resources} and of the service folder itself (the folder's files win, and in one folder
 * {@code .properties} wins over YAML). YAML is flattened to dotted keys ({@code spring.datasource.url},
 * {@code strata.locations[0]}); documents that activate on a profile are skipped.
 *
 * <p>Keys are relaxed as in Spring Boot: {@code strata.version-table}, {@code strata.versionTable} and
 * {@code strata.version_table} are one key. Values may use {@code ${ENV_VAR}} and
 * {@code ${ENV_VAR:default}} placeholders, resolved from the environment, then from the configuration's
 * other keys, then from the default.
 */
public final class ServiceConfig {

    private static final List<String> FILE_NAMES = List.of("application.yaml", "application.yml",
            "application.properties");

    private static final String DATASOURCES = "strata.datasources";

    /** The main datasource's connection, which a datasource of {@link #forDatasource} does not inherit. */
    private static final List<String> MAIN_CONNECTION = List.of(normalize("strata.url"),
            normalize("spring.datasource"), normalize("spring.r2dbc"));

    private final Path dir;
    private final Map<String, Setting> settings;
    private final Map<String, String> env;

    /** One key as written, its raw value and the file it came from (relative to the service folder). */
    private record Setting(String key, String value, String file) {
    }

    private ServiceConfig(Path dir, Map<String, Setting> settings, Map<String, String> env) {
        this.dir = dir;
        this.settings = settings;
        this.env = Map.copyOf(env);
    }

    /**
     * Reads a service's configuration files; a folder without any yields an empty configuration.
     *
     * @param serviceDir the service module's folder
     * @param env        the environment, for placeholders
     * @return the configuration
     * @throws StrataException when a file exists but cannot be read or parsed, naming the file
     */
    public static ServiceConfig load(Path serviceDir, Map<String, String> env) {
        Map<String, Setting> settings = new LinkedHashMap<>();
        for (Path folder : List.of(serviceDir.resolve("src/main/resources"), serviceDir)) {
            for (String name : FILE_NAMES) {
                Path file = folder.resolve(name);
                if (Files.isRegularFile(file)) {
                    String shown = display(serviceDir, file);
                    read(file, shown).forEach((key, value) -> settings.put(normalize(key), new Setting(key, value,
                            shown)));
                }
            }
        }
        return new ServiceConfig(serviceDir, settings, env);
    }

    /**
     * A value with its placeholders resolved.
     *
     * @param key a dotted key in any relaxed form, for example {@code strata.version-table}
     * @return the value, or empty when the key is not set
     * @throws StrataException when a placeholder can be resolved neither from the environment nor from the
     *     configuration, naming the key, its file and the placeholder
     */
    public Optional<String> get(String key) {
        Setting setting = settings.get(normalize(key));
        if (setting == null) {
            return Optional.empty();
        }
        return Optional.of(new Placeholders(env, this::raw, setting.key() + " in " + setting.file())
                .resolve(setting.value()));
    }

    /**
     * A list value: the indexed keys of a YAML list ({@code strata.locations[0]}, ...) or a comma-separated value.
     *
     * @param key the key of the list, without index
     * @return the entries, stripped, without blanks; empty when the key is not set
     */
    public List<String> getList(String key) {
        List<String> values = new ArrayList<>();
        for (int i = 0; settings.containsKey(normalize(key + "[" + i + "]")); i++) {
            get(key + "[" + i + "]").ifPresent(values::add);
        }
        if (values.isEmpty()) {
            get(key).ifPresent(value -> values.addAll(Arrays.asList(value.split(","))));
        }
        return values.stream().map(String::strip).filter(value -> !value.isEmpty()).toList();
    }

    /**
     * Every key under a prefix, with the rest of the key exactly as written (not relaxed): for pass-through maps
     * such as {@code spring.jpa.properties.*}, whose keys are Hibernate's own ({@code hibernate.default_schema}).
     *
     * @param prefix a dotted prefix in any relaxed form, without the trailing dot
     * @return the remaining keys and their resolved values, in file order
     */
    public Map<String, String> withPrefix(String prefix) {
        String wanted = normalize(prefix) + ".";
        Map<String, String> out = new LinkedHashMap<>();
        for (Setting setting : settings.values()) {
            if (normalize(setting.key()).startsWith(wanted)) {
                int dots = prefix.split("\\.").length;
                String[] parts = setting.key().split("\\.", dots + 1);
                if (parts.length == dots + 1) {
                    get(setting.key()).ifPresent(value -> out.put(parts[dots], value));
                }
            }
        }
        return out;
    }

    /**
     * The configuration as one of several datasources of the service sees it, as the Spring Boot starter applies
     * it: {@code strata.datasources.<name>.*} overrides {@code strata.*}, and the main datasource's connection
     * ({@code strata.url}, {@code spring.datasource.*}, {@code spring.r2dbc.*}) is not this one's, so its URL
     * comes from {@code strata.datasources.<name>.url} (or from outside: an option, {@code DATABASE_URL}).
     * Names match leniently, as bean names do in the starter ({@code reports-data-source} is
     * {@code reportsDataSource}).
     *
     * @param name the datasource's bean name, for example {@code reportsDataSource}
     * @return the view
     * @throws StrataException when the configuration has no {@code strata.datasources.<name>} settings, listing
     *     the names it has
     */
    public ServiceConfig forDatasource(String name) {
        String prefix = normalize(DATASOURCES + "." + name) + ".";
        Map<String, Setting> view = new LinkedHashMap<>();
        settings.forEach((key, setting) -> {
            if (!MAIN_CONNECTION.stream().anyMatch(main -> key.equals(main) || key.startsWith(main + "."))) {
                view.put(key, setting);
            }
        });
        boolean found = false;
        for (Map.Entry<String, Setting> entry : settings.entrySet()) {
            if (entry.getKey().startsWith(prefix)) {
                view.put(normalize("strata." + entry.getKey().substring(prefix.length())), entry.getValue());
                found = true;
            }
        }
        if (!found) {
            List<String> names = datasourceNames();
            throw new StrataException("No datasource " + name + " in the configuration of " + dir + ": "
                    + (names.isEmpty() ? "it has no strata.datasources settings"
                            : "strata.datasources has " + String.join(", ", names))
                    + ". Name one of those, or add strata.datasources." + name + ".locations (and .url) to its"
                    + " application.yml");
        }
        return new ServiceConfig(dir, view, env);
    }

    /**
     * The datasources the configuration names under {@code strata.datasources}, as written, in file order.
     *
     * @return the names, for example {@code [reportsDataSource]}
     */
    public List<String> datasourceNames() {
        String prefix = normalize(DATASOURCES) + ".";
        List<String> names = new ArrayList<>();
        for (Setting setting : settings.values()) {
            if (normalize(setting.key()).startsWith(prefix)) {
                String name = setting.key().substring(DATASOURCES.length() + 1).split("\\.", 2)[0];
                if (names.stream().noneMatch(known -> normalize(known).equals(normalize(name)))) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /**
     * Says where a key is set, for messages.
     *
     * @param key a dotted key
     * @return for example {@code spring.datasource.url in src/main/resources/application.yml}, or the key
     *     alone when it is not set
     */
    public String origin(String key) {
        Setting setting = settings.get(normalize(key));
        return setting == null ? key : setting.key() + " in " + setting.file();
    }

    /** The service folder this configuration belongs to. */
    public Path dir() {
        return dir;
    }

    private Optional<String> raw(String key) {
        Setting setting = settings.get(normalize(key));
        return setting == null ? Optional.empty() : Optional.of(setting.value());
    }

    /** Spring Boot's relaxed names: case, dashes and underscores do not count. */
    static String normalize(String key) {
        return key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    private static String display(Path serviceDir, Path file) {
        Path relative = serviceDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        return relative.toString().replace('\\', '/');
    }

    private static Map<String, String> read(Path file, String shown) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (file.getFileName().toString().endsWith(".properties")) {
                Properties properties = new Properties();
                properties.load(reader);
                Map<String, String> out = new LinkedHashMap<>();
                properties.stringPropertyNames().stream().sorted()
                        .forEach(name -> out.put(name, properties.getProperty(name)));
                return out;
            }
            Map<String, String> out = new LinkedHashMap<>();
            Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
            for (Object document : yaml.loadAll(reader)) {
                if (document instanceof Map<?, ?> map && !activatesOnProfile(map)) {
                    flatten("", map, out);
                }
            }
            return out;
        } catch (MarkedYAMLException e) {
            // Not the exception's message: it quotes the lines around the error, which may hold a password.
            throw new StrataException("Cannot read " + shown + ": " + e.getProblem() + " at line "
                    + (e.getProblemMark().getLine() + 1) + ", column " + (e.getProblemMark().getColumn() + 1), e);
        } catch (IOException | YAMLException | IllegalArgumentException e) {
            throw new StrataException("Cannot read " + shown + ": " + oneLine(e.getMessage()), e);
        }
    }

    private static boolean activatesOnProfile(Map<?, ?> document) {
        Map<String, String> flat = new LinkedHashMap<>();
        flatten("", document, flat);
        return flat.keySet().stream().map(ServiceConfig::normalize)
                .anyMatch(key -> key.equals("spring.config.activate.onprofile") || key.equals("spring.profiles"));
    }

    private static void flatten(String prefix, Object value, Map<String, String> out) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String name = String.valueOf(entry.getKey());
                flatten(prefix.isEmpty() ? name : prefix + "." + name, entry.getValue(), out);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), out);
            }
        } else {
            out.put(prefix, value == null ? "" : String.valueOf(value));
        }
    }

    private static String oneLine(String message) {
        return message == null ? "unreadable" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
