package dev.strata.autogenerate.compare;

import static dev.strata.autogenerate.compare.Models.compare;
import static dev.strata.autogenerate.compare.Models.tables;
import static dev.strata.autogenerate.operations.TableBuilder.fk;
import static dev.strata.autogenerate.operations.TableBuilder.identity;
import static dev.strata.autogenerate.operations.TableBuilder.plainIndex;
import static dev.strata.autogenerate.operations.TableBuilder.q;
import static dev.strata.autogenerate.operations.TableBuilder.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.autogenerate.operations.AddColumn;
import dev.strata.autogenerate.operations.AddForeignKey;
import dev.strata.autogenerate.operations.AddUniqueConstraint;
import dev.strata.autogenerate.operations.AlterColumnType;
import dev.strata.autogenerate.operations.CreateEnum;
import dev.strata.autogenerate.operations.CreateSchema;
import dev.strata.autogenerate.operations.CreateSequence;
import dev.strata.autogenerate.operations.CreateTable;
import dev.strata.autogenerate.operations.DropColumn;
import dev.strata.autogenerate.operations.DropEnum;
import dev.strata.autogenerate.operations.DropForeignKey;
import dev.strata.autogenerate.operations.DropIndex;
import dev.strata.autogenerate.operations.DropSequence;
import dev.strata.autogenerate.operations.DropTable;
import dev.strata.autogenerate.operations.SchemaOperation;
import dev.strata.autogenerate.schema.EnumType;
import dev.strata.autogenerate.schema.SchemaModel;
import dev.strata.autogenerate.schema.Sequence;
import dev.strata.autogenerate.schema.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OrderingTest {

    private static final Table A = table("public.a").column(identity("id", "bigint")).column("b_id", "bigint")
            .primaryKey("a_pkey", "id").foreignKey("fk_a_b", "b_id", "public.b", "id").build();
    private static final Table B = table("public.b").column(identity("id", "bigint")).column("a_id", "bigint")
            .primaryKey("b_pkey", "id").foreignKey("fk_b_a", "a_id", "public.a", "id").build();

    @Test
    void tablesThatReferenceEachOtherAreCreatedFirstAndLinkedAfter() {
        List<SchemaOperation> upgrade = compare(tables(), tables(A, B)).operations();

        assertThat(upgrade).containsExactly(
                new CreateTable(SchemaComparator.withoutForeignKeys(A)),
                new CreateTable(SchemaComparator.withoutForeignKeys(B)),
                new AddForeignKey(A.name(), A.foreignKeys().get(0)),
                new AddForeignKey(B.name(), B.foreignKeys().get(0)));
    }

    @Test
    void theDowngradeOfACycleUnlinksBeforeItDrops() {
        ComparisonResult result = compare(tables(), tables(A, B));

        assertThat(result.downgradeOperations()).containsExactly(
                new DropForeignKey(B.name(), B.foreignKeys().get(0)),
                new DropForeignKey(A.name(), A.foreignKeys().get(0)),
                new DropTable(SchemaComparator.withoutForeignKeys(B)),
                new DropTable(SchemaComparator.withoutForeignKeys(A)));
    }

    @Test
    void droppedTablesLoseTheirForeignKeysFirstAndGoReferencingOnesFirst() {
        Table parent = table("public.parent").column(identity("id", "bigint")).primaryKey("parent_pkey", "id").build();
        Table child = table("public.child").column(identity("id", "bigint")).column("parent_id", "bigint")
                .primaryKey("child_pkey", "id").foreignKey("fk_child_parent", "parent_id", "public.parent", "id")
                .build();
        Table grandchild = table("public.grandchild").column("child_id", "bigint")
                .foreignKey("fk_grandchild_child", "child_id", "public.child", "id").build();
        Table note = table("public.note").column("parent_id", "bigint")
                .foreignKey("fk_note_parent", "parent_id", "public.parent", "id").build();
        Table keptNote = table("public.note").column("parent_id", "bigint").build();

        List<SchemaOperation> upgrade = compare(tables(child, grandchild, note, parent), tables(keptNote))
                .operations();

        assertThat(upgrade).containsExactly(
                new DropForeignKey(q("public.note"), note.foreignKeys().get(0)),
                new DropForeignKey(q("public.child"), child.foreignKeys().get(0)),
                new DropForeignKey(q("public.grandchild"), grandchild.foreignKeys().get(0)),
                new DropTable(SchemaComparator.withoutForeignKeys(grandchild)),
                new DropTable(SchemaComparator.withoutForeignKeys(child)),
                new DropTable(parent));
    }

    @Test
    void phasesRunCreateBeforeUseAndDropAfterLastUse() {
        EnumType oldKind = new EnumType(q("public.old_kind"), List.of("x"));
        EnumType kind = new EnumType(q("public.kind"), List.of("a", "b"));
        Sequence oldSequence = new Sequence(q("public.old_seq"), "bigint", 1, 1, 1, Long.MAX_VALUE, 1, false);
        Sequence sequence = new Sequence(q("public.new_seq"), "bigint", 1, 1, 1, Long.MAX_VALUE, 1, false);
        Table gone = table("public.gone").column("x", "text").build();
        Table fresh = table("public.fresh").column(identity("id", "bigint")).primaryKey("fresh_pkey", "id").build();
        Table before = table("public.item").column(identity("id", "bigint")).column("kind", "public.old_kind")
                .column("size", "integer").column("old", "text").column("fresh_id", "bigint")
                .primaryKey("item_pkey", "id").index(plainIndex("ix_old", false, "old"))
                .foreignKey(fk("fk_item_gone", "fresh_id", "public.item", "id")).build();
        Table after = table("public.item").column(identity("id", "bigint")).column("kind", "public.kind")
                .column("size", "bigint").column("fresh_id", "bigint").column("added", "text")
                .primaryKey("item_pkey", "id").unique("uk_added", "added")
                .foreignKey(fk("fk_item_fresh", "fresh_id", "public.fresh", "id")).build();
        SchemaModel current = new SchemaModel(List.of("public"), List.of(before, gone), List.of(oldSequence),
                List.of(oldKind));
        SchemaModel target = new SchemaModel(List.of("audit", "public"), List.of(after, fresh), List.of(sequence),
                List.of(kind));

        List<Class<?>> kinds = compare(current, target).operations().stream()
                .<Class<?>>map(SchemaOperation::getClass).toList();

        assertThat(kinds).containsExactly(CreateSchema.class, CreateEnum.class, CreateSequence.class,
                DropForeignKey.class, DropIndex.class, DropTable.class, CreateTable.class, AddColumn.class,
                AlterColumnType.class, AlterColumnType.class, DropColumn.class, AddUniqueConstraint.class,
                AddForeignKey.class, DropSequence.class, DropEnum.class);
    }

    @Test
    void twoRunsAndAnyInputOrderGiveTheSameOperations() {
        Table c = table("public.c").column("a_id", "bigint").foreignKey("fk_c_a", "a_id", "public.a", "id")
                .index(plainIndex("ix_c_2", false, "a_id")).index(plainIndex("ix_c_1", true, "a_id")).build();
        List<Table> tables = new ArrayList<>(List.of(A, B, c));
        ComparisonResult first = compare(tables(), tables(A, B, c));

        Collections.shuffle(tables, new Random(7));
        ComparisonResult shuffled = compare(tables(), tables(tables.toArray(Table[]::new)));

        assertThat(compare(tables(), tables(A, B, c))).isEqualTo(first);
        assertThat(shuffled).isEqualTo(first);
        assertThat(compare(tables(A, B, c), tables()).operations())
                .isEqualTo(compare(tables(tables.toArray(Table[]::new)), tables()).operations());
    }
}
