package dev.strata.autogenerate.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A place that holds compiled classes: a class directory such as {@code target/classes}, or a jar. Reads the
 * summaries of all its class files; a class file that cannot be parsed is reported, not fatal.
 */
final class ClassFileLocation {

    private final Path path;

    ClassFileLocation(Path path) {
        this.path = path;
    }

    Path path() {
        return path;
    }

    boolean exists() {
        return Files.exists(path);
    }

    boolean isDirectory() {
        return Files.isDirectory(path);
    }

    /**
     * Reads every class file of the location (a jar's {@code META-INF}, which holds multi-release variants, is
     * left out: the root entries are the classes).
     *
     * @param unreadable receives one line for each class file that is not a well-formed class file
     * @return the summaries; empty when the location does not exist
     */
    List<ClassFileSummary> read(List<String> unreadable) {
        try {
            if (isDirectory()) {
                return readDirectory(unreadable);
            }
            return exists() ? readJar(unreadable) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read classes from " + path + ": " + e.getMessage(), e);
        }
    }

    private List<ClassFileSummary> readDirectory(List<String> unreadable) throws IOException {
        List<ClassFileSummary> summaries = new ArrayList<>();
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class")).sorted()::iterator) {
                add(summaries, Files.readAllBytes(file), file.toString(), unreadable);
            }
        }
        return summaries;
    }

    private List<ClassFileSummary> readJar(List<String> unreadable) throws IOException {
        List<ClassFileSummary> summaries = new ArrayList<>();
        try (ZipFile jar = new ZipFile(path.toFile())) {
            Enumeration<? extends ZipEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || !name.endsWith(".class") || name.startsWith("META-INF/")) {
                    continue;
                }
                try (InputStream in = jar.getInputStream(entry)) {
                    add(summaries, in.readAllBytes(), path + "!/" + entry.getName(), unreadable);
                }
            }
        }
        return summaries;
    }

    private static void add(List<ClassFileSummary> summaries, byte[] bytes, String where, List<String> unreadable) {
        try {
            ClassFileSummary summary = ClassFileReader.read(bytes);
            if (summary != null) {
                summaries.add(summary);
            }
        } catch (IOException | RuntimeException e) {
            // A truncated or foreign file must not hide the entities next to it.
            unreadable.add(where + ": " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
