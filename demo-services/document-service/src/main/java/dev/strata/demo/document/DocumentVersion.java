package dev.strata.demo.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** One uploaded file of a document; versions are numbered 1, 2, ... per document. */
@Entity
// The unique key also serves as the index PostgreSQL does not create for the foreign key by itself.
@Table(name = "document_versions", uniqueConstraints = @UniqueConstraint(
        name = "uq_document_versions_document_id_version_number", columnNames = {"document_id", "version_number"}))
public class DocumentVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", foreignKey = @ForeignKey(name = "fk_document_versions_document_id"))
    private Document document;

    @Min(1)
    private int versionNumber;

    @NotBlank
    @Size(max = 255)
    private String fileName;

    @Min(0)
    private long sizeBytes;

    /** Lets a reader check that the file in storage is the one that was filed. */
    @NotNull
    @Size(min = 64, max = 64)
    @Column(length = 64)
    private String sha256;

    @NotNull
    private Instant uploadedAt;

    /** For JPA. */
    protected DocumentVersion() {
    }

    DocumentVersion(Document document, int versionNumber, String fileName, long sizeBytes, String sha256,
            Instant uploadedAt) {
        this.document = document;
        this.versionNumber = versionNumber;
        this.fileName = fileName;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedAt = uploadedAt;
    }

    /** @return the id, null until saved */
    public Long getId() {
        return id;
    }

    /** @return the version number, 1 for the first file */
    public int getVersionNumber() {
        return versionNumber;
    }

    /** @return the file's name */
    public String getFileName() {
        return fileName;
    }

    /** @return the file's size in bytes */
    public long getSizeBytes() {
        return sizeBytes;
    }

    /** @return the file's SHA-256, 64 lower-case hex digits */
    public String getSha256() {
        return sha256;
    }

    /** @return when the file was uploaded */
    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
