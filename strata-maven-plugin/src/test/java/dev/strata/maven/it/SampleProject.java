package dev.strata.maven.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A fresh copy of a sample of {@code src/it}, with the plugin version of this build filled in. */
final class SampleProject {

    private SampleProject() {
    }

    /** Copies {@code src/it/<sample>} to {@code target/it-work/<copyName>}, replacing an earlier copy. */
    static Path copy(String sample, String copyName) {
        Path source = Path.of(System.getProperty("strata.it.samples")).resolve(sample);
        Path target = Path.of(System.getProperty("strata.it.work")).resolve(copyName);
        String version = System.getProperty("strata.it.version");
        try {
            delete(target);
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.toList()) {
                    Path copy = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else if (file.getFileName().toString().equals("pom.xml")) {
                        Files.writeString(copy, Files.readString(file).replace("@strata.version@", version),
                                StandardCharsets.UTF_8);
                    } else {
                        Files.copy(file, copy);
                    }
                }
            }
            // Marks the project root, so Maven does not take this repository's .mvn for the sample's.
            Files.createDirectories(target.resolve(".mvn"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(file);
            }
        }
    }

    /** The names of the files in a folder, sorted. */
    static List<String> fileNames(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
