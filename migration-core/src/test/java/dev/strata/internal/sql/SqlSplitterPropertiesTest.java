package dev.strata.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Builds scripts from fragments that each hide a {@code ;} (or a quote, or a comment marker) from a
 * naive splitter, and checks that splitting gives back exactly the statements that went in, on the
 * lines where they were put.
 */
class SqlSplitterPropertiesTest {

    /** Fragments that may start or end a statement. */
    private static final List<String> TOKENS = List.of(
            "SELECT", "a$b", "c$$", "x1", "$1", "42", "3.14", "=", ",", "||", "(a, b)", "(1; 2)",
            "'a;b'", "'it''s;'", "''", "E'it\\'s;'", "e'\\\\;'", "'C:\\'", "U&'d\\0061t;'", "B'1;0'",
            "\"we;ird\"\"name\"", "U&\"d;\"",
            "$$a;b$$", "$fn$ BEGIN x := 1; END; $fn$", "$a$ $$;$$ $A$; $a$", "$_x1$--;/*$_x1$",
            "'--;'", "'/*;'");

    /** Fragments that may only stand between tokens, since a statement's text leaves out comments around it. */
    private static final List<String> COMMENTS = List.of(
            "/* c; */", "/* a /* b; */ c; 'x */", "-- don't; stop\n", "--;'\"$$\n");

    private static final List<String> SEPARATORS = List.of(" ", "\n", "\t", "\r\n", "  \n ");

    /** Pieces the splitter must drop: nothing, empty statements, comments between statements. */
    private static final List<String> FILLERS = List.of("", "", ";\n", "-- note; here\n", "/* skip; */\n", "\n\n");

    private static final String ROUTINE = """
            CREATE OR REPLACE FUNCTION f(n int) RETURNS text LANGUAGE sql
            BEGIN ATOMIC
              SELECT CASE WHEN n > 0 THEN 'pos;' ELSE 'neg' END; -- one; two
              SELECT p.end AS end FROM periods p;
              SELECT 'x;';
            END""";

    @Property
    void splittingReturnsTheStatementsThatWereJoined(
            @ForAll("statementLists") List<String> statements,
            @ForAll("fillerLists") List<String> fillers,
            @ForAll @IntRange(min = 1, max = 500) int firstLine,
            @ForAll boolean trailingSemicolon) {
        StringBuilder script = new StringBuilder();
        List<SqlStatement> expected = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            script.append(fillers.get(i % fillers.size()));
            expected.add(new SqlStatement(statements.get(i), firstLine + lineBreaks(script)));
            script.append(statements.get(i));
            if (i < statements.size() - 1 || trailingSemicolon) {
                script.append(";\n");
            }
        }

        assertThat(SqlSplitter.split(script.toString(), firstLine)).containsExactlyElementsOf(expected);
    }

    @Property
    void aSplitStatementSplitsIntoItself(@ForAll("statements") String sql, @ForAll @IntRange(min = 1, max = 500) int line) {
        SqlStatement statement = new SqlStatement(sql, line);

        assertThat(SqlSplitter.split(statement.sql(), statement.line())).containsExactly(statement);
    }

    @Property
    void anyTextEitherSplitsIntoTrimmedPiecesInOrderOrIsReportedAsUnterminated(@ForAll("noise") String script) {
        List<SqlStatement> statements;
        try {
            statements = SqlSplitter.split(script, 1);
        } catch (SqlSyntaxException e) {
            assertThat(e).hasMessageStartingWith("Unterminated ").hasMessageContaining("opened at line " + e.line());
            return;
        }
        int from = 0;
        for (SqlStatement statement : statements) {
            assertThat(statement.sql()).isNotBlank().isEqualTo(statement.sql().strip());
            int at = script.indexOf(statement.sql(), from);
            assertThat(at).as("%s found in order in %s", statement.sql(), script).isGreaterThanOrEqualTo(from);
            from = at + statement.sql().length();
        }
    }

    @Provide
    Arbitrary<List<String>> statementLists() {
        return statements().list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<String>> fillerLists() {
        return Arbitraries.of(FILLERS).list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<String> statements() {
        Arbitrary<String> plain = Combinators.combine(
                        Arbitraries.of(TOKENS),
                        middle().list().ofMaxSize(6),
                        Arbitraries.of(SEPARATORS),
                        Arbitraries.of(TOKENS))
                .as((first, middle, separator, last) -> first + String.join("", middle) + separator + last);
        return Arbitraries.frequencyOf(
                Tuple.of(9, plain),
                Tuple.of(1, Arbitraries.just(ROUTINE)));
    }

    /** A separator and then a token or comment; a line comment brings its own line break. */
    private Arbitrary<String> middle() {
        Arbitrary<String> fragment = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(TOKENS)),
                Tuple.of(1, Arbitraries.of(COMMENTS)));
        return Combinators.combine(Arbitraries.of(SEPARATORS), fragment).as(String::concat);
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.strings().withChars("';\"$-/*\\\n\rEeU&ab1() ").ofMaxLength(40);
    }

    private static int lineBreaks(CharSequence text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }
}
