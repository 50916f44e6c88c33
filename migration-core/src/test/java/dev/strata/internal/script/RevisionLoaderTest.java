package dev.strata.internal.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionLoaderTest {

    @TempDir
    Path dir;

    private static String revision(String id, String down) {
        return "-- revision: " + id + "\n-- down_revision: " + down + "\n\n-- migrate:upgrade\nSELECT 1;\n"
                + "-- migrate:downgrade\nSELECT 2;\n";
    }

    @Test
    void loadsAFolderRecursivelyInPathOrder() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("b_second.sql"), revision("b", "a"));
        Files.writeString(dir.resolve("a_first.sql"), revision("a", ""));
        Files.writeString(dir.resolve("sub/c_third.sql"), revision("c", "b"));
        Files.writeString(dir.resolve("notes.txt"), "not a revision");
        List<MigrationScript> scripts = new RevisionLoader(getClass().getClassLoader())
                .load(List.of("filesystem:" + dir), List.of());
        assertThat(scripts).extracting(MigrationScript::id).containsExactly("a", "b", "c");
        assertThat(scripts.get(0).location()).isEqualTo(dir.resolve("a_first.sql").toString());
    }

    @Test
    void loadsSqlFilesFromAJarOnTheClasspath() throws Exception {
        Path jar = dir.resolve("revisions.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            write(out, "db/revisions/a_first.sql", revision("a", ""));
            write(out, "db/revisions/b_second.sql", revision("b", "a"));
            write(out, "other/x.sql", revision("x", ""));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            List<MigrationScript> scripts = new RevisionLoader(loader).load(List.of("classpath:db/revisions"), List.of());
            assertThat(scripts).extracting(MigrationScript::id).containsExactly("a", "b");
            assertThat(scripts.get(1).location()).isEqualTo("classpath:db/revisions/b_second.sql");
        }
    }

    @Test
    void missingLocationsAreErrorsThatSayWhatToDo() {
        RevisionLoader loader = new RevisionLoader(getClass().getClassLoader());
        assertThatThrownBy(() -> loader.load(List.of("classpath:no/such/folder"), List.of()))
                .isInstanceOf(RevisionFileException.class)
                .hasMessage("Revision location 'classpath:no/such/folder' was not found on the classpath; create"
                        + " src/main/resources/no/such/folder or fix the location");
        Path missing = dir.resolve("missing");
        assertThatThrownBy(() -> loader.load(List.of(missing.toString()), List.of()))
                .hasMessage("Revision location '" + missing + "' does not exist or is not a folder (" + missing
                        + "); create it or fix the location");
    }

    @Test
    void aBrokenFileNamesItself() throws Exception {
        Files.writeString(dir.resolve("bad.sql"), "-- revison: a\n");
        assertThatThrownBy(() -> new RevisionLoader(getClass().getClassLoader()).load(List.of(dir.toString()), List.of()))
                .hasMessageStartingWith(dir.resolve("bad.sql") + ":1: unknown header key 'revison' (did you mean 'revision'?)");
    }

    private static void write(JarOutputStream out, String name, String text) throws Exception {
        out.putNextEntry(new JarEntry(name));
        OutputStream stream = out;
        stream.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
