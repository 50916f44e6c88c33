package dev.strata.demo.relationship;

import org.springframework.data.jpa.repository.JpaRepository;

/** Parties. */
public interface PartyRepository extends JpaRepository<Party, Long> {
}
