package dev.strata.demo.relationship;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Relationships, loaded with both parties in one query (no lazy loading outside a transaction). */
public interface RelationshipRepository extends JpaRepository<Relationship, Long> {

    @Override
    @EntityGraph(attributePaths = {"fromParty", "toParty"})
    Optional<Relationship> findById(Long id);

    /**
      * Every relationship a party stands in, at either end; the unique key's index and
      * {@code ix_relationships_to_party_id} serve the two sides.
      *
      * @param partyId the party's id
      * @return its relationships, oldest first
      */
    @EntityGraph(attributePaths = {"fromParty", "toParty"})
    @Query("SELECT r FROM Relationship r WHERE r.fromParty.id = :partyId OR r.toParty.id = :partyId ORDER BY r.id")
    List<Relationship> findByParty(@Param("partyId") long partyId);

    /**
      * Whether this fact is already recorded.
      *
      * @param fromPartyId the from-party's id
      * @param toPartyId the to-party's id
      * @param type the role
      * @return true when the unique key would refuse it
      */
    boolean existsByFromPartyIdAndToPartyIdAndType(long fromPartyId, long toPartyId, RelationshipType type);
}
