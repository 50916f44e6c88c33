package dev.strata.autogenerate.entities;

import dev.strata.autogenerate.entities.fixture.shop.Customer;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Where the fixtures are, and the scans and scripts the tests share. */
final class ShopFixture {

    static final String FIXTURE = "dev.strata.autogenerate.entities.fixture";
    static final String SHOP = FIXTURE + ".shop";
    static final String NOTIFICATION = SHOP + ".notification";
    static final String AUDIT = FIXTURE + ".audit";
    static final String BROKEN = FIXTURE + ".broken";

    private ShopFixture() {
    }

    /** The test class directory that holds the fixture. */
    static Path testClasses() {
        return TestCompiler.location(Customer.class);
    }

    static ClassLoader loader() {
        return ShopFixture.class.getClassLoader();
    }

    /** The shop and its audit log: the whole model. */
    static ScannedEntities scan() {
        return scan(SHOP, AUDIT);
    }

    static ScannedEntities scan(String... packages) {
        return EntityScanner.using(loader()).scan(List.of(testClasses()), List.of(packages));
    }

    static List<String> statements(HibernateSettings settings) {
        return HibernateSchemaScript.of(settings, loader()).createStatements(scan());
    }

    /** A source tree under {@code src/test/resources/entities}. */
    static Path sources(String name) {
        URL url = Objects.requireNonNull(ShopFixture.class.getResource("/entities/" + name), name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A loader over compiled classes that delegates JPA, Hibernate and the rest to the test's own loader. */
    static URLClassLoader loaderOver(Path... locations) {
        URL[] urls = Arrays.stream(locations).map(ShopFixture::url).toArray(URL[]::new);
        return new URLClassLoader(urls, loader());
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
