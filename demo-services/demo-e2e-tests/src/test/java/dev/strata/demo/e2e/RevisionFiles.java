package dev.strata.demo.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
  * What a service's revision files say about its graph: its single head and the revision below it, read from
  * the SQL files' headers and the Java revisions' {@code @Revision(id = ..., revises = ...)}. Independent of
  * Strata's own reader, so that a test comparing the two means something.
  *
  * @param head the revision no other revises
  * @param belowHead the head's down_revision
  */
record RevisionFiles(String head, String belowHead) {

    private static final Pattern JAVA_REVISION = Pattern.compile(
            "@Revision\\(\\s*id\\s*=\\s*\"(\\w+)\"\\s*,\\s*revises\\s*=\\s*\\{?\\s*\"(\\w+)\"");

    /** The graph of a service's default location, {@code db/revisions}: SQL files and Java revisions. */
    static RevisionFiles ofService(Path service) {
        return of(service.resolve("src/main/resources/db/revisions"), service.resolve("src/main/java/db/revisions"));
    }

    static RevisionFiles of(Path folder) {
        return of(folder, null);
    }

    static RevisionFiles of(Path folder, Path javaFolder) {
        Map<String, String> down = new HashMap<>();
        Set<String> revised = new HashSet<>();
        if (javaFolder != null && Files.isDirectory(javaFolder)) {
            try (Stream<Path> files = Files.list(javaFolder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher matcher = JAVA_REVISION.matcher(Files.readString(file));
                    if (matcher.find()) {
                        down.put(matcher.group(1), matcher.group(2));
                        revised.add(matcher.group(2));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                List<String> lines = Files.readAllLines(file);
                String id = header(lines, "revision");
                String parents = header(lines, "down_revision");
                down.put(id, parents);
                for (String parent : parents.split(",")) {
                    revised.add(parent.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> heads = down.keySet().stream().filter(id -> !revised.contains(id)).toList();
        if (heads.size() != 1) {
            throw new IllegalStateException(folder + " has heads " + heads + "; the test expects one");
        }
        return new RevisionFiles(heads.get(0), down.get(heads.get(0)));
    }

    private static String header(List<String> lines, String key) {
        return lines.stream().filter(line -> line.startsWith("-- " + key + ":"))
                .map(line -> line.substring(key.length() + 4).strip()).findFirst().orElse("");
    }
}
