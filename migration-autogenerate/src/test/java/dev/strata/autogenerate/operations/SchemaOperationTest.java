package dev.strata.autogenerate.operations;

import static dev.strata.autogenerate.operations.TableBuilder.fk;
import static dev.strata.autogenerate.operations.TableBuilder.notNull;
import static dev.strata.autogenerate.operations.TableBuilder.nullable;
import static dev.strata.autogenerate.operations.TableBuilder.plainIndex;
import static dev.strata.autogenerate.operations.TableBuilder.q;
import static dev.strata.autogenerate.operations.TableBuilder.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.autogenerate.schema.CheckConstraint;
import dev.strata.autogenerate.schema.EnumType;
import dev.strata.autogenerate.schema.Identity;
import dev.strata.autogenerate.schema.Index;
import dev.strata.autogenerate.schema.PrimaryKey;
import dev.strata.autogenerate.schema.QualifiedName;
import dev.strata.autogenerate.schema.Sequence;
import dev.strata.autogenerate.schema.Table;
import dev.strata.autogenerate.schema.UniqueConstraint;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaOperationTest {

    private static final QualifiedName CLIENT = q("public.client");
    private static final QualifiedName STATUS = q("public.status");
    private static final Table CLIENT_TABLE = table("public.client").column(TableBuilder.identity("id", "bigint"))
            .column("email", "character varying(255)").primaryKey("client_pkey", "id").build();
    private static final Sequence SEQUENCE = new Sequence(q("public.client_seq"), "bigint", 1, 50, 1,
            Long.MAX_VALUE, 1, false);
    private static final EnumUsage USAGE = new EnumUsage(CLIENT, "status", false, "'a'::public.status",
            "'a'::public.status");

    /** One operation of every kind. */
    static Stream<SchemaOperation> everyKind() {
        return Stream.of(
                new CreateSchema("audit"),
                new DropSchema("audit"),
                new CreateTable(CLIENT_TABLE),
                new DropTable(CLIENT_TABLE),
                new AlterTableComment(CLIENT, null, "Clients"),
                new AddColumn(CLIENT, nullable("email", "text")),
                new DropColumn(CLIENT, notNull("email", "text")),
                new AlterColumnType(CLIENT, "email", "character varying(100)", "character varying(255)"),
                new AlterColumnNullable(CLIENT, "email", false),
                new AlterColumnDefault(CLIENT, "email", null, "'x'::text"),
                new AlterColumnIdentity(CLIENT, "id", Identity.NONE, Identity.ALWAYS),
                new AlterColumnComment(CLIENT, "email", "old", null),
                new AddPrimaryKey(CLIENT, new PrimaryKey("client_pkey", List.of("id"))),
                new DropPrimaryKey(CLIENT, new PrimaryKey("client_pkey", List.of("id"))),
                new AddUniqueConstraint(CLIENT, new UniqueConstraint("uk_email", List.of("email"))),
                new DropUniqueConstraint(CLIENT, new UniqueConstraint("uk_email", List.of("email"))),
                new AddCheckConstraint(CLIENT, new CheckConstraint("ck", "CHECK (id > 0)")),
                new DropCheckConstraint(CLIENT, new CheckConstraint("ck", "CHECK (id > 0)")),
                new AddForeignKey(CLIENT, fk("fk_parent", "parent_id", "public.client", "id")),
                new DropForeignKey(CLIENT, fk("fk_parent", "parent_id", "public.client", "id")),
                new CreateIndex(CLIENT, plainIndex("ix_email", false, "email")),
                new DropIndex(CLIENT, plainIndex("ix_email", true, "email")),
                new CreateSequence(SEQUENCE),
                new DropSequence(SEQUENCE),
                new AlterSequence(SEQUENCE, withIncrement(SEQUENCE, 1)),
                new CreateEnum(new EnumType(STATUS, List.of("a", "b"))),
                new DropEnum(new EnumType(STATUS, List.of("a", "b"))),
                new AddEnumValue(STATUS, "b", List.of("a", "b", "c"), List.of(USAGE)),
                new ReplaceEnum(STATUS, List.of("a", "b", "c"), List.of("c", "a"), List.of(USAGE)));
    }

    @ParameterizedTest
    @MethodSource("everyKind")
    void reversingTwiceGivesTheOperationBack(SchemaOperation operation) {
        assertThat(operation.reverse()).isNotEqualTo(operation);
        assertThat(operation.reverse().reverse()).isEqualTo(operation);
    }

    @ParameterizedTest
    @MethodSource("everyKind")
    void everyKindHasItsOwnVisitorMethod(SchemaOperation operation) {
        String visited = operation.accept(new NamingVisitor());
        assertThat(visited).isEqualToIgnoringCase(operation.getClass().getSimpleName());
    }

    @Test
    void dropsAndNarrowingChangesAndRemovedLabelsLoseData() {
        assertThat(new DropTable(CLIENT_TABLE).losesData()).isTrue();
        assertThat(new DropColumn(CLIENT, nullable("email", "text")).losesData()).isTrue();
        assertThat(new DropSequence(SEQUENCE).losesData()).isTrue();
        assertThat(new AlterColumnType(CLIENT, "n", "bigint", "integer").losesData()).isTrue();
        assertThat(new ReplaceEnum(STATUS, List.of("a", "b"), List.of("a"), List.of()).losesData()).isTrue();

        assertThat(new AlterColumnType(CLIENT, "n", "integer", "bigint").losesData()).isFalse();
        assertThat(new ReplaceEnum(STATUS, List.of("a", "b"), List.of("b", "a"), List.of()).losesData()).isFalse();
        assertThat(new CreateTable(CLIENT_TABLE).losesData()).isFalse();
        assertThat(new AddEnumValue(STATUS, "c", List.of("a", "c"), List.of()).losesData()).isFalse();
    }

    @Test
    void addingAnEnumLabelRunsInATransactionFromPostgres12On() {
        AddEnumValue add = new AddEnumValue(STATUS, "c", List.of("a", "c"), List.of());

        assertThat(add.runsInTransaction(110_005)).isFalse();
        assertThat(add.runsInTransaction(120_000)).isTrue();
        assertThat(add.reverse().runsInTransaction(110_005)).isTrue();
    }

    @Test
    void addingAnEnumLabelIsUndoneByReplacingTheEnumWithoutIt() {
        AddEnumValue add = new AddEnumValue(STATUS, "b", List.of("a", "b", "c"), List.of(USAGE));

        assertThat(add.reverse()).isEqualTo(
                new ReplaceEnum(STATUS, List.of("a", "b", "c"), List.of("a", "c"), List.of(USAGE)));
        assertThat(add.previousValue()).contains("a");
        assertThat(add.nextValue()).contains("c");
        assertThat(add.valuesBefore()).containsExactly("a", "c");
    }

    @Test
    void replacingBackIsAReplacementWhenADefaultChanges() {
        EnumUsage defaultChanges = new EnumUsage(CLIENT, "status", false, "'b'::public.status",
                "'a'::public.status");
        ReplaceEnum replace = new ReplaceEnum(STATUS, List.of("a", "b"), List.of("a"), List.of(defaultChanges));

        assertThat(replace.reverse()).isEqualTo(new ReplaceEnum(STATUS, List.of("a"), List.of("a", "b"),
                List.of(defaultChanges.reverse())));
    }

    @Test
    void tablesAreCreatedAndDroppedWithoutForeignKeys() {
        Table withKey = table("public.item").column("client_id", "bigint")
                .foreignKey("fk_client", "client_id", "public.client", "id").build();

        assertThatThrownBy(() -> new CreateTable(withKey)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CreateTable takes a table without foreign keys, so that tables that reference each"
                        + " other can be created; public.item has fk_client: create it with AddForeignKey");
        assertThatThrownBy(() -> new DropTable(withKey)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("DropTable takes a table without foreign keys, so that its reverse can run before"
                        + " the tables it references exist; public.item has fk_client: drop it with"
                        + " DropForeignKey first");
    }

    @Test
    void anAlterationMustChangeSomething() {
        assertThatThrownBy(() -> new AlterColumnType(CLIENT, "email", "text", "text"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("AlterColumnType of public.client.email changes nothing: before and after are both text");
        assertThatThrownBy(() -> new AlterSequence(SEQUENCE, withStart(SEQUENCE, 100)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("AlterSequence of public.client_seq (the start aside, which is never"
                        + " altered) changes nothing: before and after are both Sequence[");
        assertThatThrownBy(() -> new ReplaceEnum(STATUS, List.of("a"), List.of("a"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ReplaceEnum of public.status changes nothing: before and after are both [a]");
    }

    @Test
    void anAlteredSequenceKeepsItsName() {
        Sequence other = new Sequence(q("public.other"), "bigint", 1, 1, 1, 10, 1, false);
        assertThatThrownBy(() -> new AlterSequence(SEQUENCE, other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("AlterSequence changes one sequence, not public.client_seq into public.other");
    }

    @Test
    void anAddedLabelMustBeAmongTheLabelsOnce() {
        assertThatThrownBy(() -> new AddEnumValue(STATUS, "c", List.of("a", "b"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("values of AddEnumValue for public.status must hold 'c' exactly once, but are [a, b]");
    }

    @Test
    void anIndexThatIsNotPlainNeedsItsDefinition() {
        Index partial = new Index("ix_active", List.of("email"), false, "btree", "(active)", false, null);
        assertThatThrownBy(() -> new CreateIndex(CLIENT, partial)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("index ix_active on public.client is not a plain b-tree index over columns, so it"
                        + " needs its definition to be rendered");
    }

    @Test
    void aDowngradeIsEachOperationReversedLastFirst() {
        SchemaOperation create = new CreateTable(CLIENT_TABLE);
        SchemaOperation index = new CreateIndex(CLIENT, plainIndex("ix_email", false, "email"));

        assertThat(SchemaOperation.reversed(List.of(create, index)))
                .containsExactly(index.reverse(), create.reverse());
    }

    private static Sequence withIncrement(Sequence sequence, long increment) {
        return new Sequence(sequence.name(), sequence.dataType(), sequence.start(), increment, sequence.minValue(),
                sequence.maxValue(), sequence.cache(), sequence.cycle());
    }

    private static Sequence withStart(Sequence sequence, long start) {
        return new Sequence(sequence.name(), sequence.dataType(), start, sequence.increment(), sequence.minValue(),
                sequence.maxValue(), sequence.cache(), sequence.cycle());
    }
}
