package dev.strata.demo.document;

import java.time.Instant;
import java.util.List;

/**
  * A document as the API shows it.
  *
  * @param id the id
  * @param title the title
  * @param clientId the client's id in client-service
  * @param type the kind of document
  * @param status the status
  * @param createdAt when the document was filed
  * @param versions the versions of its file, oldest first
  */
public record DocumentView(Long id, String title, Long clientId, DocumentType type, DocumentStatus status,
        Instant createdAt, List<VersionView> versions) {

    /**
      * A version as the API shows it.
      *
      * @param versionNumber 1 for the first file
      * @param fileName the file's name
      * @param sizeBytes the file's size in bytes
      * @param sha256 the file's SHA-256
      * @param uploadedAt when the file was uploaded
      */
    public record VersionView(int versionNumber, String fileName, long sizeBytes, String sha256, Instant uploadedAt) {

        static VersionView of(DocumentVersion version) {
            return new VersionView(version.getVersionNumber(), version.getFileName(), version.getSizeBytes(),
                    version.getSha256(), version.getUploadedAt());
        }
    }

    static DocumentView of(Document document) {
        return new DocumentView(document.getId(), document.getTitle(), document.getClientId(), document.getType(),
                document.getStatus(), document.getCreatedAt(),
                document.getVersions().stream().map(VersionView::of).toList());
    }
}
