package com.acme.billing;

import com.acme.billing.domain.Invoice;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;

/** @EntityScan replaces Spring Boot's default packages: these two only, not com.acme.billing as a whole. */
@SpringBootApplication
@EntityScan(basePackageClasses = Invoice.class, basePackages = "com.acme.ledger")
public class BillingApplication {
}
