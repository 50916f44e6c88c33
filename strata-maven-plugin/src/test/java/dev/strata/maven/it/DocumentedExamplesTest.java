package dev.strata.maven.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code mvn} example of the pages that show the plugin ({@link #PAGES}) is one the integration tests run,
 * and {@code docs/maven-plugin.md} has one of every goal. An example is run when an IT call has its goals in the
 * same order (possibly with others between) and all its options; the connection options ({@code strata.url},
 * {@code strata.user}, {@code strata.password}) match by name only, since the tests' values are their own
 * database's.
 */
class DocumentedExamplesTest {

    /** The plugin's guide, which also has an example of every goal. */
    private static final String GUIDE = "../docs/maven-plugin.md";
    private static final List<String> PAGES = List.of(GUIDE, "../docs/commands.md",
            "../docs/workflow.md", "../docs/quick-start.md", "../docs/autogenerate.md", "../README.md");
    /** Block languages whose lines are commands; {@code console} blocks hold them as {@code $ } lines. */
    private static final Set<String> SHELL = Set.of("sh", "bash", "shell");
    private static final Path ITS = Path.of("src/test/java/dev/strata/maven/it");
    private static final Set<String> CONNECTION = Set.of("strata.url", "strata.user", "strata.password");
    private static final Pattern INLINE = Pattern.compile("`(mvn [^`]+)`");
    private static final Pattern RUN_CALL = Pattern.compile("maven\\.run\\((.*?)\\);", Pattern.DOTALL);
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static Map<String, List<Command>> documented;
    private static List<Command> run;

    /** A Maven command line: its goals in order, and its options. */
    private record Command(String text, List<String> goals, Set<String> options) {

        static Command of(String text, List<String> tokens) {
            List<String> goals = new ArrayList<>();
            Set<String> options = new LinkedHashSet<>();
            for (String token : tokens) {
                if (token.startsWith("-")) {
                    options.add(token);
                } else if (token.contains(":")) {
                    goals.add(token);
                }
            }
            return new Command(text, goals, options);
        }

        boolean runBy(Command call) {
            int next = 0;
            for (String goal : goals) {
                int at = call.goals.subList(next, call.goals.size()).indexOf(goal);
                if (at < 0) {
                    return false;
                }
                next += at + 1;
            }
            return options.stream().allMatch(option -> call.options.contains(option) || CONNECTION.contains(key(option))
                    && call.options.stream().anyMatch(o -> key(o).equals(key(option))));
        }

        private static String key(String option) {
            int equals = option.indexOf('=');
            return option.startsWith("-D") ? option.substring(2, equals < 0 ? option.length() : equals) : option;
        }
    }

    @BeforeAll
    static void read() throws IOException {
        documented = new LinkedHashMap<>();
        for (String page : PAGES) {
            documented.put(page, documentedCommands(Files.readString(Path.of(page))));
        }
        run = new ArrayList<>();
        try (Stream<Path> files = Files.list(ITS)) {
            for (Path file : files.filter(f -> f.toString().endsWith("IT.java")).toList()) {
                Matcher call = RUN_CALL.matcher(Files.readString(file));
                while (call.find()) {
                    List<String> tokens = new ArrayList<>();
                    Matcher literal = LITERAL.matcher(call.group(1));
                    while (literal.find()) {
                        tokens.add(literal.group(1));
                    }
                    run.add(Command.of(String.join(" ", tokens), tokens));
                }
            }
        }
    }

    @Test
    void eachPageHasExamples() {
        assertThat(documented.get(GUIDE)).as("examples found in %s", GUIDE).hasSizeGreaterThan(20);
        documented.forEach((page, examples) -> assertThat(examples).as("examples found in %s", page).isNotEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void theTestsRunEveryExampleOfThePage(String page) {
        assertThat(run).as("mvn calls found in the ITs").hasSizeGreaterThan(15);
        for (Command example : documented.get(page)) {
            assertThat(run).as("an IT call that runs the documented '%s' of %s", example.text(), page)
                    .anyMatch(example::runBy);
        }
    }

    static List<String> pages() {
        return PAGES;
    }

    @Test
    void theGuideHasAnExampleOfEveryGoal() throws IOException {
        Set<String> goals = new LinkedHashSet<>();
        try (InputStream descriptor = getClass().getResourceAsStream("/META-INF/maven/plugin.xml")) {
            Matcher goal = Pattern.compile("<goal>([a-z]+)</goal>").matcher(new String(descriptor.readAllBytes(),
                    StandardCharsets.UTF_8));
            while (goal.find()) {
                goals.add("strata:" + goal.group(1));
            }
        }
        assertThat(goals).hasSize(14);
        for (String goal : goals) {
            assertThat(documented.get(GUIDE)).as("an example of %s", goal)
                    .anyMatch(command -> command.goals().contains(goal));
        }
    }

    /**
     * The {@code mvn} commands of a page that name a Strata goal (not the general form {@code mvn strata:<goal>}):
     * lines of shell blocks (continuations joined, trailing {@code # comment} dropped), {@code $ mvn} lines of
     * console blocks, and the inline {@code `mvn ...`} of the text. {@code ./mvnw} commands build this repository
     * and are not the plugin's examples.
     */
    private static List<Command> documentedCommands(String page) {
        List<String> lines = new ArrayList<>();
        String block = null;
        StringBuilder continued = new StringBuilder();
        for (String line : page.lines().toList()) {
            if (line.startsWith("```")) {
                block = block == null ? line.substring(3).strip() : null;
            } else if (block == null) {
                Matcher inline = INLINE.matcher(line);
                while (inline.find()) {
                    lines.add(inline.group(1));
                }
            } else if (SHELL.contains(block)) {
                String code = withoutComment(line.strip());
                if (code.endsWith("\\")) {
                    continued.append(code, 0, code.length() - 1).append(' ');
                    continue;
                }
                lines.add(continued.append(code).toString().strip());
                continued.setLength(0);
            } else if (block.equals("console") && line.startsWith("$ ")) {
                lines.add(withoutComment(line.substring(2).strip()));
            }
        }
        return lines.stream().filter(line -> line.startsWith("mvn "))
                .filter(line -> line.contains("strata:") || line.contains("strata-maven-plugin:"))
                .filter(line -> !line.contains("<")) // the general form, mvn strata:<goal>
                .map(line -> Command.of(line, shellWords(line))).toList();
    }

    /** The line without a trailing {@code # comment} outside quotes. */
    private static String withoutComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i).stripTrailing();
            }
        }
        return line;
    }

    /** Splits a command line as a shell would, for the quoting the guide uses ("two words"). */
    private static List<String> shellWords(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }
}
