package dev.strata.maven;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;

/** The Maven module a goal runs in, as the engine needs it: its folder and its compile classpath. */
final class ServiceModule {

    private final MavenProject project;

    ServiceModule(MavenProject project) {
        this.project = project;
    }

    /**
     * Whether the module has the plugin in its build (its own {@code <plugins>} or a parent's). A goal typed at
     * the reactor root runs in every module; those without the plugin are not service modules and are left
     * alone ({@code <pluginManagement>} alone does not count: it only fixes the version).
     */
    static boolean declaresPlugin(MavenProject project, String groupId, String artifactId) {
        String key = Plugin.constructKey(groupId, artifactId);
        return project.getBuildPlugins().stream().anyMatch(plugin -> key.equals(plugin.getKey()));
    }

    String name() {
        return project.getArtifactId();
    }

    Path directory() {
        return project.getBasedir().toPath();
    }

    /** Where the module's classes are compiled to ({@code target/classes}). */
    Path classesDirectory() {
        return Path.of(project.getBuild().getOutputDirectory());
    }

    /**
     * The module's compile classpath (its compiled classes and its dependencies, as the goals resolve them) over
     * the plugin's own classes, which hold the engine's API. The settings put the module's
     * {@code src/main/resources} and {@code target/classes} in front of it; through it, Java revisions can use
     * the module's dependencies. Close it when the goal is done: it holds the dependency jars open.
     */
    URLClassLoader compileClasspath() {
        List<String> elements;
        try {
            elements = project.getCompileClasspathElements();
        } catch (DependencyResolutionRequiredException e) {
            throw new IllegalStateException("The compile classpath of " + name() + " is not resolved (the goal"
                    + " must declare requiresDependencyResolution): " + e.getMessage(), e);
        }
        List<URL> urls = new ArrayList<>();
        for (String element : elements) {
            File file = new File(element);
            if (!file.exists()) {
                // target/classes before the first compile: a URL to nothing would be taken for a jar.
                continue;
            }
            try {
                urls.add(file.toURI().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalStateException("Cannot use " + file + " of the compile classpath of " + name(), e);
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ServiceModule.class.getClassLoader());
    }
}
