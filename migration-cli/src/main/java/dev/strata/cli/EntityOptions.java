package dev.strata.cli;

import dev.strata.autogenerate.Autogenerate;
import dev.strata.autogenerate.JpaEntitySchema;
import dev.strata.tooling.EntityModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options of the commands that compare the entities with the revisions: {@code revision --autogenerate}, {@code check}. */
final class EntityOptions {

    @Option(names = "--entity-package", paramLabel = "PACKAGE", order = 20,
            description = "Scan only this package (and below) for entities. Repeatable. Default: strata.entity-packages,"
                    + " else the service's @EntityScan or @SpringBootApplication package, else everything.")
    List<String> packages = new ArrayList<>();

    @Option(names = "--classes", paramLabel = "DIR|JAR", order = 21,
            description = "Compiled classes to scan for @Entity, @Embeddable and @MappedSuperclass. Repeatable."
                    + " Default: <dir>/target/classes (compile the service first).")
    List<Path> classes = new ArrayList<>();

    @Option(names = "--classpath", paramLabel = "PATH", order = 22, split = "${sys:path.separator}",
            description = "More jars or folders the entity classes need (their superclasses, converters), separated"
                    + " by '${sys:path.separator}'.")
    List<Path> classpath = new ArrayList<>();

    @Option(names = "--compare-server-defaults", order = 23,
            description = "Also compare column defaults (off by default, as in Alembic).")
    boolean compareServerDefaults;

    /** The comparison for this service: its entities against its revisions (on its database, if one is set). */
    Autogenerate autogenerate(StrataCommand root) {
        Path serviceDir = root.settings().serviceDir();
        List<Path> locations = classes.isEmpty() ? List.of(serviceDir.resolve("target/classes"))
                : classes.stream().map(p -> serviceDir.resolve(p).normalize()).toList();
        List<Path> all = new ArrayList<>(locations);
        classpath.forEach(p -> all.add(serviceDir.resolve(p).normalize()));
        JpaEntitySchema entities = EntityModel.resolve(serviceDir, System.getenv(), packages, locations,
                EntityModel.classLoader(all, EntityOptions.class.getClassLoader()));
        return EntityModel.comparison(root.settings(), root.strata(), entities, compareServerDefaults);
    }
}
