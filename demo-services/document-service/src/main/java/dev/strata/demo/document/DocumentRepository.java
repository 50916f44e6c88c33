package dev.strata.demo.document;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Documents, loaded with their versions in one query (no lazy loading outside a transaction). */
public interface DocumentRepository extends JpaRepository<Document, Long> {

    @Override
    @EntityGraph(attributePaths = "versions")
    List<Document> findAll(Sort sort);

    @Override
    @EntityGraph(attributePaths = "versions")
    Optional<Document> findById(Long id);

    /**
      * A client's documents, newest first; served by the index ix_documents_client_id_created_at.
      *
      * @param clientId the client's id in client-service
      * @return the documents with their versions
      */
    @EntityGraph(attributePaths = "versions")
    List<Document> findByClientIdOrderByCreatedAtDescIdDesc(Long clientId);
}
