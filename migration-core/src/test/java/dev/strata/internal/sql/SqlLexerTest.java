package dev.strata.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.strata.internal.sql.SqlToken.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlLexerTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            select         | WORD
            a$b            | WORD
            _x1$           | WORD
            \u00e9t\u00e9  | WORD
            "a""b"         | QUOTED_IDENTIFIER
            U&"d\\0061"    | QUOTED_IDENTIFIER
            'it''s'        | STRING
            E'it\\'s'      | STRING
            e'\\\\'        | STRING
            U&'d\\0061'    | STRING
            B'101'         | STRING
            X'1F'          | STRING
            N'n'           | STRING
            $$a$$          | DOLLAR_STRING
            $x_1$ $$ $x_1$ | DOLLAR_STRING
            $1             | PARAMETER
            $12            | PARAMETER
            42             | NUMBER
            1.5e10         | NUMBER
            $              | OTHER
            ;              | SEMICOLON
            (              | OPEN_PAREN
            )              | CLOSE_PAREN
            """)
    void recognisesOneToken(String text, Kind kind) {
        assertThat(SqlLexer.tokenize(text, 1))
                .singleElement()
                .satisfies(token -> {
                    assertThat(token.kind()).isEqualTo(kind);
                    assertThat(token.text()).isEqualTo(text);
                });
    }

    @Test
    void skipsCommentsAndWhitespace() {
        assertThat(SqlLexer.tokenize(" \t\r\n\f\u000B-- only a comment\n/* a /* nested */ comment */", 1)).isEmpty();
    }

    @Test
    void nonAsciiSpaceIsAnIdentifierCharacterAsInPostgres() {
        assertThat(SqlLexer.tokenize("a\u00a0b", 1)).extracting(SqlToken::kind).containsExactly(Kind.WORD);
    }

    @Test
    void tokensCarryTheirFileLine() {
        assertThat(SqlLexer.tokenize("a\n/* x\n */ b\r\nc", 5))
                .extracting(SqlToken::text, SqlToken::line)
                .containsExactly(tuple("a", 5), tuple("b", 7), tuple("c", 8));
    }
}
