package dev.strata.internal.lint;

import dev.strata.internal.sql.SqlToken.Kind;
import dev.strata.internal.sql.StatementTokens;
import java.util.Set;

/**
 * A column as {@code CREATE TABLE} or {@code ALTER TABLE ... ADD COLUMN} defines it: {@code name type [constraint
 * ...]}, with what the lint rules ask of it.
 *
 * @param name            the column
 * @param type            the type as written, normalised by {@link TypeText} ({@code character varying(255)})
 * @param notNull         declared {@code NOT NULL} (or {@code PRIMARY KEY}, which implies it)
 * @param primaryKey      declared {@code PRIMARY KEY}
 * @param unique          declared {@code UNIQUE}
 * @param references      the table an inline {@code REFERENCES} names, or null
 * @param fillsRows       existing rows get a value: a default other than {@code NULL}, a serial type, or
 *                        {@code GENERATED}
 * @param volatileDefault what computes a value for every existing row when the column is added
 *                        ({@code gen_random_uuid()}, a serial type, an identity, a stored generated column), or null
 * @param line            the file line of the column's name
 */
record ColumnDefinition(String name, String type, boolean notNull, boolean primaryKey, boolean unique,
        RelationName references, boolean fillsRows, String volatileDefault, int line) {

    /** Words that end a column's type and a default expression: the start of the next constraint. */
    private static final Set<String> CONSTRAINT_WORDS = Set.of("CONSTRAINT", "NOT", "NULL", "CHECK", "DEFAULT",
            "UNIQUE", "PRIMARY", "REFERENCES", "GENERATED", "COLLATE", "DEFERRABLE", "INITIALLY", "COMPRESSION",
            "STORAGE");

    private static final Set<String> SERIAL_TYPES = Set.of("smallserial", "serial", "bigserial", "serial2", "serial4",
            "serial8");

    /**
     * The built-in functions that return a different value on every call. A default that calls one is evaluated
     * for every existing row, which rewrites the table; a stable one such as {@code now()} is evaluated once.
     */
    private static final Set<String> VOLATILE_FUNCTIONS = Set.of("random", "random_normal", "gen_random_uuid",
            "uuidv4", "uuidv7", "uuid_generate_v1", "uuid_generate_v1mc", "uuid_generate_v4", "clock_timestamp",
            "timeofday", "nextval", "txid_current", "pg_current_xact_id");

    /** Reads the definition that {@code tokens} hold from their first token (the name) on, or null if none. */
    static ColumnDefinition parse(StatementTokens tokens) {
        if (tokens.size() == 0 || tokens.get(0).identifier() == null) {
            return null;
        }
        int typeEnd = 1;
        while (typeEnd < tokens.size() && !CONSTRAINT_WORDS.contains(tokens.keywordAt(typeEnd))) {
            typeEnd = tokens.isKind(typeEnd, Kind.OPEN_PAREN) ? tokens.closingParen(typeEnd) + 1 : typeEnd + 1;
        }
        String type = TypeText.of(tokens.range(1, typeEnd));
        boolean serial = SERIAL_TYPES.contains(type);
        Constraints constraints = new Constraints();
        constraints.read(tokens, typeEnd);
        String volatileDefault = serial ? type : constraints.volatileDefault;
        return new ColumnDefinition(tokens.get(0).identifier(), type, constraints.notNull || constraints.primaryKey,
                constraints.primaryKey, constraints.unique, constraints.references,
                serial || constraints.generated || constraints.hasDefault, volatileDefault, tokens.get(0).line());
    }

    /** The column constraints after the type, read left to right. */
    private static final class Constraints {

        private boolean notNull;
        private boolean primaryKey;
        private boolean unique;
        private boolean generated;
        private boolean hasDefault;
        private RelationName references;
        private String volatileDefault;

        void read(StatementTokens tokens, int from) {
            int i = from;
            while (i < tokens.size()) {
                String word = tokens.keywordAt(i);
                if (tokens.isKind(i, Kind.OPEN_PAREN)) {
                    i = tokens.closingParen(i) + 1;
                } else if (word.equals("NOT") && tokens.isWord(i + 1, "NULL")) {
                    notNull = true;
                    i += 2;
                } else if (word.equals("DEFAULT") && !tokens.isWord(i - 1, "SET")) {
                    // SET DEFAULT is a foreign key's ON DELETE action, not the column's default.
                    i = readDefault(tokens, i + 1);
                } else if (word.equals("PRIMARY") && tokens.isWord(i + 1, "KEY")) {
                    primaryKey = true;
                    i += 2;
                } else if (word.equals("REFERENCES")) {
                    RelationName.Parsed table = RelationName.read(tokens, i + 1);
                    references = table == null ? null : table.name();
                    i = table == null ? i + 1 : table.next();
                } else if (word.equals("GENERATED")) {
                    generated = true;
                    if (tokens.indexOfWords(i, "AS", "IDENTITY") >= 0) {
                        volatileDefault = "GENERATED AS IDENTITY";
                    } else if (tokens.indexOfWords(i, "STORED") >= 0) {
                        // Computed for every row when added; a VIRTUAL column (PostgreSQL 18) is computed on read.
                        volatileDefault = "GENERATED ... STORED";
                    }
                    // GENERATED BY DEFAULT AS ...: that DEFAULT opens no default expression.
                    i = tokens.isWord(i + 1, "BY") ? i + 3 : i + 1;
                } else {
                    unique |= word.equals("UNIQUE");
                    // CONSTRAINT's name is an identifier, never one of the words above, so stepping over it is safe.
                    i++;
                }
            }
        }

        /** Reads the expression after DEFAULT; returns the index after it. */
        private int readDefault(StatementTokens tokens, int from) {
            int depth = 0;
            int i = from;
            // The first token belongs to the expression even when it is a word such as NULL.
            while (i < tokens.size() && (i == from || depth > 0 || !CONSTRAINT_WORDS.contains(tokens.keywordAt(i)))) {
                if (tokens.isKind(i, Kind.OPEN_PAREN)) {
                    depth++;
                } else if (tokens.isKind(i, Kind.CLOSE_PAREN)) {
                    depth--;
                }
                String function = tokens.get(i).identifier();
                if (function != null && tokens.isKind(i + 1, Kind.OPEN_PAREN) && VOLATILE_FUNCTIONS.contains(function)
                        && volatileDefault == null) {
                    volatileDefault = function + "()";
                }
                i++;
            }
            hasDefault |= !(i == from + 1 && tokens.isWord(from, "NULL"));
            return i;
        }
    }
}
