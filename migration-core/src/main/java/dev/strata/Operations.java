package dev.strata;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

/**
 * What a {@link JavaRevision} can do, mirroring Alembic's {@code op}. Every method runs on the revision's
 * own session (and transaction, unless the revision is non-transactional); in offline mode ({@code --sql})
 * the DDL helpers and {@link #execute(String)} print their SQL instead, and data access fails with a clear
 * message. Table names may be schema-qualified ({@code "audit.events"}); identifiers are quoted when they
 * need to be.
 */
public interface Operations {

    /**
     * Whether this revision is being written to an offline script ({@code --sql}) instead of run, as Alembic's
     * {@code context.is_offline_mode()}: a data migration that reads rows can skip that part, or write a
     * set-based {@link #execute(String)} instead, so the script can still be produced.
     *
     * @return true in offline mode, where {@link #query}, {@link #execute(String, Object...)},
     *     {@link #bulkInsert} and {@link #connection()} fail
     */
    boolean isOffline();

    /** Runs one SQL statement (or prints it offline). */
    void execute(String sql);

    /** Runs one statement with {@code ?} parameters; returns the affected row count. Not available offline. */
    long execute(String sql, Object... parameters);

    /** Runs a query with {@code ?} parameters and returns its rows (column label to value). Not available offline. */
    List<Map<String, Object>> query(String sql, Object... parameters);

    /** {@code CREATE TABLE table (columns..., constraints...)}. */
    void createTable(String table, List<Column> columns, String... tableConstraints);

    /** {@code DROP TABLE table}. */
    void dropTable(String table);

    /** {@code ALTER TABLE table ADD COLUMN ...}. */
    void addColumn(String table, Column column);

    /** {@code ALTER TABLE table DROP COLUMN column}. */
    void dropColumn(String table, String column);

    /** Changes type, nullability, default or comment of a column; only what {@code change} sets. */
    void alterColumn(String table, String column, ColumnChange change);

    /** {@code ALTER TABLE table RENAME TO newName}. */
    void renameTable(String table, String newName);

    /** {@code ALTER TABLE table RENAME COLUMN column TO newName}. */
    void renameColumn(String table, String column, String newName);

    /** {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] name ON table (...) [WHERE ...]}. */
    void createIndex(Index index);

    /** {@code CREATE INDEX name ON table (columns)}. */
    default void createIndex(String name, String table, String... columns) {
        createIndex(Index.on(table, columns).named(name));
    }

    /** {@code DROP INDEX name}. */
    default void dropIndex(String name) {
        dropIndex(name, false);
    }

    /** {@code DROP INDEX [CONCURRENTLY] name}; concurrently needs a non-transactional revision. */
    void dropIndex(String name, boolean concurrently);

    /** {@code ALTER TABLE source ADD CONSTRAINT name FOREIGN KEY (columns) REFERENCES referent (referentColumns)}. */
    void createForeignKey(ForeignKey foreignKey);

    /** {@code ALTER TABLE table DROP CONSTRAINT name}. */
    void dropConstraint(String name, String table);

    /** Inserts rows (each a map of column to value) with one parameterised statement per row. Not available offline. */
    void bulkInsert(String table, List<Map<String, Object>> rows);

    /**
     * The JDBC connection of this revision, for data migrations that need the full JDBC API. Do not commit
     * or close it: Strata owns the transaction. Fails over R2DBC and offline, where there is no connection.
     */
    Connection connection();

    /** A column definition for {@link #createTable} and {@link #addColumn}. */
    record Column(String name, String type, boolean nullable, String defaultExpression, boolean inPrimaryKey,
            boolean isUnique, String references, String comment) {

        /** A nullable column of an SQL type, for example {@code Column.of("email", "varchar(255)")}. */
        public static Column of(String name, String type) {
            return new Column(name, type, true, null, false, false, null, null);
        }

        public Column notNull() {
            return new Column(name, type, false, defaultExpression, inPrimaryKey, isUnique, references, comment);
        }

        /** A server default, as an SQL expression ({@code "now()"}, {@code "'new'"}). */
        public Column defaultValue(String expression) {
            return new Column(name, type, nullable, expression, inPrimaryKey, isUnique, references, comment);
        }

        public Column primaryKey() {
            return new Column(name, type, false, defaultExpression, true, isUnique, references, comment);
        }

        public Column unique() {
            return new Column(name, type, nullable, defaultExpression, inPrimaryKey, true, references, comment);
        }

        /** An inline foreign key, for example {@code references("clients(id)")}. */
        public Column references(String target) {
            return new Column(name, type, nullable, defaultExpression, inPrimaryKey, isUnique, target, comment);
        }

        public Column comment(String text) {
            return new Column(name, type, nullable, defaultExpression, inPrimaryKey, isUnique, references, text);
        }
    }

    /** What {@link #alterColumn} changes; unset parts stay as they are. */
    record ColumnChange(String type, String using, Boolean nullable, String defaultExpression, boolean removesDefault,
            String comment) {

        public static ColumnChange create() {
            return new ColumnChange(null, null, null, null, false, null);
        }

        public ColumnChange type(String newType) {
            return new ColumnChange(newType, using, nullable, defaultExpression, removesDefault, comment);
        }

        /** {@code USING expression} for a type change that needs a conversion. */
        public ColumnChange using(String expression) {
            return new ColumnChange(type, expression, nullable, defaultExpression, removesDefault, comment);
        }

        public ColumnChange nullable(boolean value) {
            return new ColumnChange(type, using, value, defaultExpression, removesDefault, comment);
        }

        public ColumnChange defaultValue(String expression) {
            return new ColumnChange(type, using, nullable, expression, false, comment);
        }

        public ColumnChange dropDefault() {
            return new ColumnChange(type, using, nullable, null, true, comment);
        }

        public ColumnChange comment(String text) {
            return new ColumnChange(type, using, nullable, defaultExpression, removesDefault, text);
        }
    }

    /** An index for {@link #createIndex(Index)}. Columns may be expressions, written as SQL. */
    record Index(String name, String table, List<String> columns, boolean isUnique, boolean isConcurrent,
            String where, boolean isIfNotExists) {

        public static Index on(String table, String... columns) {
            return new Index(null, table, List.of(columns), false, false, null, false);
        }

        public Index named(String indexName) {
            return new Index(indexName, table, columns, isUnique, isConcurrent, where, isIfNotExists);
        }

        public Index unique() {
            return new Index(name, table, columns, true, isConcurrent, where, isIfNotExists);
        }

        /** Builds without locking writes; needs a non-transactional revision. */
        public Index concurrently() {
            return new Index(name, table, columns, isUnique, true, where, isIfNotExists);
        }

        /** A partial index: {@code WHERE predicate}. */
        public Index where(String predicate) {
            return new Index(name, table, columns, isUnique, isConcurrent, predicate, isIfNotExists);
        }

        public Index ifNotExists() {
            return new Index(name, table, columns, isUnique, isConcurrent, where, true);
        }
    }

    /** A foreign key for {@link #createForeignKey}. */
    record ForeignKey(String name, String table, List<String> columns, String referent, List<String> referentColumns,
            String onDelete, String onUpdate) {

        public static ForeignKey of(String name, String table, List<String> columns, String referent,
                List<String> referentColumns) {
            return new ForeignKey(name, table, columns, referent, referentColumns, null, null);
        }

        /** {@code CASCADE}, {@code SET NULL}, {@code RESTRICT}, ... */
        public ForeignKey onDelete(String action) {
            return new ForeignKey(name, table, columns, referent, referentColumns, action, onUpdate);
        }

        public ForeignKey onUpdate(String action) {
            return new ForeignKey(name, table, columns, referent, referentColumns, onDelete, action);
        }
    }
}
