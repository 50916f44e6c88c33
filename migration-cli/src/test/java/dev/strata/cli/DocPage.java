package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page of the guide as {@link DocsExamplesIT} runs it: its {@code console} examples and, between them, the
 * staging of the scenario, in page order. Staging is written in the page as an HTML comment on a line of its own,
 * which Markdown does not render but a reader of the source sees next to the examples it prepares:
 * <ul>
 *   <li>{@code <!-- docs-sql: STATEMENT; STATEMENT -->} runs the statements on the page's database;</li>
 *   <li>{@code <!-- docs-file: PATH -->}, immediately followed by a fenced block, writes the block's content to
 *       PATH in the service folder.</li>
 * </ul>
 * A {@code console} block is {@code $ strata ...} lines, each followed by its expected stdout and stderr;
 * {@code # exits N} after a command gives its exit code (0 otherwise).
 */
record DocPage(List<DocPage.Step> steps) {

    private static final Pattern DIRECTIVE = Pattern.compile("<!--\\s*docs-([a-z]+):\\s*(.*?)\\s*-->");
    private static final Pattern EXIT = Pattern.compile("\\s+# exits ([0-9])$");

    /** One thing the page does, in order. */
    sealed interface Step permits Sql, WriteFile, Example {
    }

    /** {@code <!-- docs-sql: ... -->}: statements to run on the page's database. */
    record Sql(List<String> statements) implements Step {
    }

    /** {@code <!-- docs-file: PATH -->} and the block after it: a file of the service folder. */
    record WriteFile(String path, String content) implements Step {
    }

    /** One {@code $ strata ...} line of the page and what follows it. */
    record Example(String command, int exitCode, String output) implements Step {
    }

    /** The console examples alone. */
    List<Example> examples() {
        return steps.stream().filter(Example.class::isInstance).map(Example.class::cast).toList();
    }

    static DocPage parse(String markdown) {
        List<Step> steps = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher directive = DIRECTIVE.matcher(line.strip());
            if (directive.matches()) {
                i = directive(directive.group(1), directive.group(2), lines, i, steps);
            } else if (line.strip().equals("```console")) {
                i = console(lines, i + 1, steps);
            } else if (line.startsWith("```")) {
                // Another language's block: skipped whole, so that nothing inside it reads as staging.
                i = closingFence(lines, i + 1);
            } else {
                assertThat(line).as("line %d: a docs- comment must stand on a line of its own", i + 1)
                        .doesNotContain("<!-- docs-");
            }
        }
        return new DocPage(List.copyOf(steps));
    }

    /** Adds a directive's step and returns the index of its last line. */
    private static int directive(String kind, String argument, String[] lines, int at, List<Step> steps) {
        switch (kind) {
            case "sql" -> {
                List<String> statements = Arrays.stream(argument.split(";")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList();
                assertThat(statements).as("line %d: docs-sql without statements", at + 1).isNotEmpty();
                steps.add(new Sql(statements));
                return at;
            }
            case "file" -> {
                assertThat(argument).as("line %d: docs-file needs a path inside the service folder", at + 1)
                        .isNotEmpty().doesNotStartWith("/").doesNotContain("..");
                assertThat(at + 1 < lines.length && lines[at + 1].startsWith("```"))
                        .as("line %d: docs-file must be followed by a fenced block", at + 1).isTrue();
                int end = closingFence(lines, at + 2);
                StringBuilder content = new StringBuilder();
                for (int i = at + 2; i < end; i++) {
                    content.append(lines[i]).append('\n');
                }
                steps.add(new WriteFile(argument, content.toString()));
                return end;
            }
            default -> throw new AssertionError("line " + (at + 1) + ": unknown directive docs-" + kind
                    + " (docs-sql and docs-file exist)");
        }
    }

    /** Adds the examples of the console block that starts at {@code from}; returns its closing fence's index. */
    private static int console(String[] lines, int from, List<Step> steps) {
        int end = closingFence(lines, from);
        String command = null;
        int exitCode = 0;
        StringBuilder output = new StringBuilder();
        for (int i = from; i <= end; i++) {
            String line = i < end ? lines[i] : "```";
            if (line.startsWith("```") || line.startsWith("$ ")) {
                if (command != null) {
                    steps.add(new Example(command, exitCode, output.toString()));
                }
                command = null;
                output.setLength(0);
                if (i == end) {
                    break;
                }
                Matcher exit = EXIT.matcher(line);
                exitCode = exit.find() ? Integer.parseInt(exit.group(1)) : 0;
                String text = exit.replaceFirst("").substring(2);
                assertThat(text).as("line %d: console blocks of the guide run strata only", i + 1)
                        .startsWith("strata ");
                command = text.substring("strata ".length());
            } else {
                assertThat(command).as("line %d: output before the first command of a console block", i + 1)
                        .isNotNull();
                output.append(line).append('\n');
            }
        }
        return end;
    }

    private static int closingFence(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            if (lines[i].startsWith("```")) {
                return i;
            }
        }
        throw new AssertionError("line " + from + ": a fenced block is not closed");
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
}
