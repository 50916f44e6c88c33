package dev.strata.tooling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The classpath of a service as its {@code classpath:} revision locations see it: the service's own folders
 * (its {@code src/main/resources}, then its {@code target/classes}) in front of the class loader the tool runs
 * with.
 *
 * <p>Resources are looked up in the service's folders first, in their order, then in the parent: the engine
 * keeps the first file of each relative name, so an edited {@code .sql} file in {@code src/main/resources} wins
 * over its stale copy in {@code target/classes}, and the service's revisions win over any a dependency jar holds,
 * as on the application's own classpath. Classes are looked up in the parent first, as usual, so that Java
 * revisions implement the very {@code JavaRevision} the engine knows.
 *
 * <p>The folders need not exist yet (a folder created later is found), and hold no open files: the loader
 * needs no closing.
 */
final class ServiceClassLoader extends URLClassLoader {

    static {
        ClassLoader.registerAsParallelCapable();
    }

    private ServiceClassLoader(URL[] folders, ClassLoader parent) {
        super(folders, parent);
    }

    /**
     * A loader over the given folders, searched in order before the parent.
     *
     * @param folders absolute folders
     * @param parent  the class loader the tool runs with (its classes, the engine's API, dependencies)
     * @return the loader
     */
    static ServiceClassLoader over(List<Path> folders, ClassLoader parent) {
        URL[] urls = new URL[folders.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = folderUrl(folders.get(i));
        }
        return new ServiceClassLoader(urls, parent);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        List<URL> out = new ArrayList<>(Collections.list(findResources(name)));
        ClassLoader parent = getParent();
        out.addAll(Collections.list(parent != null ? parent.getResources(name)
                : ClassLoader.getSystemClassLoader().getResources(name)));
        return Collections.enumeration(out);
    }

    /** A URL that URLClassLoader reads as a folder even before it exists: one that ends with a slash. */
    private static URL folderUrl(Path folder) {
        String uri = folder.toAbsolutePath().normalize().toUri().toString();
        try {
            return new URL(uri.endsWith("/") ? uri : uri + "/");
        } catch (MalformedURLException e) {
            throw new UncheckedIOException("Not a usable folder: " + folder, e);
        }
    }
}
