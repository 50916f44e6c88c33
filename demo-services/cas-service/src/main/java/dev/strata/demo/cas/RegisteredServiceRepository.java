package dev.strata.demo.cas;

import org.springframework.data.jpa.repository.JpaRepository;

/** The applications registered with the authentication service. */
public interface RegisteredServiceRepository extends JpaRepository<RegisteredService, Long> {

    /**
      * Tells whether a name is taken.
      *
      * @param name a service name
      * @return whether a service has that name
      */
    boolean existsByName(String name);
}
