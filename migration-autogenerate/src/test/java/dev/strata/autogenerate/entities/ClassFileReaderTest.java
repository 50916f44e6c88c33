package dev.strata.autogenerate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.autogenerate.entities.fixture.shop.Customer;
import dev.strata.autogenerate.entities.fixture.shop.Payment;
import dev.strata.autogenerate.entities.fixture.shop.PurchaseOrder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassFileReaderTest {

    @Test
    void readsTheClassNameAndItsAnnotationsWithTheirValues() throws IOException {
        ClassFileSummary customer = ClassFileReader.read(bytes(Customer.class));

        assertThat(customer.className()).isEqualTo(Customer.class.getName());
        assertThat(customer.packageName()).isEqualTo(ShopFixture.SHOP);
        assertThat(customer.packageInfo()).isFalse();
        // @SuppressWarnings is not kept in class files; the runtime annotations are.
        assertThat(customer.annotations()).containsOnlyKeys("jakarta.persistence.Entity",
                "org.hibernate.annotations.Comment");
        assertThat(customer.strings("org.hibernate.annotations.Comment", "value"))
                .containsExactly("People and companies who buy from the shop");
    }

    @Test
    void enumConstantsAreNamedAndNestedAnnotationsLeftOut() throws IOException {
        ClassFileSummary payment = ClassFileReader.read(bytes(Payment.class));
        ClassFileSummary order = ClassFileReader.read(bytes(PurchaseOrder.class));

        assertThat(payment.annotations().get("jakarta.persistence.Inheritance"))
                .isEqualTo(Map.of("strategy", "jakarta.persistence.InheritanceType.SINGLE_TABLE"));
        assertThat(payment.annotations().get("jakarta.persistence.DiscriminatorColumn"))
                .isEqualTo(Map.of("name", "payment_type", "length", 16));
        assertThat(order.annotations().get("jakarta.persistence.Table"))
                .isEqualTo(Map.of("indexes", List.of(), "uniqueConstraints", List.of()));
    }

    @Test
    void aPackageInfoIsRecognised() throws IOException {
        ClassFileSummary notifications = ClassFileReader.read(bytes(ShopFixture.NOTIFICATION + ".package-info"));

        assertThat(notifications.packageInfo()).isTrue();
        assertThat(notifications.packageName()).isEqualTo(ShopFixture.NOTIFICATION);
        assertThat(notifications.has("jakarta.persistence.SequenceGenerator")).isTrue();
    }

    @Test
    void refusesBytesThatAreNoClassFile() {
        assertThatThrownBy(() -> ClassFileReader.read("not a class".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IOException.class)
                .hasMessage("not a class file (bad magic number)");
    }

    private static byte[] bytes(Class<?> type) throws IOException {
        return bytes(type.getName());
    }

    private static byte[] bytes(String className) throws IOException {
        try (InputStream in = ClassFileReaderTest.class.getResourceAsStream(
                "/" + className.replace('.', '/') + ".class")) {
            return in.readAllBytes();
        }
    }
}
