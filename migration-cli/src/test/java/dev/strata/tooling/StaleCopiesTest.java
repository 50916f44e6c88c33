package dev.strata.tooling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleCopiesTest {

    @TempDir
    Path service;

    @Test
    void sqlFilesOfTargetClassesWithoutASourceAreStale() throws IOException {
        Path resources = Files.createDirectories(service.resolve("src/main/resources/db/revisions/2026"));
        Path classes = Files.createDirectories(service.resolve("target/classes/db/revisions/2026"));
        for (String name : new String[] {"a1_create.sql", "2026/b2_renamed.sql"}) {
            Files.writeString(resources.getParent().resolve(name), "");
        }
        for (String name : new String[] {"a1_create.sql", "2026/b2_old_name.sql", "2026/b2_renamed.sql",
            "z9_deleted.sql", "SeedClients.class"}) {
            Files.createDirectories(classes.getParent().resolve(name).getParent());
            Files.writeString(classes.getParent().resolve(name), "");
        }

        assertThat(StaleCopies.of(resources.getParent(), classes.getParent())).containsExactly(
                classes.resolve("b2_old_name.sql"), classes.getParent().resolve("z9_deleted.sql"));
    }

    @Test
    void withoutBothFoldersNothingIsStale() throws IOException {
        Path resources = service.resolve("src/main/resources/db/revisions");
        Path classes = Files.createDirectories(service.resolve("target/classes/db/revisions"));
        Files.writeString(classes.resolve("a1_create.sql"), "");

        assertThat(StaleCopies.of(resources, classes)).isEmpty();
        assertThat(StaleCopies.of(classes, resources)).isEmpty();
    }
}
