package dev.strata.internal.operations;

import static dev.strata.internal.operations.Quoting.identifier;
import static dev.strata.internal.operations.Quoting.qualifiedName;

import dev.strata.Operations.Column;
import dev.strata.Operations.ColumnChange;
import dev.strata.Operations.ForeignKey;
import dev.strata.Operations.Index;
import dev.strata.StrataException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the operations of {@link dev.strata.Operations} as PostgreSQL statements, checking their
 * arguments first. Pure: no target, no session, so every rendering is testable as a string. Names are
 * quoted by {@link Quoting}; types, defaults, index expressions, predicates and actions are SQL the user
 * wrote and are copied as they are.
 */
final class PostgresDdl {

    /** PostgreSQL silently truncates longer names (NAMEDATALEN - 1), which would hide a generated name. */
    private static final int MAX_NAME_BYTES = 63;
    private static final Pattern SIMPLE_COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*|\"((?:[^\"]|\"\")+)\"");

    private PostgresDdl() {
    }

    static List<String> createTable(String table, List<Column> columns, List<String> tableConstraints) {
        require(table, "createTable needs a table name");
        if (columns == null || columns.isEmpty()) {
            throw new StrataException("createTable needs at least one column (table " + table + ")");
        }
        long keyColumns = columns.stream().filter(c -> c != null && c.inPrimaryKey()).count();
        List<String> lines = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column column = checked(columns.get(i), "createTable", table, i);
            // One key column reads best inline; several need the table-level form.
            lines.add(columnDefinition(column, keyColumns == 1));
            if (column.inPrimaryKey()) {
                keys.add(identifier(column.name()));
            }
        }
        if (keyColumns > 1) {
            lines.add("PRIMARY KEY (" + String.join(", ", keys) + ")");
        }
        for (int i = 0; i < tableConstraints.size(); i++) {
            lines.add(require(tableConstraints.get(i),
                    "createTable got an empty table constraint (table " + table + ", constraint " + i + ")"));
        }
        List<String> statements = new ArrayList<>();
        statements.add("CREATE TABLE " + qualifiedName(table) + " (\n    " + String.join(",\n    ", lines) + "\n)");
        for (Column column : columns) {
            addComment(statements, table, column.name(), column.comment());
        }
        return statements;
    }

    static String dropTable(String table) {
        return "DROP TABLE " + qualifiedName(require(table, "dropTable needs a table name"));
    }

    static List<String> addColumn(String table, Column column) {
        require(table, "addColumn needs a table name");
        if (column == null) {
            throw new StrataException("addColumn needs a column (table " + table + ")");
        }
        checked(column, "addColumn", table, 0);
        List<String> statements = new ArrayList<>();
        statements.add("ALTER TABLE " + qualifiedName(table) + " ADD COLUMN " + columnDefinition(column, true));
        addComment(statements, table, column.name(), column.comment());
        return statements;
    }

    static String dropColumn(String table, String column) {
        require(table, "dropColumn needs a table name");
        require(column, "dropColumn needs a column name (table " + table + ")");
        return "ALTER TABLE " + qualifiedName(table) + " DROP COLUMN " + identifier(column);
    }

    static List<String> alterColumn(String table, String column, ColumnChange change) {
        require(table, "alterColumn needs a table name");
        require(column, "alterColumn needs a column name (table " + table + ")");
        String where = " (column " + column + " of table " + table + ")";
        if (change == null) {
            throw new StrataException("alterColumn needs a ColumnChange" + where);
        }
        String alter = "ALTER COLUMN " + identifier(column);
        List<String> clauses = new ArrayList<>();
        boolean using = given(change.using(), "alterColumn got a blank using" + where);
        boolean newDefault = given(change.defaultExpression(), "alterColumn got a blank default" + where);
        if (newDefault && change.removesDefault()) {
            throw new StrataException("alterColumn got both a default and dropDefault" + where);
        }
        if (given(change.type(), "alterColumn got a blank type" + where)) {
            if (newDefault) {
                // PostgreSQL casts the old default to the new type before it sets the new one, and fails
                // when no automatic cast exists (text '0' to integer); the old default is going anyway.
                clauses.add(alter + " DROP DEFAULT");
            }
            clauses.add(alter + " TYPE " + change.type() + (using ? " USING " + change.using() : ""));
        } else if (using) {
            throw new StrataException("alterColumn got using without a type" + where
                    + "; USING only converts values for a type change");
        }
        if (change.nullable() != null) {
            clauses.add(alter + (change.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
        }
        if (newDefault) {
            clauses.add(alter + " SET DEFAULT " + change.defaultExpression());
        } else if (change.removesDefault()) {
            clauses.add(alter + " DROP DEFAULT");
        }
        if (clauses.isEmpty() && change.comment() == null) {
            throw new StrataException("alterColumn changes nothing" + where
                    + ": set a type, nullable, defaultValue, dropDefault or comment on the ColumnChange");
        }
        List<String> statements = new ArrayList<>();
        if (!clauses.isEmpty()) {
            statements.add("ALTER TABLE " + qualifiedName(table) + " " + String.join(", ", clauses));
        }
        addComment(statements, table, column, change.comment());
        return statements;
    }

    static String renameTable(String table, String newName) {
        require(table, "renameTable needs a table name");
        require(newName, "renameTable needs a new name (table " + table + ")");
        unqualified(newName, "renameTable got a schema-qualified new name " + newName + " (table " + table
                + "); RENAME TO keeps the schema, move the table with op.execute(\"ALTER TABLE ... SET SCHEMA ...\")");
        return "ALTER TABLE " + qualifiedName(table) + " RENAME TO " + identifier(newName);
    }

    static String renameColumn(String table, String column, String newName) {
        require(table, "renameColumn needs a table name");
        require(column, "renameColumn needs a column name (table " + table + ")");
        require(newName, "renameColumn needs a new name (column " + column + " of table " + table + ")");
        return "ALTER TABLE " + qualifiedName(table) + " RENAME COLUMN " + identifier(column) + " TO "
                + identifier(newName);
    }

    static String createIndex(Index index) {
        if (index == null) {
            throw new StrataException("createIndex needs an Index");
        }
        String table = require(index.table(), "createIndex needs a table (index " + index.name() + ")");
        if (index.columns() == null || index.columns().isEmpty()) {
            throw new StrataException("createIndex needs at least one column (table " + table + ")");
        }
        for (int i = 0; i < index.columns().size(); i++) {
            require(index.columns().get(i), "createIndex got an empty column " + i + " (table " + table + ")");
        }
        String name = index.name() == null ? generatedIndexName(table, index.columns().get(0))
                : require(index.name(), "createIndex got a blank index name (table " + table + ")");
        unqualified(name, "createIndex got a schema-qualified index name " + name + " (table " + table
                + "); PostgreSQL creates an index in the schema of its table, so pass the bare name");
        boolean partial = given(index.where(), "createIndex got a blank where (index " + name + ")");
        return "CREATE " + (index.isUnique() ? "UNIQUE " : "") + "INDEX "
                + (index.isConcurrent() ? "CONCURRENTLY " : "") + (index.isIfNotExists() ? "IF NOT EXISTS " : "")
                + identifier(name) + " ON " + qualifiedName(table) + " (" + String.join(", ", index.columns()) + ")"
                + (partial ? " WHERE " + index.where() : "");
    }

    static String dropIndex(String name, boolean concurrently) {
        require(name, "dropIndex needs an index name");
        return "DROP INDEX " + (concurrently ? "CONCURRENTLY " : "") + qualifiedName(name);
    }

    static String createForeignKey(ForeignKey key) {
        if (key == null) {
            throw new StrataException("createForeignKey needs a ForeignKey");
        }
        String table = require(key.table(), "createForeignKey needs a table (foreign key " + key.name() + ")");
        // A name the server would invent is one the downgrade cannot know.
        String name = require(key.name(), "createForeignKey needs a name (table " + table
                + "); dropConstraint needs it to undo the key");
        String where = " (foreign key " + name + " on table " + table + ")";
        String referent = require(key.referent(), "createForeignKey needs a referent table" + where);
        List<String> columns = identifiers(key.columns(), "columns", where);
        List<String> referentColumns = identifiers(key.referentColumns(), "referentColumns", where);
        if (columns.size() != referentColumns.size()) {
            throw new StrataException("createForeignKey has " + columns.size() + " columns but "
                    + referentColumns.size() + " referentColumns" + where + "; each column needs one it references");
        }
        boolean onDelete = given(key.onDelete(), "createForeignKey got a blank onDelete" + where);
        boolean onUpdate = given(key.onUpdate(), "createForeignKey got a blank onUpdate" + where);
        return "ALTER TABLE " + qualifiedName(table) + " ADD CONSTRAINT " + identifier(name) + " FOREIGN KEY ("
                + String.join(", ", columns) + ") REFERENCES " + qualifiedName(referent) + " ("
                + String.join(", ", referentColumns) + ")" + (onDelete ? " ON DELETE " + key.onDelete() : "")
                + (onUpdate ? " ON UPDATE " + key.onUpdate() : "");
    }

    static String dropConstraint(String name, String table) {
        require(table, "dropConstraint needs a table name (constraint " + name + ")");
        require(name, "dropConstraint needs a constraint name (table " + table + ")");
        return "ALTER TABLE " + qualifiedName(table) + " DROP CONSTRAINT " + identifier(name);
    }

    /** {@code INSERT INTO table (columns) VALUES (?, ...)}: the one statement {@code bulkInsert} repeats. */
    static String insert(String table, List<String> columns) {
        List<String> names = new ArrayList<>();
        for (String column : columns) {
            names.add(identifier(require(column, "bulkInsert got an empty column name (table " + table + ")")));
        }
        return "INSERT INTO " + qualifiedName(table) + " (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", Collections.nCopies(names.size(), "?")) + ")";
    }

    private static Column checked(Column column, String operation, String table, int position) {
        String where = " (table " + table + ", column " + position + ")";
        if (column == null) {
            throw new StrataException(operation + " got a null column" + where);
        }
        require(column.name(), operation + " needs a column name" + where);
        require(column.type(), operation + " needs a type for column " + column.name() + where);
        given(column.defaultExpression(), operation + " got a blank default for column " + column.name() + where);
        given(column.references(), operation + " got a blank references for column " + column.name() + where);
        return column;
    }

    private static String columnDefinition(Column column, boolean inlineKey) {
        StringBuilder sql = new StringBuilder(identifier(column.name())).append(' ').append(column.type());
        boolean inlinePrimaryKey = column.inPrimaryKey() && inlineKey;
        // PRIMARY KEY implies NOT NULL; saying both is noise in the script.
        if (!column.nullable() && !inlinePrimaryKey) {
            sql.append(" NOT NULL");
        }
        if (column.defaultExpression() != null) {
            sql.append(" DEFAULT ").append(column.defaultExpression());
        }
        if (inlinePrimaryKey) {
            sql.append(" PRIMARY KEY");
        }
        if (column.isUnique()) {
            sql.append(" UNIQUE");
        }
        if (column.references() != null) {
            sql.append(" REFERENCES ").append(column.references());
        }
        return sql.toString();
    }

    /** {@code COMMENT ON COLUMN}; an empty comment is how PostgreSQL removes one, so it is passed on. */
    private static void addComment(List<String> statements, String table, String column, String comment) {
        if (comment != null) {
            statements.add("COMMENT ON COLUMN " + qualifiedName(table) + "." + identifier(column) + " IS "
                    + Quoting.literal(comment));
        }
    }

    /** SQLAlchemy's default {@code ix_%(column_0_label)s}: {@code ix_<table>_<first column>}. */
    private static String generatedIndexName(String table, String firstColumn) {
        Matcher simple = SIMPLE_COLUMN.matcher(firstColumn);
        if (!simple.matches()) {
            throw new StrataException("createIndex cannot name the index on " + table + " (" + firstColumn
                    + "): its first column is an expression; give it a name with Index.named(...)");
        }
        // Unquoted SQL folds to lower case, so that is the column's real name.
        String column = simple.group(1) == null ? firstColumn.toLowerCase(Locale.ROOT)
                : simple.group(1).replace("\"\"", "\"");
        String name = "ix_" + Quoting.unqualified(table) + "_" + column;
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            throw new StrataException("createIndex would name the index on " + table + " " + name + ", longer than"
                    + " PostgreSQL's " + MAX_NAME_BYTES + " bytes; give it a name with Index.named(...)");
        }
        return name;
    }

    private static List<String> identifiers(List<String> names, String field, String where) {
        if (names == null || names.isEmpty()) {
            throw new StrataException("createForeignKey needs at least one of " + field + where);
        }
        List<String> quoted = new ArrayList<>();
        for (String name : names) {
            quoted.add(identifier(require(name, "createForeignKey got an empty name in " + field + where)));
        }
        return quoted;
    }

    private static void unqualified(String name, String message) {
        if (name.contains(".")) {
            throw new StrataException(message);
        }
    }

    private static String require(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new StrataException(message);
        }
        return value;
    }

    /** Whether an optional SQL fragment is set; a blank one would render broken SQL, so it is an error. */
    private static boolean given(String value, String message) {
        if (value == null) {
            return false;
        }
        require(value, message);
        return true;
    }
}
