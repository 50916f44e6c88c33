package dev.strata.demo.document;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A document kept for a client: a title, a kind, and the versions of its file. */
@Entity
// A client's documents, newest first, is the lookup the service answers most (GET /documents?clientId=).
@Table(name = "documents",
        indexes = @Index(name = "ix_documents_client_id_created_at", columnList = "client_id, created_at"))
public class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 200)
    private String title;

    /** The client's id in client-service; a plain id, since that table lives in another database. */
    @NotNull
    private Long clientId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private DocumentType type;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private DocumentStatus status;

    @NotNull
    private Instant createdAt;

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("versionNumber")
    private List<DocumentVersion> versions = new ArrayList<>();

    /** For JPA. */
    protected Document() {
    }

    /**
      * Creates an active document without versions.
      *
      * @param title the title
      * @param clientId the client's id in client-service
      * @param type the kind of document
      * @param createdAt when the document was filed
      */
    public Document(String title, Long clientId, DocumentType type, Instant createdAt) {
        this.title = title;
        this.clientId = clientId;
        this.type = type;
        this.status = DocumentStatus.ACTIVE;
        this.createdAt = createdAt;
    }

    /**
      * Adds the next version of the file, numbered one above the latest.
      *
      * @param fileName the file's name
      * @param sizeBytes the file's size in bytes
      * @param sha256 the file's SHA-256, 64 hex digits
      * @param uploadedAt when the file was uploaded
      * @return the new version
      */
    public DocumentVersion addVersion(String fileName, long sizeBytes, String sha256, Instant uploadedAt) {
        // Two uploads racing for the same number fail on the unique key instead of both winning.
        DocumentVersion version =
                new DocumentVersion(this, versions.size() + 1, fileName, sizeBytes, sha256, uploadedAt);
        versions.add(version);
        return version;
    }

    /** @return the id, null until saved */
    public Long getId() {
        return id;
    }

    /** @return the title */
    public String getTitle() {
        return title;
    }

    /** @return the client's id in client-service */
    public Long getClientId() {
        return clientId;
    }

    /** @return the kind of document */
    public DocumentType getType() {
        return type;
    }

    /** @return the status */
    public DocumentStatus getStatus() {
        return status;
    }

    /** @return when the document was filed */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /** @return the versions, oldest first */
    public List<DocumentVersion> getVersions() {
        return Collections.unmodifiableList(versions);
    }
}
