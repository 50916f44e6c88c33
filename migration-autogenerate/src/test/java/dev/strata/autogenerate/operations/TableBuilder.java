package dev.strata.autogenerate.operations;

import dev.strata.autogenerate.schema.CheckConstraint;
import dev.strata.autogenerate.schema.Column;
import dev.strata.autogenerate.schema.ForeignKey;
import dev.strata.autogenerate.schema.Identity;
import dev.strata.autogenerate.schema.Index;
import dev.strata.autogenerate.schema.PrimaryKey;
import dev.strata.autogenerate.schema.QualifiedName;
import dev.strata.autogenerate.schema.Table;
import dev.strata.autogenerate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/** Hand-built tables for the tests of operations, comparison and rendering. */
public final class TableBuilder {

    private final QualifiedName name;
    private final List<Column> columns = new ArrayList<>();
    private PrimaryKey primaryKey;
    private final List<UniqueConstraint> uniques = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<CheckConstraint> checks = new ArrayList<>();
    private String comment;

    private TableBuilder(QualifiedName name) {
        this.name = name;
    }

    /** {@code "public.client"} to a name. */
    public static QualifiedName q(String qualified) {
        int dot = qualified.indexOf('.');
        return QualifiedName.of(qualified.substring(0, dot), qualified.substring(dot + 1));
    }

    public static TableBuilder table(String qualified) {
        return new TableBuilder(q(qualified));
    }

    public static Column nullable(String name, String type) {
        return new Column(name, type, true, null, Identity.NONE, null);
    }

    public static Column notNull(String name, String type) {
        return new Column(name, type, false, null, Identity.NONE, null);
    }

    public static Column identity(String name, String type) {
        return new Column(name, type, false, null, Identity.BY_DEFAULT, null);
    }

    public static Index plainIndex(String name, boolean unique, String... columns) {
        return new Index(name, List.of(columns), unique, "btree", null, false, null);
    }

    public static ForeignKey fk(String name, String column, String referencedTable, String referencedColumn) {
        return new ForeignKey(name, List.of(column), q(referencedTable), List.of(referencedColumn), null, null);
    }

    public TableBuilder column(String name, String type) {
        return column(nullable(name, type));
    }

    public TableBuilder notNullColumn(String name, String type) {
        return column(notNull(name, type));
    }

    public TableBuilder column(Column column) {
        columns.add(column);
        return this;
    }

    public TableBuilder primaryKey(String constraint, String... keyColumns) {
        primaryKey = new PrimaryKey(constraint, List.of(keyColumns));
        return this;
    }

    public TableBuilder unique(String constraint, String... uniqueColumns) {
        uniques.add(new UniqueConstraint(constraint, List.of(uniqueColumns)));
        return this;
    }

    public TableBuilder check(String constraint, String definition) {
        checks.add(new CheckConstraint(constraint, definition));
        return this;
    }

    public TableBuilder foreignKey(ForeignKey key) {
        foreignKeys.add(key);
        return this;
    }

    public TableBuilder foreignKey(String constraint, String column, String referencedTable, String referencedColumn) {
        return foreignKey(fk(constraint, column, referencedTable, referencedColumn));
    }

    public TableBuilder index(Index index) {
        indexes.add(index);
        return this;
    }

    public TableBuilder comment(String text) {
        comment = text;
        return this;
    }

    public Table build() {
        return new Table(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment);
    }
}
