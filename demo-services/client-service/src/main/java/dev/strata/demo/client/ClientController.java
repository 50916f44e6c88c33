package dev.strata.demo.client;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /clients}: list, read and register clients. */
@RestController
@RequestMapping("/clients")
public class ClientController {

    private final ClientRepository clients;

    /**
      * Creates the controller.
      *
      * @param clients the clients
      */
    public ClientController(ClientRepository clients) {
        this.clients = clients;
    }

    /**
      * Lists every client, oldest first.
      *
      * @return the clients with their addresses
      */
    @GetMapping
    @Transactional(readOnly = true)
    public List<ClientView> list() {
        return clients.findAll(Sort.by("id")).stream().map(ClientView::of).toList();
    }

    /**
      * Reads one client.
      *
      * @param id the client's id
      * @return the client with its addresses
      * @throws ResponseStatusException 404 when there is no such client
      */
    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    public ClientView get(@PathVariable long id) {
        return clients.findById(id).map(ClientView::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No client " + id));
    }

    /**
      * Registers a client, active from now.
      *
      * @param request the client's name, email and addresses
      * @return 201 with the client and its location
      */
    @PostMapping
    @Transactional
    public ResponseEntity<ClientView> create(@Valid @RequestBody NewClient request) {
        Client client = new Client(request.fullName(), request.email(), Instant.now());
        request.addresses().forEach(a -> client.addAddress(new Address(a.street(), a.city(), a.postalCode(), a.country())));
        ClientView saved = ClientView.of(clients.saveAndFlush(client));
        return ResponseEntity.created(URI.create("/clients/" + saved.id())).body(saved);
    }
}
