package dev.strata.autogenerate.render;

import static dev.strata.autogenerate.render.SqlNames.identifier;

import dev.strata.autogenerate.operations.EnumUsage;
import dev.strata.autogenerate.operations.ReplaceEnum;
import dev.strata.autogenerate.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The statements of a {@link ReplaceEnum}: PostgreSQL can neither remove nor move a label, so the old type is
 * renamed aside, the new one created under the name, every column converted through text, and the old type
 * dropped. A column default names the type, and PostgreSQL cannot convert it along with the column, so it is
 * dropped before the conversion and set after it.
 */
final class EnumReplacement {

    private static final String ASIDE = "_old";

    private final SqlNames names;
    private final BiFunction<QualifiedName, List<String>, String> createType;

    EnumReplacement(SqlNames names, BiFunction<QualifiedName, List<String>, String> createType) {
        this.names = names;
        this.createType = createType;
    }

    List<String> statements(ReplaceEnum op) {
        QualifiedName type = op.type();
        QualifiedName aside = QualifiedName.of(type.schema(), type.name() + ASIDE);
        List<String> statements = new ArrayList<>();
        statements.add("ALTER TYPE " + names.of(type) + " RENAME TO " + identifier(aside.name()));
        statements.add(createType.apply(type, op.toValues()));
        for (EnumUsage usage : op.usages()) {
            String alter = "ALTER TABLE " + names.of(usage.table()) + " ALTER COLUMN " + identifier(usage.column());
            String brackets = usage.array() ? "[]" : "";
            if (usage.fromDefault() != null) {
                statements.add(alter + " DROP DEFAULT");
            }
            statements.add(alter + " TYPE " + names.of(type) + brackets + " USING " + identifier(usage.column())
                    + "::text" + brackets + "::" + names.of(type) + brackets);
            if (usage.toDefault() != null) {
                statements.add(alter + " SET DEFAULT " + usage.toDefault());
            }
        }
        statements.add("DROP TYPE " + names.of(aside));
        return statements;
    }
}
