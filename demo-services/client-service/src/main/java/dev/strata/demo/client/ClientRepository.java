package dev.strata.demo.client;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Clients, loaded with their addresses in one query (no lazy loading outside a transaction). */
public interface ClientRepository extends JpaRepository<Client, Long> {

    @Override
    @EntityGraph(attributePaths = "addresses")
    List<Client> findAll(Sort sort);

    @Override
    @EntityGraph(attributePaths = "addresses")
    Optional<Client> findById(Long id);
}
