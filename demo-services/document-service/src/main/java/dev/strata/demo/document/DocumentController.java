package dev.strata.demo.document;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /documents}: list a client's documents, read one, file one, and upload new versions. */
@RestController
@RequestMapping("/documents")
public class DocumentController {

    private final DocumentRepository documents;

    /**
      * Creates the controller.
      *
      * @param documents the documents
      */
    public DocumentController(DocumentRepository documents) {
        this.documents = documents;
    }

    /**
      * Lists a client's documents newest first, or every document oldest first when no client is given.
      *
      * @param clientId the client's id in client-service, optional
      * @return the documents with their versions
      */
    @GetMapping
    @Transactional(readOnly = true)
    public List<DocumentView> list(@RequestParam(required = false) Long clientId) {
        List<Document> found = clientId == null
                ? documents.findAll(Sort.by("id"))
                : documents.findByClientIdOrderByCreatedAtDescIdDesc(clientId);
        return found.stream().map(DocumentView::of).toList();
    }

    /**
      * Reads one document.
      *
      * @param id the document's id
      * @return the document with its versions
      * @throws ResponseStatusException 404 when there is no such document
      */
    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    public DocumentView get(@PathVariable long id) {
        return DocumentView.of(find(id));
    }

    /**
      * Files a document for a client with its first version.
      *
      * @param request title, client, type and the first file
      * @return 201 with the document and its location
      */
    @PostMapping
    @Transactional
    public ResponseEntity<DocumentView> create(@Valid @RequestBody NewDocument request) {
        Instant now = now();
        Document document = new Document(request.title(), request.clientId(), request.type(), now);
        NewDocument.NewVersion file = request.file();
        document.addVersion(file.fileName(), file.sizeBytes(), file.sha256(), now);
        DocumentView saved = DocumentView.of(documents.saveAndFlush(document));
        return ResponseEntity.created(URI.create("/documents/" + saved.id())).body(saved);
    }

    /**
      * Uploads the next version of a document's file.
      *
      * @param id the document's id
      * @param file the new file
      * @return 201 with the document and all its versions
      * @throws ResponseStatusException 404 when there is no such document
      */
    @PostMapping("/{id}/versions")
    @Transactional
    public ResponseEntity<DocumentView> addVersion(
            @PathVariable long id, @Valid @RequestBody NewDocument.NewVersion file) {
        Document document = find(id);
        document.addVersion(file.fileName(), file.sizeBytes(), file.sha256(), now());
        DocumentView saved = DocumentView.of(documents.saveAndFlush(document));
        return ResponseEntity.created(URI.create("/documents/" + id)).body(saved);
    }

    /** Microseconds, as PostgreSQL stores them, so the answer to a POST shows what a later GET reads. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private Document find(long id) {
        return documents.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No document " + id));
    }
}
