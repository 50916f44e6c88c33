package dev.strata.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SqlSplitterTest {

    private static List<String> sqlOf(String script) {
        return SqlSplitter.split(script, 1).stream().map(SqlStatement::sql).toList();
    }

    @Nested
    class Boundaries {

        @Test
        void splitsOnSemicolonsAndTrimsWhitespace() {
            assertThat(sqlOf("  SELECT 1 ;\n\tSELECT 2;  "))
                    .containsExactly("SELECT 1", "SELECT 2");
        }

        @Test
        void keepsTheLastStatementWithoutSemicolonLikePsql() {
            assertThat(sqlOf("SELECT 1;\nSELECT 2\n")).containsExactly("SELECT 1", "SELECT 2");
        }

        @Test
        void dropsEmptyAndCommentOnlyPieces() {
            assertThat(sqlOf(";;\n-- nothing here;\n/* nor; here */;\nSELECT 1;\n;\n-- trailing note"))
                    .containsExactly("SELECT 1");
        }

        @Test
        void returnsNothingForAnEmptyScript() {
            assertThat(sqlOf("")).isEmpty();
            assertThat(sqlOf(" \n\t\r\n")).isEmpty();
        }

        @Test
        void keepsInnerCommentsButNotTheCommentsAroundAStatement() {
            String script = "-- creates t\nCREATE TABLE t ( -- the table\n  id int /* key */\n) -- done\n;";

            assertThat(sqlOf(script))
                    .containsExactly("CREATE TABLE t ( -- the table\n  id int /* key */\n)");
        }

        @Test
        void semicolonInsideParenthesesDoesNotEndTheStatement() {
            String rule = "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO log VALUES (1); NOTIFY t)";

            assertThat(sqlOf(rule + ";\nSELECT 1;")).containsExactly(rule, "SELECT 1");
        }

        @Test
        void strayClosingParenthesisDoesNotSwallowTheNextSemicolon() {
            assertThat(sqlOf("SELECT 1);\nSELECT 2;")).containsExactly("SELECT 1)", "SELECT 2");
        }

        @Test
        void skipsAByteOrderMark() {
            assertThat(SqlSplitter.split("\uFEFFSELECT 1;", 1)).containsExactly(new SqlStatement("SELECT 1", 1));
        }
    }

    @Nested
    class StringsAndIdentifiers {

        @Test
        void semicolonInsideStandardStringWithDoubledQuote() {
            assertThat(sqlOf("SELECT 'a;b', 'it''s; fine';SELECT 2"))
                    .containsExactly("SELECT 'a;b', 'it''s; fine'", "SELECT 2");
        }

        @Test
        void backslashIsAnOrdinaryCharacterInStandardStrings() {
            assertThat(sqlOf("SELECT 'C:\\';SELECT 'x'"))
                    .containsExactly("SELECT 'C:\\'", "SELECT 'x'");
        }

        @Test
        void backslashEscapesTheQuoteInEscapeStrings() {
            assertThat(sqlOf("SELECT E'it\\'s;', e'\\\\';SELECT 2"))
                    .containsExactly("SELECT E'it\\'s;', e'\\\\'", "SELECT 2");
        }

        @Test
        void escapePrefixOnlyCountsAtTheStartOfAWord() {
            // "type" is a word, so '\' after it is a standard string, where a backslash escapes nothing.
            assertThat(sqlOf("SELECT type'\\';SELECT 2")).containsExactly("SELECT type'\\'", "SELECT 2");
        }

        @Test
        void unicodeStringsAndIdentifiers() {
            assertThat(sqlOf("SELECT U&'d\\0061t;a' AS U&\"c;\";SELECT 2"))
                    .containsExactly("SELECT U&'d\\0061t;a' AS U&\"c;\"", "SELECT 2");
        }

        @Test
        void semicolonInsideQuotedIdentifierWithDoubledQuote() {
            assertThat(sqlOf("CREATE TABLE \"we;ird\"\"name\" (id int);DROP TABLE x"))
                    .containsExactly("CREATE TABLE \"we;ird\"\"name\" (id int)", "DROP TABLE x");
        }

        @Test
        void commentMarkersInsideStringsAreText() {
            assertThat(sqlOf("SELECT '-- not a comment;', '/* nor this;';SELECT 2"))
                    .containsExactly("SELECT '-- not a comment;', '/* nor this;'", "SELECT 2");
        }

        @Test
        void bitAndHexStringsAreStrings() {
            assertThat(sqlOf("SELECT B'1;0', X'1;F', N'n;';SELECT 2"))
                    .containsExactly("SELECT B'1;0', X'1;F', N'n;'", "SELECT 2");
        }
    }

    @Nested
    class DollarQuotes {

        @Test
        void semicolonInsideAnonymousDollarQuote() {
            assertThat(sqlOf("SELECT $$a;b$$;SELECT 2")).containsExactly("SELECT $$a;b$$", "SELECT 2");
        }

        @Test
        void taggedQuoteMayContainOtherTagsAndIsCaseSensitive() {
            String body = "SELECT $fn$ $$; $FN$; $fn2$; $fn$";

            assertThat(sqlOf(body + ";SELECT 2")).containsExactly(body, "SELECT 2");
        }

        @Test
        void dollarDigitIsAParameterNotAQuote() {
            assertThat(sqlOf("PREPARE p AS SELECT $1;EXECUTE p($2)"))
                    .containsExactly("PREPARE p AS SELECT $1", "EXECUTE p($2)");
        }

        @Test
        void dollarInsideAnIdentifierIsNotAQuote() {
            assertThat(sqlOf("SELECT a$b, c$$;SELECT d$$")).containsExactly("SELECT a$b, c$$", "SELECT d$$");
        }

        @Test
        void loneDollarIsAnOrdinaryCharacter() {
            assertThat(sqlOf("SELECT $ ;SELECT 2")).containsExactly("SELECT $", "SELECT 2");
        }
    }

    @Nested
    class Comments {

        @Test
        void lineCommentWithQuoteAndSemicolon() {
            assertThat(sqlOf("SELECT 1 -- don't; stop\n, 2;SELECT 3"))
                    .containsExactly("SELECT 1 -- don't; stop\n, 2", "SELECT 3");
        }

        @Test
        void blockCommentsNest() {
            assertThat(sqlOf("SELECT /* outer /* inner; */ still comment; 'x */ 1;SELECT 2"))
                    .containsExactly("SELECT /* outer /* inner; */ still comment; 'x */ 1", "SELECT 2");
        }

        @Test
        void lineCommentEndsAtCarriageReturn() {
            assertThat(sqlOf("SELECT 1 --c\r;SELECT 2")).containsExactly("SELECT 1", "SELECT 2");
        }

        @Test
        void commentStartsInsideAnOperator() {
            assertThat(sqlOf("SELECT 2 */* times; */ 3 +-- plus;\n4;SELECT 5"))
                    .containsExactly("SELECT 2 */* times; */ 3 +-- plus;\n4", "SELECT 5");
        }
    }

    @Nested
    class RoutineBodies {

        @Test
        void beginAtomicBodyWithCaseIsOneStatement() {
            String function = """
                    CREATE FUNCTION grade(score int) RETURNS text
                        LANGUAGE sql
                    BEGIN ATOMIC
                        SELECT CASE WHEN score >= 50 THEN 'pass' ELSE 'fail' END;
                        SELECT 'unreachable; really';
                    END""";

            assertThat(sqlOf(function + ";\nSELECT grade(60);"))
                    .containsExactly(function, "SELECT grade(60)");
        }

        @Test
        void endAsColumnOrLabelInsideABodyDoesNotCloseIt() {
            // psql splits this after "AS end;" and sends a broken CREATE; PostgreSQL accepts it whole.
            String function = """
                    CREATE FUNCTION last_end() RETURNS int LANGUAGE sql
                    BEGIN ATOMIC
                      SELECT p.end AS end FROM periods p;
                      SELECT CASE WHEN p.case > 0 THEN CASE WHEN true THEN 1 END END FROM periods p;
                    END""";

            assertThat(sqlOf(function + ";\nSELECT last_end();")).containsExactly(function, "SELECT last_end()");
        }

        @Test
        void emptyBody() {
            assertThat(sqlOf("CREATE PROCEDURE nothing() LANGUAGE sql BEGIN ATOMIC END;CALL nothing()"))
                    .containsExactly("CREATE PROCEDURE nothing() LANGUAGE sql BEGIN ATOMIC END", "CALL nothing()");
        }

        @Test
        void orReplaceProcedureWithCommentBetweenBeginAndAtomic() {
            String procedure = "CREATE OR REPLACE PROCEDURE p() LANGUAGE sql BEGIN /* body */ ATOMIC "
                    + "INSERT INTO t VALUES (1); INSERT INTO t VALUES (2); END";

            assertThat(sqlOf(procedure + ";CALL p()")).containsExactly(procedure, "CALL p()");
        }

        @Test
        void beginAtomicOutsideARoutineDefinitionIsNotABody() {
            assertThat(sqlOf("SELECT begin atomic FROM t;SELECT 2"))
                    .containsExactly("SELECT begin atomic FROM t", "SELECT 2");
        }

        @Test
        void columnNamedBeginInsideABodyDoesNotOpenABlock() {
            String function = "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT begin FROM t; END";

            assertThat(sqlOf(function + ";SELECT 2")).containsExactly(function, "SELECT 2");
        }

        @Test
        void plpgsqlFunctionWithDollarQuotedBody() {
            String function = """
                    CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS trigger AS $$
                    BEGIN
                        NEW.updated_at := now(); -- keep it fresh; always
                        IF NEW.note = 'done;' THEN
                            RAISE NOTICE 'done';
                        END IF;
                        RETURN NEW;
                    END;
                    $$ LANGUAGE plpgsql""";
            String trigger = "CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch_updated_at()";

            assertThat(sqlOf(function + ";\n\n" + trigger + ";\n")).containsExactly(function, trigger);
        }

        @Test
        void doBlockWithTaggedDollarQuote() {
            String block = """
                    DO $do$
                    BEGIN
                        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app') THEN
                            EXECUTE 'CREATE ROLE app; ';
                        END IF;
                    END
                    $do$""";

            assertThat(sqlOf(block + ";\nGRANT SELECT ON t TO app;")).containsExactly(block, "GRANT SELECT ON t TO app");
        }

        @Test
        void explicitTransactionStatementsAreOrdinaryStatements() {
            assertThat(sqlOf("BEGIN;\nCREATE TABLE t (id int);\nCOMMIT;"))
                    .containsExactly("BEGIN", "CREATE TABLE t (id int)", "COMMIT");
        }
    }

    @Nested
    class Lines {

        @Test
        void lineIsWhereTheFirstTokenStandsAfterLeadingComments() {
            String script = """
                    -- header
                    /* a
                       block */

                    CREATE TABLE t (
                        id int
                    );
                    INSERT INTO t
                    VALUES (1); SELECT 1;
                    """;

            assertThat(SqlSplitter.split(script, 1)).containsExactly(
                    new SqlStatement("CREATE TABLE t (\n    id int\n)", 5),
                    new SqlStatement("INSERT INTO t\nVALUES (1)", 8),
                    new SqlStatement("SELECT 1", 9));
        }

        @Test
        void linesAreFileLinesWhenTheScriptStartsLaterInTheFile() {
            assertThat(SqlSplitter.split("SELECT 1;\n\nSELECT 2;", 40))
                    .containsExactly(new SqlStatement("SELECT 1", 40), new SqlStatement("SELECT 2", 42));
        }

        @Test
        void countsLinesInsideStringsCommentsAndDollarQuotes() {
            String script = "SELECT 'a\nb', $$\n\n$$ /*\n*/;\r\n-- x\r\nSELECT 2;\rSELECT 3;";

            assertThat(SqlSplitter.split(script, 1)).extracting(SqlStatement::line).containsExactly(1, 7, 8);
        }
    }

    @Nested
    class Errors {

        @Test
        void unterminatedStringNamesTheLineWhereItOpened() {
            assertThatThrownBy(() -> SqlSplitter.split("SELECT 1;\n\nSELECT 'it;s\nmore;\n", 10))
                    .isInstanceOfSatisfying(SqlSyntaxException.class, e -> assertThat(e.line()).isEqualTo(12))
                    .hasMessage("Unterminated quoted string opened at line 12: a closing ' is missing");
        }

        @Test
        void backslashQuoteInAnEscapeStringDoesNotCloseIt() {
            assertThatThrownBy(() -> SqlSplitter.split("SELECT E'it\\';", 1))
                    .isInstanceOf(SqlSyntaxException.class)
                    .hasMessage("Unterminated E'...' string opened at line 1: a closing ' is missing "
                            + "(in an E'...' string a backslash escapes the quote after it)");
        }

        @Test
        void unterminatedQuotedIdentifier() {
            assertThatThrownBy(() -> SqlSplitter.split("SELECT 1 AS \"x;", 3))
                    .isInstanceOf(SqlSyntaxException.class)
                    .hasMessage("Unterminated quoted identifier opened at line 3: a closing \" is missing");
        }

        @Test
        void unterminatedDollarQuoteNamesTheTag() {
            assertThatThrownBy(() -> SqlSplitter.split("DO $body$\nBEGIN NULL; END\n$BODY$;", 1))
                    .isInstanceOfSatisfying(SqlSyntaxException.class, e -> assertThat(e.line()).isEqualTo(1))
                    .hasMessage("Unterminated dollar-quoted string opened at line 1: no closing $body$ found "
                            + "(the tag must match exactly, case included)");
        }

        @Test
        void nestedBlockCommentNeedsEveryClose() {
            assertThatThrownBy(() -> SqlSplitter.split("SELECT 1;\n/* outer /* inner */\nSELECT 2;", 1))
                    .isInstanceOfSatisfying(SqlSyntaxException.class, e -> assertThat(e.line()).isEqualTo(2))
                    .hasMessage("Unterminated block comment opened at line 2: a closing */ is missing "
                            + "(block comments nest: each /* needs its own */)");
        }

        @Test
        void statementLinesStartAtOne() {
            assertThatThrownBy(() -> new SqlStatement("SELECT 1", 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("line must be at least 1, was 0");
        }

        @Test
        void rejectsAFirstLineBelowOne() {
            assertThatThrownBy(() -> SqlSplitter.split("SELECT 1", 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("firstLine must be at least 1, was 0");
        }

        @Test
        void rejectsANullScript() {
            assertThatThrownBy(() -> SqlSplitter.split(null, 1))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("script");
        }
    }
}
