package dev.strata.demo.document;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
  * The body of {@code POST /documents}: a document and its first file.
  *
  * @param title the title
  * @param clientId the client's id in client-service
  * @param type the kind of document
  * @param file the first version of the file
  */
public record NewDocument(
        @NotBlank @Size(max = 200) String title,
        @NotNull @Positive Long clientId,
        @NotNull DocumentType type,
        @NotNull @Valid NewVersion file) {

    /**
      * A file uploaded for a document: the body of {@code POST /documents/{id}/versions}.
      *
      * @param fileName the file's name
      * @param sizeBytes the file's size in bytes
      * @param sha256 the file's SHA-256, 64 lower-case hex digits
      */
    public record NewVersion(
            @NotBlank @Size(max = 255) String fileName,
            @NotNull @Min(0) Long sizeBytes,
            @NotNull @Pattern(regexp = "[0-9a-f]{64}") String sha256) {
    }
}
