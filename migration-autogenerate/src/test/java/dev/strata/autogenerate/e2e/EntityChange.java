package dev.strata.autogenerate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.NewRevision;
import dev.strata.RevisionInfo;
import dev.strata.Strata;
import dev.strata.autogenerate.Autogenerate;
import dev.strata.autogenerate.Comparison;
import dev.strata.autogenerate.JpaEntitySchema;
import dev.strata.autogenerate.schema.SchemaModel;
import java.nio.file.Path;
import java.util.List;

/**
 * One change a developer makes to the entities, taken through the whole workflow on a real PostgreSQL:
 *
 * <ol>
 *   <li>version 1 of the entities: autogenerate (no database) writes the first revision; it is applied;</li>
 *   <li>version 2: autogenerate against the development database and against an embedded one finds the same
 *       operations and renders the same script; the revision is written and applied;</li>
 *   <li>autogenerate again finds nothing, and writes nothing;</li>
 *   <li>{@code downgrade -1} gives back version 1's schema exactly, and {@code upgrade heads} version 2's.</li>
 * </ol>
 *
 * @param comparison   what autogenerate found for version 2
 * @param revisionText the second revision file as written
 */
record EntityChange(Comparison comparison, String revisionText) {

    static EntityChange verify(ServiceModule module, List<String> version1, List<String> version2) {
        JpaEntitySchema first = module.entities("v1", version1.toArray(String[]::new));
        Path firstFile = module.revisionApplied(first, module.compareWithoutDatabase(first), "Version 1");
        String firstRevision = revisionId(firstFile);
        SchemaModel schema1 = module.schema();

        JpaEntitySchema second = module.entities("v2", version2.toArray(String[]::new));
        Comparison withDatabase = module.compareWithDatabase(second);
        Comparison withoutDatabase = module.compareWithoutDatabase(second);
        assertThat(withDatabase.isEmpty()).as("version 2 differs from version 1").isFalse();
        assertThat(withoutDatabase.result()).as("the embedded database finds what the development one finds")
                .isEqualTo(withDatabase.result());
        assertThat(withoutDatabase.script().upgradeSql()).isEqualTo(withDatabase.script().upgradeSql());
        assertThat(withoutDatabase.script().downgradeSql()).isEqualTo(withDatabase.script().downgradeSql());
        Path secondFile = module.revisionApplied(second, withDatabase, "Version 2");
        String secondRevision = revisionId(secondFile);
        SchemaModel schema2 = module.schema();

        Comparison again = module.compareWithDatabase(second);
        assertThat(again.differences()).as("autogenerate after the revision is applied").isEmpty();
        assertThat(Autogenerate.of(module.strataWithoutDatabase(), second)
                .revision(again, NewRevision.of("Nothing"), module.revisions())).isEmpty();
        assertThat(module.revisionFiles()).containsExactlyInAnyOrder(firstFile, secondFile);

        Strata strata = module.strata();
        strata.downgrade("-1");
        assertThat(strata.current()).extracting(RevisionInfo::id).containsExactly(firstRevision);
        assertThat(ServiceModule.columnsByName(module.schema())).as("version 1 after downgrade -1")
                .isEqualTo(ServiceModule.columnsByName(schema1));
        strata.upgrade(Strata.HEADS);
        assertThat(strata.current()).extracting(RevisionInfo::id).containsExactly(secondRevision);
        assertThat(ServiceModule.columnsByName(module.schema())).as("version 2 after upgrading again")
                .isEqualTo(ServiceModule.columnsByName(schema2));

        return new EntityChange(withDatabase, ServiceModule.read(secondFile));
    }

    String upgradeSql() {
        return comparison.script().upgradeSql();
    }

    String downgradeSql() {
        return comparison.script().downgradeSql();
    }

    private static String revisionId(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.indexOf('_'));
    }
}
