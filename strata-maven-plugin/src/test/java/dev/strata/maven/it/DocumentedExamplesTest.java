package dev.strata.maven.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every {@code mvn} example of {@code docs/maven-plugin.md} is one the integration tests run, and every goal has
 * one. An example is run when an IT call has its goals in the same order (possibly with others between) and
 * all its options; the connection options ({@code strata.url}, {@code strata.user}, {@code strata.password})
 * match by name only, since the tests' values are their own database's.
 */
class DocumentedExamplesTest {

    private static final Path GUIDE = Path.of("../docs/maven-plugin.md");
    private static final Path ITS = Path.of("src/test/java/dev/strata/maven/it");
    private static final Set<String> CONNECTION = Set.of("strata.url", "strata.user", "strata.password");
    private static final Pattern INLINE = Pattern.compile("`(mvn [^`]+)`");
    private static final Pattern RUN_CALL = Pattern.compile("maven\\.run\\((.*?)\\);", Pattern.DOTALL);
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static List<Command> documented;
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
        documented = documentedCommands(Files.readString(GUIDE));
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
    void theTestsRunEveryExampleOfTheGuide() {
        assertThat(documented).as("examples found in %s", GUIDE).hasSizeGreaterThan(20);
        assertThat(run).as("mvn calls found in the ITs").hasSizeGreaterThan(15);
        for (Command example : documented) {
            assertThat(run).as("an IT call that runs the documented '%s'", example.text())
                    .anyMatch(example::runBy);
        }
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
        assertThat(goals).hasSize(12);
        for (String goal : goals) {
            assertThat(documented).as("an example of %s", goal).anyMatch(command -> command.goals().contains(goal));
        }
    }

    /**
     * The {@code mvn} lines of {@code sh} blocks and the inline {@code `mvn ...`} that name a Strata goal (not
     * the general form {@code mvn strata:<goal>}).
     */
    private static List<Command> documentedCommands(String guide) {
        List<String> lines = new ArrayList<>();
        boolean shell = false;
        for (String line : guide.lines().toList()) {
            if (line.startsWith("```")) {
                shell = line.equals("```sh");
            } else if (shell && line.startsWith("mvn ")) {
                lines.add(line);
            } else if (!shell) {
                Matcher inline = INLINE.matcher(line);
                while (inline.find()) {
                    lines.add(inline.group(1));
                }
            }
        }
        return lines.stream().filter(line -> line.contains("strata:") || line.contains("strata-maven-plugin:"))
                .filter(line -> !line.contains("<")) // the general form, mvn strata:<goal>
                .map(line -> Command.of(line, shellWords(line))).toList();
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
