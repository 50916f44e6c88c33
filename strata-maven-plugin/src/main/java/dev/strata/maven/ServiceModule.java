package dev.strata.maven;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;

/** The Maven module a goal runs in, as the engine needs it: its folder and its compiled classes. */
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

    /**
     * Where {@code classpath:} locations that are not folders of the module are found (Java revisions): the
     * module's compiled classes over the plugin's own classes, which hold the engine's API.
     */
    ClassLoader classLoader() {
        File classes = new File(project.getBuild().getOutputDirectory());
        ClassLoader plugin = ServiceModule.class.getClassLoader();
        if (!classes.isDirectory()) {
            return plugin;
        }
        try {
            return new URLClassLoader(new URL[] {classes.toURI().toURL()}, plugin);
        } catch (MalformedURLException e) {
            throw new IllegalStateException("Cannot read the classes of " + name() + " in " + classes, e);
        }
    }
}
