package dev.strata.tooling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.JavaRevision;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceClassLoaderTest {

    @TempDir
    Path dir;

    @Test
    void theServicesFoldersComeFirstInTheirOrderThenTheParent() throws IOException {
        Path resources = dir.resolve("src/main/resources");
        Path classes = dir.resolve("target/classes");
        Path dependency = dir.resolve("dependency");
        for (Path folder : List.of(resources, classes, dependency)) {
            Files.createDirectories(folder.resolve("db/revisions"));
        }

        try (URLClassLoader parent = new URLClassLoader(new URL[] {dependency.toUri().toURL()}, null)) {
            ServiceClassLoader loader = ServiceClassLoader.over(List.of(resources, classes), parent);

            assertThat(Collections.list(loader.getResources("db/revisions"))).extracting(URL::getPath)
                    .containsExactly(resources.toUri().getPath() + "db/revisions",
                            classes.toUri().getPath() + "db/revisions",
                            dependency.toUri().getPath() + "db/revisions");
        }
    }

    @Test
    void aFolderThatDoesNotExistYetIsFoundOnceCreated() throws IOException {
        Path resources = dir.resolve("src/main/resources");
        ServiceClassLoader loader = ServiceClassLoader.over(List.of(resources), getClass().getClassLoader());
        assertThat(loader.getResource("db/revisions/a1.sql")).isNull();

        Files.createDirectories(resources.resolve("db/revisions"));
        Files.writeString(resources.resolve("db/revisions/a1.sql"), "-- revision: a1\n");

        assertThat(loader.getResource("db/revisions/a1.sql")).isEqualTo(resources.resolve("db/revisions/a1.sql")
                .toUri().toURL());
    }

    @Test
    void classesComeFromTheParentFirstSoJavaRevisionsShareTheEnginesApi() throws ClassNotFoundException {
        ServiceClassLoader loader = ServiceClassLoader.over(List.of(dir), getClass().getClassLoader());

        assertThat(loader.loadClass(JavaRevision.class.getName())).isSameAs(JavaRevision.class);
    }
}
