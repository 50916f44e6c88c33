package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every {@code console} block of docs/cli.md, in order, in one service folder against one database, and
 * checks each command's output and exit code, so the guide cannot drift from what strata does.
 *
 * <p>A block is {@code $ strata ...} lines, each followed by its expected stdout and stderr; {@code # exits N}
 * after a command gives its exit code (0 otherwise). In expected output, a line {@code ...} stands for any
 * lines, and timings match any timing. The guide's service folder is {@value #DOC_DIR}, its database
 * {@value #DOC_DATABASE}; the three revisions it starts from are {@link Service#linear()}'s.
 */
@ExtendWith(PostgresExtension.class)
class DocsExamplesIT {

    static final String DOC_DIR = "/home/me/clients";
    static final String DOC_DATABASE = "postgresql://app@localhost:5432/clients";
    private static final Path GUIDE = Path.of("../docs/cli.md");
    private static final Pattern EXIT = Pattern.compile("\\s+# exits ([0-9])$");

    @TempDir
    Path dir;

    @Test
    void everyConsoleExampleOfTheGuideRunsAsShown(TestDatabase db) throws IOException {
        new Service(dir).linear();
        Cli cli = Cli.in(dir).withEnv("DATABASE_URL", Database.url(db));
        List<Example> examples = examples(Files.readString(GUIDE));
        assertThat(examples).hasSizeGreaterThan(20);

        SoftAssertions softly = new SoftAssertions();
        for (Example example : examples) {
            String realDir = dir.toRealPath().toString();
            Run run = cli.run(arguments(example.command()).stream().map(arg -> arg.replace(DOC_DIR, realDir))
                    .toArray(String[]::new));
            String actual = (run.stdout() + run.stderr()).replace(realDir, DOC_DIR)
                    .replace(Database.url(db, db.user(), ""), DOC_DATABASE);
            softly.assertThat(normalize(actual)).as("$ strata " + example.command())
                    .matches(Pattern.compile(pattern(normalize(example.output())), Pattern.DOTALL));
            softly.assertThat(run.exitCode()).as("exit code of $ strata " + example.command())
                    .isEqualTo(example.exitCode());
        }
        softly.assertAll();
    }

    /** One {@code $ strata ...} line of the guide and what follows it. */
    record Example(String command, int exitCode, String output) {
    }

    static List<Example> examples(String markdown) {
        List<Example> out = new ArrayList<>();
        boolean inConsole = false;
        String command = null;
        int exitCode = 0;
        StringBuilder output = new StringBuilder();
        for (String line : markdown.split("\n", -1)) {
            if (!inConsole) {
                inConsole = line.strip().equals("```console");
                continue;
            }
            if (line.startsWith("```") || line.startsWith("$ ")) {
                if (command != null) {
                    out.add(new Example(command, exitCode, output.toString()));
                }
                command = null;
                output.setLength(0);
                if (line.startsWith("```")) {
                    inConsole = false;
                    continue;
                }
                Matcher exit = EXIT.matcher(line);
                exitCode = exit.find() ? Integer.parseInt(exit.group(1)) : 0;
                String text = exit.replaceFirst("").substring(2);
                assertThat(text).as("console blocks of the guide run strata only").startsWith("strata ");
                command = text.substring("strata ".length());
            } else {
                output.append(line).append('\n');
            }
        }
        return out;
    }

    /** Splits a command line as a POSIX shell would, for the quoting the guide uses. */
    static List<String> arguments(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    out.add(current.toString());
                    current.setLength(0);
                    inWord = false;
                }
            } else {
                current.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            out.add(current.toString());
        }
        return out;
    }

    private static String normalize(String text) {
        return text.replaceAll("done in [0-9]+ ms", "done in N ms").replaceAll(" in [0-9]+\\.[0-9] s", " in N s")
                .replaceAll("\"durationMs\":[0-9]+", "\"durationMs\":N");
    }

    /** The expected output as a regular expression: literal, except that a line "..." matches any lines. */
    private static String pattern(String expected) {
        StringBuilder regex = new StringBuilder();
        for (String line : expected.split("\n", -1)) {
            if (line.equals("...")) {
                regex.append("(?:[^\n]*\n)*?");
            } else {
                regex.append(Pattern.quote(line)).append("\n");
            }
        }
        // split() leaves one empty piece after the last newline.
        return regex.substring(0, regex.length() - 1);
    }
}
