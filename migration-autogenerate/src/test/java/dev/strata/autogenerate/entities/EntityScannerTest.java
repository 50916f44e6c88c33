package dev.strata.autogenerate.entities;

import static dev.strata.autogenerate.entities.ShopFixture.AUDIT;
import static dev.strata.autogenerate.entities.ShopFixture.NOTIFICATION;
import static dev.strata.autogenerate.entities.ShopFixture.SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.autogenerate.entities.fixture.shop.Auditable;
import dev.strata.autogenerate.entities.fixture.shop.Customer;
import dev.strata.autogenerate.entities.fixture.shop.EmailAddressConverter;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;

class EntityScannerTest {

    @TempDir
    Path temp;

    @Test
    void findsTheFixturesManagedClassesByKind() {
        ScannedEntities found = ShopFixture.scan(SHOP, AUDIT);

        assertThat(names(found.entities())).containsExactly(
                AUDIT + ".AuditLogEntry",
                SHOP + ".BankTransferPayment", SHOP + ".CardPayment", SHOP + ".Category", SHOP + ".Customer",
                SHOP + ".FreightShipment", SHOP + ".OrderLine", SHOP + ".ParcelShipment", SHOP + ".Payment",
                SHOP + ".Product", SHOP + ".PurchaseOrder", SHOP + ".Shipment",
                NOTIFICATION + ".EmailNotification", NOTIFICATION + ".Notification",
                NOTIFICATION + ".SmsNotification");
        assertThat(names(found.embeddables())).containsExactly(SHOP + ".Address", SHOP + ".Discount");
        assertThat(names(found.mappedSuperclasses())).containsExactly(SHOP + ".Auditable");
        assertThat(names(found.converters())).containsExactly(SHOP + ".EmailAddressConverter");
        assertThat(found.annotatedPackages()).containsExactly(NOTIFICATION);
        assertThat(found.skipped()).isEmpty();
        assertThat(found.selection()).isEqualTo(new PackageSelection(List.of(SHOP, AUDIT), "strata.entity-packages"));
        assertThat(found.locations()).containsExactly(ShopFixture.testClasses());
    }

    @Test
    void returnsTheClassesOfTheGivenLoader() {
        ScannedEntities found = ShopFixture.scan(SHOP);

        assertThat(found.entities()).contains(Customer.class);
        assertThat(found.managedClasses()).hasSize(14 + 2 + 1 + 1)
                .startsWith(Auditable.class).endsWith(EmailAddressConverter.class);
    }

    @Test
    void loadsTheClassesWithoutInitialisingThem() throws IOException {
        Path classes = compile("inventory-service");

        try (URLClassLoader loader = ShopFixture.loaderOver(classes)) {
            // Warehouse's static initialiser throws: scanning must not run it.
            assertThat(EntityScanner.using(loader).scan(List.of(classes), List.of()).entities()).hasSize(2);
        }
    }

    @Test
    void narrowsToTheConfiguredPackagesAndTheirSubPackages() {
        assertThat(names(ShopFixture.scan(NOTIFICATION).entities())).containsExactly(
                NOTIFICATION + ".EmailNotification", NOTIFICATION + ".Notification", NOTIFICATION + ".SmsNotification");
        assertThat(ShopFixture.scan(SHOP).entities()).hasSize(14);
        assertThat(ShopFixture.scan(SHOP + ", " + AUDIT).entities()).hasSize(15);
    }

    @Test
    void aPackageNameMatchesWholePackagesOnly() {
        Path classes = ShopFixture.testClasses();

        assertThatThrownBy(() -> ShopFixture.scan(ShopFixture.FIXTURE + ".sho"))
                .isInstanceOf(EntityModelException.class)
                .hasMessage("No JPA entities (@Entity classes) found in " + classes + ", searching packages "
                        + ShopFixture.FIXTURE + ".sho (from strata.entity-packages). Compile the module first"
                        + " (mvn compile) so that its classes exist, and check that strata.entity-packages (or the"
                        + " service's @EntityScan) names the packages of its @Entity classes.");
    }

    @Test
    void followsTheSpringBootApplicationsPackageLikeSpringBoot() throws IOException {
        Path classes = compile("inventory-service");

        try (URLClassLoader loader = ShopFixture.loaderOver(classes)) {
            ScannedEntities found = EntityScanner.using(loader).scan(List.of(classes), List.of());

            assertThat(names(found.entities()))
                    .containsExactly("com.acme.inventory.stock.StockItem", "com.acme.inventory.stock.Warehouse");
            assertThat(found.selection()).hasToString("packages com.acme.inventory"
                    + " (from @SpringBootApplication com.acme.inventory.InventoryApplication)");
        }
    }

    @Test
    void entityScanReplacesTheApplicationsPackage() throws IOException {
        Path classes = compile("billing-service");

        try (URLClassLoader loader = ShopFixture.loaderOver(classes)) {
            ScannedEntities found = EntityScanner.using(loader).scan(List.of(classes), List.of());

            assertThat(names(found.entities()))
                    .containsExactly("com.acme.billing.domain.Invoice", "com.acme.ledger.LedgerEntry");
            assertThat(found.selection()).isEqualTo(new PackageSelection(
                    List.of("com.acme.ledger", "com.acme.billing.domain"),
                    "@EntityScan on com.acme.billing.BillingApplication"));
        }
    }

    @Test
    void configuredPackagesWinOverEntityScan() throws IOException {
        Path classes = compile("billing-service");

        try (URLClassLoader loader = ShopFixture.loaderOver(classes)) {
            ScannedEntities found = EntityScanner.using(loader).scan(List.of(classes), List.of("com.acme.billing"));

            assertThat(names(found.entities()))
                    .containsExactly("com.acme.billing.domain.Invoice", "com.acme.billing.web.DraftInvoice");
        }
    }

    @Test
    void skipsClassesThatCannotBeLoadedAndNamesWhatIsMissing() throws IOException {
        Path classes = compile("orders-service");
        Files.delete(classes.resolve("com/acme/orders/Money.class"));
        Files.delete(classes.resolve("com/acme/base/BaseRecord.class"));

        try (URLClassLoader loader = ShopFixture.loaderOver(classes)) {
            ScannedEntities found = EntityScanner.using(loader).scan(List.of(classes), List.of());

            assertThat(names(found.entities())).containsExactly("com.acme.orders.CustomerOrder");
            assertThat(found.skipped()).containsExactly(
                    new SkippedClass("com.acme.orders.ArchivedOrder", "com.acme.base.BaseRecord",
                            "it needs com.acme.base.BaseRecord, which is not on the class path"),
                    new SkippedClass("com.acme.orders.Refund", "com.acme.orders.Money",
                            "it needs com.acme.orders.Money, which is not on the class path"));
            assertThat(found.skipped().get(1).message()).isEqualTo(
                    "Skipped entity class com.acme.orders.Refund: it needs com.acme.orders.Money, which is not on"
                            + " the class path");
        }
    }

    @Test
    void whenEveryEntityWasSkippedTheErrorSaysWhy() throws IOException {
        Path classes = compile("orders-service");
        Files.delete(classes.resolve("com/acme/orders/Money.class"));
        Files.delete(classes.resolve("com/acme/base/BaseRecord.class"));
        Files.delete(classes.resolve("com/acme/orders/CustomerOrder.class"));

        try (URLClassLoader loader = ShopFixture.loaderOver(classes)) {
            assertThatThrownBy(() -> EntityScanner.using(loader).scan(List.of(classes), List.of("com.acme.orders")))
                    .isInstanceOf(EntityModelException.class)
                    .hasMessage("No JPA entities (@Entity classes) found in " + classes + ", searching packages"
                            + " com.acme.orders (from strata.entity-packages). 2 annotated classes were left out:"
                            + " com.acme.orders.ArchivedOrder (it needs com.acme.base.BaseRecord, which is not on the"
                            + " class path); com.acme.orders.Refund (it needs com.acme.orders.Money, which is not on"
                            + " the class path). Compile the module first (mvn compile) so that its classes"
                            + " exist, and check that strata.entity-packages (or the service's @EntityScan) names"
                            + " the packages of its @Entity classes.");
        }
    }

    @Test
    void readsJarsWhereOnlyTheConfiguredPackagesCount() throws IOException {
        Path jar = jar(compile("inventory-service"), temp.resolve("inventory.jar"));

        try (URLClassLoader loader = ShopFixture.loaderOver(jar)) {
            EntityScanner scanner = EntityScanner.using(loader);

            // An application class in a dependency is not the module's own: it does not narrow the scan.
            assertThat(names(scanner.scan(List.of(jar), List.of()).entities())).containsExactly(
                    "com.acme.inventory.stock.StockItem", "com.acme.inventory.stock.Warehouse",
                    "com.acme.shared.LegacyRecord");
            assertThat(names(scanner.scan(List.of(jar), List.of("com.acme.shared")).entities()))
                    .containsExactly("com.acme.shared.LegacyRecord");
        }
    }

    @Test
    void aFileThatIsNotAClassFileDoesNotStopTheScan() throws IOException {
        Path classes = compile("inventory-service");
        Files.writeString(classes.resolve("com/acme/inventory/stock/Notes.class"), "not a class");

        try (URLClassLoader loader = ShopFixture.loaderOver(classes)) {
            assertThat(EntityScanner.using(loader).scan(List.of(classes), List.of()).entities()).hasSize(2);
        }
    }

    @Test
    void saysWhereItLookedWhenNothingIsFound() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty/target/classes"));
        Path missing = temp.resolve("never-compiled/target/classes");

        assertThatThrownBy(() -> EntityScanner.using(ShopFixture.loader()).scan(List.of(empty, missing), List.of()))
                .isInstanceOf(EntityModelException.class)
                .hasMessage("No JPA entities (@Entity classes) found in " + empty + ", " + missing
                        + " (does not exist), searching all packages. Compile the module first (mvn compile) so that"
                        + " its classes exist, and check that strata.entity-packages (or the service's @EntityScan)"
                        + " names the packages of its @Entity classes.");
    }

    private Path compile(String service) {
        return TestCompiler.compile(ShopFixture.sources(service), temp.resolve(service),
                Entity.class, SpringBootApplication.class, EntityScan.class);
    }

    private static Path jar(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    private static List<String> names(List<Class<?>> classes) {
        return classes.stream().map(Class::getName).toList();
    }
}
