package dev.strata.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The questions the linter asks of a statement's tokens beyond those of the statement rules. */
class StatementTokensTest {

    private static StatementTokens tokens(String sql) {
        return StatementTokens.of(new SqlStatement(sql, 1));
    }

    private static List<String> texts(StatementTokens tokens) {
        return IntStream.range(0, tokens.size()).mapToObj(i -> tokens.get(i).text()).toList();
    }

    @ParameterizedTest(name = "{0} names {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            clients       | clients
            Clients       | clients
            CLIENTS_2$    | clients_2$
            "Clients"     | Clients
            "a""b"        | a"b
            "select"      | select
            \u00c9t\u00e9 | \u00c9t\u00e9
            """)
    void identifiersAreNamedAsPostgresStoresThem(String sql, String name) {
        assertThat(tokens(sql).get(0).identifier()).isEqualTo(name);
    }

    @Test
    void stringsNumbersAndOperatorsAreNoIdentifiers() {
        StatementTokens tokens = tokens("'clients' 42 . (");

        for (int i = 0; i < tokens.size(); i++) {
            assertThat(tokens.get(i).identifier()).as(tokens.get(i).text()).isNull();
        }
    }

    @Test
    void closingParenSkipsNestedOnesAndStopsAtTheEnd() {
        StatementTokens tokens = tokens("f(a, (b), g(c)) x (");

        assertThat(tokens.closingParen(1)).isEqualTo(12);
        assertThat(tokens.closingParen(14)).isEqualTo(tokens.size());
    }

    @Test
    void splitsAtCommasOutsideParentheses() {
        List<StatementTokens> pieces = tokens("ADD c numeric(10, 2), DROP d, ALTER e TYPE text").range(0, 100)
                .splitAtTopLevelCommas();

        assertThat(pieces).extracting(StatementTokensTest::texts).containsExactly(
                List.of("ADD", "c", "numeric", "(", "10", ",", "2", ")"),
                List.of("DROP", "d"),
                List.of("ALTER", "e", "TYPE", "text"));
        assertThat(tokens("").splitAtTopLevelCommas()).extracting(StatementTokens::size).containsExactly(0);
    }

    @Test
    void rangeIsClampedToTheStatement() {
        StatementTokens tokens = tokens("a b c");

        assertThat(texts(tokens.range(1, 2))).containsExactly("b");
        assertThat(texts(tokens.range(-3, 99))).containsExactly("a", "b", "c");
        assertThat(tokens.range(5, 1).size()).isZero();
    }

    @Test
    void wordsOutsideParenthesesIgnoreThoseInside() {
        StatementTokens tokens = tokens("CHECK (NOT valid) NOT VALID");

        assertThat(tokens.indexOfWords(0, "NOT", "VALID")).isEqualTo(2);
        assertThat(tokens.indexOfWordsOutsideParens(0, "NOT", "VALID")).isEqualTo(5);
        assertThat(tokens("CHECK (NOT valid)").indexOfWordsOutsideParens(0, "NOT", "VALID")).isEqualTo(-1);
    }
}
