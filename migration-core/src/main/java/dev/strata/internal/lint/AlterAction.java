package dev.strata.internal.lint;

/** One action of an {@code ALTER TABLE}, with the file line it starts on. */
sealed interface AlterAction {

    int line();

    /** {@code ADD [COLUMN] definition}. */
    record AddColumn(ColumnDefinition column, int line) implements AlterAction {
    }

    /** {@code DROP [COLUMN] name}. */
    record DropColumn(String column, int line) implements AlterAction {
    }

    /**
     * {@code ALTER [COLUMN] name [SET DATA] TYPE type [USING expression]}.
     *
     * @param using written with {@code USING} (or {@code COLLATE}), which always rewrites the table
     */
    record AlterColumnType(String column, String type, boolean using, int line) implements AlterAction {
    }

    /** {@code ALTER [COLUMN] name SET NOT NULL}. */
    record SetNotNull(String column, int line) implements AlterAction {
    }

    /**
     * {@code ADD [CONSTRAINT name] CHECK | FOREIGN KEY | UNIQUE | PRIMARY KEY ...}.
     *
     * @param name          the constraint's name, or null when PostgreSQL picks one
     * @param notValid      written {@code NOT VALID}: existing rows are not checked now
     * @param usingIndex    written {@code USING INDEX}: an index built before becomes the constraint
     * @param notNullColumn for {@code CHECK (column IS NOT NULL)}, that column; else null
     * @param references    for a foreign key, the table it references; else null
     */
    record AddConstraint(String name, Kind kind, boolean notValid, boolean usingIndex, String notNullColumn,
            RelationName references, int line) implements AlterAction {
    }

    /** {@code VALIDATE CONSTRAINT name}. */
    record ValidateConstraint(String name, int line) implements AlterAction {
    }

    /** {@code RENAME [COLUMN] from TO to}. */
    record RenameColumn(String from, String to, int line) implements AlterAction {
    }

    /** {@code RENAME TO name}. */
    record RenameTable(String to, int line) implements AlterAction {
    }

    /** The kinds of table constraint the rules tell apart. */
    enum Kind {
        CHECK, FOREIGN_KEY, UNIQUE, PRIMARY_KEY, EXCLUDE
    }
}
