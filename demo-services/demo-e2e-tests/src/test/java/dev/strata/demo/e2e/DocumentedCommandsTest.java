package dev.strata.demo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
  * Every command of the README and of the guide ({@code docs/}, {@code demo-services/README.md}) is run in CI,
  * so the documentation cannot rot. A command is run when:
  * <ul>
  *   <li>it is a {@code $ strata ...} line of a console block of a page that {@code DocsExamplesIT} (migration-cli)
  *       runs, example by example, comparing the output shown;</li>
  *   <li>it is a {@code mvn ...} line of a page whose examples {@code DocumentedExamplesTest} (strata-maven-plugin)
  *       requires to be run by one of the plugin's integration tests, which run real Maven;</li>
  *   <li>or its exact text is in a test source or a CI script, which runs it as written (the end-to-end tests of
  *       this module run the README's demo command, its curl calls and the all-services script that way).</li>
  * </ul>
  * The few commands CI runs in a slightly different spelling are listed in {@link #SPELLED_DIFFERENTLY}, with why.
  */
class DocumentedCommandsTest {

    private static final Path ROOT = Path.of(System.getProperty("demo.services", "..")).toAbsolutePath().normalize()
            .getParent();
    private static final Path CONSOLE_RUNNER = ROOT.resolve("migration-cli/src/test/java/dev/strata/cli/DocsExamplesIT.java");
    private static final Path MAVEN_RUNNER = ROOT.resolve(
            "strata-maven-plugin/src/test/java/dev/strata/maven/it/DocumentedExamplesTest.java");
    private static final Pattern PAGE = Pattern.compile("\"(?:\\.\\./)*((?:docs/)?[A-Za-z0-9_-]+\\.md)\"");

    /** Documented spelling → the spelling CI runs, and why they are the same command. */
    private static final Map<String, String> SPELLED_DIFFERENTLY = Map.of(
            // .ci/run adds batch mode (-B: no colours, no progress bars) for a log file.
            "./mvnw verify", "./mvnw -B verify",
            // The same build of the CLI's jar: CI's verify runs migration-cli's package phase with its modules.
            "./mvnw -pl migration-cli -am package", "./mvnw -B verify");

    @Test
    void everyDocumentedCommandIsRunInCi() throws IOException {
        Set<String> consolePages = pagesNamedBy(CONSOLE_RUNNER);
        Set<String> mavenPages = pagesNamedBy(MAVEN_RUNNER);
        String executed = executedText();

        List<DocumentedCommand> commands = new ArrayList<>();
        for (String page : pages()) {
            commands.addAll(DocumentedCommand.of(ROOT, page));
        }
        assertThat(commands).hasSizeGreaterThan(100);

        List<String> notRun = new ArrayList<>();
        for (DocumentedCommand command : commands) {
            String text = command.text();
            boolean run = (command.console() && text.startsWith("strata ") && consolePages.contains(command.page()))
                    || (text.startsWith("mvn ") && mavenPages.contains(command.page()))
                    || executed.contains(text)
                    || executed.contains(SPELLED_DIFFERENTLY.getOrDefault(text, "\u0000"));
            if (!run) {
                notRun.add(command.toString());
            }
        }
        assertThat(notRun).as("documented commands that no test or CI script runs").isEmpty();
    }

    @Test
    void theRunnersReadThePagesTheyAreTrustedFor() throws IOException {
        assertThat(pagesNamedBy(CONSOLE_RUNNER)).contains("docs/cli.md", "docs/troubleshooting.md",
                "docs/moving-to-strata.md", "docs/production.md");
        assertThat(pagesNamedBy(MAVEN_RUNNER)).contains("docs/maven-plugin.md", "docs/workflow.md", "README.md");
    }

    @Test
    void commandsAreReadFromShellAndConsoleBlocks() throws IOException {
        Path page = Files.createTempFile("page", ".md");
        Files.writeString(page, """
                ```sh
                # a comment
                curl -H 'Content-Type: application/json' localhost:8080/clients \\
                     -d '{"fullName":"Ada # not a comment"}'   # a comment
                ./mvnw verify
                ```
                ```json
                {"not": "a command"}
                ```
                ```console
                $ strata upgrade nosuch   # exits 1
                FAILED: output
                ```
                """);
        assertThat(DocumentedCommand.of(page.getParent(), page.getFileName().toString()))
                .extracting(DocumentedCommand::text)
                .containsExactly("curl -H 'Content-Type: application/json' localhost:8080/clients -d"
                        + " '{\"fullName\":\"Ada # not a comment\"}'", "./mvnw verify", "strata upgrade nosuch");
    }

    private static List<String> pages() throws IOException {
        List<String> pages = new ArrayList<>(List.of("README.md", "demo-services/README.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted()
                    .forEach(p -> pages.add("docs/" + p.getFileName()));
        }
        return pages;
    }

    private static Set<String> pagesNamedBy(Path runner) throws IOException {
        Set<String> pages = new TreeSet<>();
        Matcher matcher = PAGE.matcher(Files.readString(runner));
        while (matcher.find()) {
            pages.add(matcher.group(1));
        }
        return pages;
    }

    /** The test sources and CI scripts, whitespace collapsed and Java string escapes undone. */
    private static String executedText() throws IOException {
        StringBuilder out = new StringBuilder();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(Files::isRegularFile).filter(DocumentedCommandsTest::runsCommands).toList()) {
                String text = Files.readString(file);
                if (file.toString().endsWith(".java")) {
                    text = text.replace("\\\"", "\"").replace("\\\\", "\\");
                }
                out.append(DocumentedCommand.normalize(text)).append('\n');
            }
        }
        return out.toString();
    }

    private static boolean runsCommands(Path file) {
        String path = ROOT.relativize(file).toString().replace('\\', '/');
        if (path.contains("/target/") || path.startsWith(".git/")) {
            return false;
        }
        return (path.contains("/src/test/java/") && path.endsWith(".java")
                && !path.endsWith("DocumentedCommandsTest.java"))
                || path.equals(".ci/run") || (path.startsWith("scripts/") && path.endsWith(".sh"));
    }
}
