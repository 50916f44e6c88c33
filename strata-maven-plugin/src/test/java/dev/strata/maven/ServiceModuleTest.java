package dev.strata.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginManagement;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

class ServiceModuleTest {

    private static final String GROUP = "dev.strata";
    private static final String ARTIFACT = "strata-maven-plugin";

    @Test
    void aModuleWithThePluginInItsBuildIsAServiceModule() {
        Build build = new Build();
        build.addPlugin(plugin(GROUP, ARTIFACT));

        assertThat(ServiceModule.declaresPlugin(project(build), GROUP, ARTIFACT)).isTrue();
    }

    @Test
    void pluginManagementAloneOnlyFixesTheVersion() {
        Build build = new Build();
        PluginManagement management = new PluginManagement();
        management.addPlugin(plugin(GROUP, ARTIFACT));
        build.setPluginManagement(management);
        build.addPlugin(plugin("org.apache.maven.plugins", "maven-jar-plugin"));

        assertThat(ServiceModule.declaresPlugin(project(build), GROUP, ARTIFACT)).isFalse();
    }

    @Test
    void anotherPluginWithTheSameArtifactIdDoesNotCount() {
        Build build = new Build();
        build.addPlugin(plugin("com.example", ARTIFACT));

        assertThat(ServiceModule.declaresPlugin(project(build), GROUP, ARTIFACT)).isFalse();
    }

    private static MavenProject project(Build build) {
        Model model = new Model();
        model.setArtifactId("clients-service");
        model.setBuild(build);
        return new MavenProject(model);
    }

    private static Plugin plugin(String groupId, String artifactId) {
        Plugin plugin = new Plugin();
        plugin.setGroupId(groupId);
        plugin.setArtifactId(artifactId);
        return plugin;
    }
}
