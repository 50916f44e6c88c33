package dev.strata.internal.script;

import dev.strata.JavaRevision;
import dev.strata.Revision;
import dev.strata.graph.RevisionNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Loads revisions from locations: {@code classpath:db/revisions} (SQL files and {@link Revision} classes in
 * that package, from directories and jars) or a filesystem folder ({@code filesystem:path} or a plain
 * path; SQL files, searched recursively). Within a location, files are taken in path order; that order
 * only breaks ties in the graph, it never decides what runs.
 */
public final class RevisionLoader {

    private final ClassLoader classLoader;

    public RevisionLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** All revisions of all locations, plus the given Java revision classes, in load order. */
    public List<MigrationScript> load(List<String> locations, List<Class<? extends JavaRevision>> javaClasses) {
        List<MigrationScript> scripts = new ArrayList<>();
        for (String location : locations) {
            if (location.startsWith("classpath:")) {
                scripts.addAll(loadClasspath(location.substring("classpath:".length())));
            } else {
                String path = location.startsWith("filesystem:") ? location.substring("filesystem:".length()) : location;
                scripts.addAll(loadDirectory(location, Path.of(path)));
            }
        }
        for (Class<? extends JavaRevision> type : javaClasses) {
            scripts.add(fromClass(type));
        }
        return scripts;
    }

    private List<MigrationScript> loadDirectory(String location, Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RevisionFileException("Revision location '" + location + "' does not exist or is not a folder ("
                    + dir.toAbsolutePath() + "); create it or fix the location");
        }
        List<MigrationScript> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".sql") && Files.isRegularFile(p)).sorted().toList()) {
                out.add(SqlRevisionParser.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new RevisionFileException("Cannot read revision location '" + location + "': " + e.getMessage(), e);
        }
        return out;
    }

    private List<MigrationScript> loadClasspath(String rawPath) {
        String path = rawPath.replaceAll("^/+", "").replaceAll("/+$", "");
        Map<String, Resource> resources = new TreeMap<>();
        boolean found = false;
        try {
            for (URL url : Collections.list(classLoader.getResources(path))) {
                found = true;
                collect(url, path, resources);
            }
        } catch (IOException e) {
            throw new RevisionFileException("Cannot read revision location 'classpath:" + path + "': " + e.getMessage(), e);
        }
        if (!found) {
            // Jars built without directory entries do not answer getResources(folder): look inside them.
            try {
                for (URL jar : classpathJars()) {
                    int before = resources.size();
                    collect(jarFolderUrl(jar, path), path, resources);
                    found |= resources.size() > before;
                }
            } catch (IOException e) {
                throw new RevisionFileException("Cannot read revision location 'classpath:" + path + "': "
                        + e.getMessage(), e);
            }
        }
        if (!found) {
            throw new RevisionFileException("Revision location 'classpath:" + path + "' was not found on the classpath;"
                    + " create src/main/resources/" + path + " or fix the location");
        }
        List<MigrationScript> out = new ArrayList<>();
        for (Resource resource : resources.values()) {
            if (resource.name().endsWith(".sql")) {
                out.add(SqlRevisionParser.parse(resource.description(), resource.read()));
            } else {
                String className = resource.name().substring(0, resource.name().length() - ".class".length())
                        .replace('/', '.');
                fromClassName(className).ifPresent(out::add);
            }
        }
        return out;
    }

    /** Jars this class loader (and its parents) read, as far as they can be listed. */
    private List<URL> classpathJars() {
        Set<URL> jars = new LinkedHashSet<>();
        for (ClassLoader loader = classLoader; loader != null; loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urls) {
                jars.addAll(Arrays.asList(urls.getURLs()));
            }
        }
        if (classLoader == ClassLoader.getSystemClassLoader()
                || classLoader == Thread.currentThread().getContextClassLoader()) {
            for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    try {
                        jars.add(Path.of(entry).toUri().toURL());
                    } catch (IOException | RuntimeException e) {
                        // not a usable path: skip it
                    }
                }
            }
        }
        return jars.stream().filter(u -> u.getPath().endsWith(".jar")).toList();
    }

    private static URL jarFolderUrl(URL jar, String path) throws IOException {
        return new URL("jar:" + jar + "!/" + path);
    }

    private record Resource(String name, String description, URL url) {
        String read() {
            try (InputStream in = url.openStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + description, e);
            }
        }
    }

    private void collect(URL url, String path, Map<String, Resource> out) throws IOException {
        if ("file".equals(url.getProtocol())) {
            Path dir;
            try {
                dir = Path.of(url.toURI());
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String relative = path + "/" + dir.relativize(file).toString().replace('\\', '/');
                    if (isCandidate(relative)) {
                        out.putIfAbsent(relative, new Resource(relative, file.toString(), file.toUri().toURL()));
                    }
                }
            }
        } else if ("jar".equals(url.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = openJar(connection.getJarFileURL())) {
                for (JarEntry entry : Collections.list(jar.entries())) {
                    String name = entry.getName();
                    if (!entry.isDirectory() && name.startsWith(path + "/") && isCandidate(name)) {
                        URL entryUrl = new URL("jar:" + connection.getJarFileURL() + "!/" + name);
                        out.putIfAbsent(name, new Resource(name, "classpath:" + name, entryUrl));
                    }
                }
            }
        }
    }

    /**
      * Opens the jar a {@code jar:} URL points into. A plain jar is a file; a Spring Boot executable jar's
      * classes are a nested "jar" ({@code jar:nested:/app.jar/!BOOT-INF/classes/!/...}) that only its URL
      * handler can open, through the connection to its root.
      */
    private static JarFile openJar(URL jarFileUrl) throws IOException {
        if ("file".equals(jarFileUrl.getProtocol())) {
            try {
                return new JarFile(Path.of(jarFileUrl.toURI()).toFile());
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        }
        JarURLConnection root = (JarURLConnection) new URL("jar:" + jarFileUrl + "!/").openConnection();
        root.setUseCaches(false);
        return root.getJarFile();
    }

    private static boolean isCandidate(String name) {
        return name.endsWith(".sql") || (name.endsWith(".class") && !name.contains("$"));
    }

    private java.util.Optional<MigrationScript> fromClassName(String className) {
        Class<?> type;
        try {
            type = Class.forName(className, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new RevisionFileException("Cannot load Java revision class " + className + ": " + e, e);
        }
        if (!type.isAnnotationPresent(Revision.class)) {
            return java.util.Optional.empty();
        }
        if (!JavaRevision.class.isAssignableFrom(type)) {
            throw new RevisionFileException("class " + className + " is annotated @Revision but does not implement "
                    + JavaRevision.class.getName());
        }
        return java.util.Optional.of(fromClass(type.asSubclass(JavaRevision.class)));
    }

    /** A Java revision from its class: metadata from {@link Revision}, an instance from its no-arg constructor. */
    public static MigrationScript fromClass(Class<? extends JavaRevision> type) {
        Revision meta = type.getAnnotation(Revision.class);
        String location = "class " + type.getName();
        if (meta == null) {
            throw new RevisionFileException(location + " implements JavaRevision but is not annotated @Revision");
        }
        JavaRevision instance;
        try {
            instance = type.getDeclaredConstructor().newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                | InvocationTargetException e) {
            throw new RevisionFileException(location + " needs a public no-argument constructor: " + e, e);
        }
        RevisionNode node = new RevisionNode(meta.id(), Arrays.asList(meta.revises()),
                new LinkedHashSet<>(Arrays.asList(meta.branchLabels())), Arrays.asList(meta.dependsOn()));
        MigrationScript.Body down = meta.reversible()
                ? new MigrationScript.JavaBody(instance, false)
                : new MigrationScript.Irreversible();
        return new MigrationScript(node, meta.message(), meta.createDate(), meta.transactional(),
                new MigrationScript.JavaBody(instance, true), down, location, null);
    }
}
