package dev.strata.autogenerate.entities;

import org.springframework.boot.hibernate.SpringImplicitNamingStrategy;

/**
 * Spring Boot's implicit naming strategy under a name the settings do not swap for the reproduction, so that a
 * test can hold the two against each other.
 */
public class RealSpringImplicitNamingStrategy extends SpringImplicitNamingStrategy {
}
