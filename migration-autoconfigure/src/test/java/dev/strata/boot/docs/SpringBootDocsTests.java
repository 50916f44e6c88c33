package dev.strata.boot.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/spring-boot.md lists every property of the metadata that the configuration processor generated, with its
 * default, and nothing that does not exist.
 */
class SpringBootDocsTests {

    private static final Path DOC = Path.of("..", "docs", "spring-boot.md");

    /** A row of the properties table: {@code | `name` | `default` | ...}, the default possibly empty. */
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9.-]+)` \\|\\s*(`([^`]*)`)?\\s*\\|",
            Pattern.MULTILINE);

    @Test
    void thePropertiesTableMatchesTheGeneratedMetadata() throws IOException {
        Map<String, String> metadata = metadata();
        Map<String, String> documented = documented();

        assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(metadata.keySet());
        metadata.forEach((name, value) -> assertThat(documented.get(name)).as("default of %s", name)
                .isEqualTo(value));
    }

    /** Strata's own properties and the management properties of its endpoint and health contributor. */
    private static Map<String, String> metadata() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = SpringBootDocsTests.class.getResourceAsStream(
                "/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("generated metadata").isNotNull();
            JsonNode root = JsonMapper.builder().build().readTree(in);
            for (JsonNode property : root.get("properties")) {
                String name = property.get("name").stringValue();
                if (name.startsWith("strata.") || name.contains(".migrations.")) {
                    out.put(name, render(property.get("defaultValue")));
                }
            }
        }
        return out;
    }

    private static Map<String, String> documented() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher row = ROW.matcher(Files.readString(DOC));
        while (row.find()) {
            out.put(row.group(1), row.group(3) == null ? "" : row.group(3));
        }
        return out;
    }

    private static String render(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asString()));
            return String.join(",", items);
        }
        return value.asString();
    }
}
