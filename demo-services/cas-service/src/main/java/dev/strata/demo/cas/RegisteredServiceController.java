package dev.strata.demo.cas;

import jakarta.validation.Valid;
import java.net.URI;
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

/** {@code /services}: the applications that sign their users in through the authentication service. */
@RestController
@RequestMapping("/services")
public class RegisteredServiceController {

    private final RegisteredServiceRepository services;

    /**
      * Creates the controller.
      *
      * @param services the registered services
      */
    public RegisteredServiceController(RegisteredServiceRepository services) {
        this.services = services;
    }

    /**
      * Lists every registered service by name.
      *
      * @return the services
      */
    @GetMapping
    @Transactional(readOnly = true)
    public List<RegisteredServiceView> list() {
        return services.findAll(Sort.by("name")).stream().map(RegisteredServiceView::of).toList();
    }

    /**
      * Reads one registered service.
      *
      * @param id the service's id
      * @return the service
      * @throws ResponseStatusException 404 when there is no such service
      */
    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    public RegisteredServiceView get(@PathVariable long id) {
        return services.findById(id).map(RegisteredServiceView::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No registered service " + id));
    }

    /**
      * Registers a service.
      *
      * @param request the service's name and ticket URL
      * @return 201 with the service and its location
      * @throws ResponseStatusException 409 when the name is taken
      */
    @PostMapping
    @Transactional
    public ResponseEntity<RegisteredServiceView> create(@Valid @RequestBody NewRegisteredService request) {
        // Checked first for a clear answer; the unique constraint still decides between concurrent requests.
        if (services.existsByName(request.name())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "A service named " + request.name() + " exists");
        }
        RegisteredService saved = services.saveAndFlush(new RegisteredService(request.name(), request.serviceUrl()));
        return ResponseEntity.created(URI.create("/services/" + saved.getId())).body(RegisteredServiceView.of(saved));
    }
}
