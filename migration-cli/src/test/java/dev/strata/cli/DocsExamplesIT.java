package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.cli.DocPage.Example;
import dev.strata.cli.DocPage.Sql;
import dev.strata.cli.DocPage.Step;
import dev.strata.cli.DocPage.WriteFile;
import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs every {@code console} example of the guide's pages that show {@code strata} sessions, page by page, each
 * page in order in a service folder and a database of its own, and checks each command's output and exit code, so
 * the guide cannot drift from what strata does. The staging between examples ({@code <!-- docs-sql -->},
 * {@code <!-- docs-file -->}) is described by {@link DocPage}.
 *
 * <p>In expected output, a line {@code ...} stands for any lines, and timings match any timing. Every page's
 * service folder is {@value #DOC_DIR}, holding at first the three revisions of {@link Service#linear()}, with
 * {@code DATABASE_URL} set to {@value DocumentedDatabase#URL}; both stand for the test's own (see
 * {@link DocumentedDatabase}).
 */
@ExtendWith(PostgresExtension.class)
class DocsExamplesIT {

    static final String DOC_DIR = "/home/me/clients";

    /** The setup cli.md shows before its session; each case does the same in its own folder and database. */
    static final String CD = "cd /home/me/clients";
    static final String EXPORT = "export DATABASE_URL=postgresql://app:secret@localhost:5432/clients";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"../docs/cli.md", "../docs/troubleshooting.md", "../docs/moving-to-strata.md",
            "../docs/production.md", "../docs/lint.md"})
    void everyConsoleExampleOfThePageRunsAsShown(String page, TestDatabase db) throws IOException {
        DocPage steps = DocPage.parse(Files.readString(Path.of(page)));
        assertThat(steps.examples()).as("console examples of %s", page).isNotEmpty();
        new Service(dir).linear();
        String realDir = dir.toRealPath().toString();

        SoftAssertions softly = new SoftAssertions();
        try (DocumentedDatabase database = new DocumentedDatabase(db)) {
            Cli cli = Cli.in(dir).withEnv("DATABASE_URL", database.toReal(DocumentedDatabase.URL));
            for (Step step : steps.steps()) {
                if (step instanceof Sql sql) {
                    sql.statements().forEach(statement -> Database.exec(db, statement));
                } else if (step instanceof WriteFile file) {
                    Path target = dir.resolve(file.path());
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, file.content());
                } else if (step instanceof Example example) {
                    Run run = cli.run(DocPage.arguments(example.command()).stream()
                            .map(arg -> database.toReal(arg.replace(DOC_DIR, realDir))).toArray(String[]::new));
                    String actual = database.toDocumented((run.stdout() + run.stderr()).replace(realDir, DOC_DIR));
                    softly.assertThat(normalize(actual)).as("%s: $ strata %s", page, example.command())
                            .matches(Pattern.compile(pattern(normalize(example.output())), Pattern.DOTALL));
                    softly.assertThat(run.exitCode()).as("%s: exit code of $ strata %s", page, example.command())
                            .isEqualTo(example.exitCode());
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void theSetUpTheGuideShowsIsTheOneTheseCasesUse() throws IOException {
        assertThat(CD).isEqualTo("cd " + DOC_DIR);
        assertThat(EXPORT).isEqualTo("export DATABASE_URL=" + DocumentedDatabase.URL);
        assertThat(Files.readString(Path.of("../docs/cli.md"))).contains("```sh\n" + CD + "\n" + EXPORT + "\n```");
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
