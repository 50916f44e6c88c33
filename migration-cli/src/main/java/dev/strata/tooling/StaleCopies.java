package dev.strata.tooling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The build copies {@code src/main/resources} into {@code target/classes} but never deletes there: a SQL revision
 * deleted or renamed since the last build lives on in {@code target/classes}, where the tools read the compiled
 * Java revisions, and would run unnoticed. These are the copies without a source.
 */
final class StaleCopies {

    private StaleCopies() {
    }

    /**
     * The SQL files of a {@code target/classes} folder that its {@code src/main/resources} folder lacks.
     *
     * @param resources the location's folder in {@code src/main/resources}
     * @param classes   the same folder in {@code target/classes}
     * @return the files, sorted; none when either folder does not exist (then nothing says what the sources are)
     */
    static List<Path> of(Path resources, Path classes) {
        if (!Files.isDirectory(resources) || !Files.isDirectory(classes)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(file -> file.toString().endsWith(".sql") && Files.isRegularFile(file))
                    .filter(file -> !Files.exists(resources.resolve(classes.relativize(file).toString())))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + classes, e);
        }
    }
}
