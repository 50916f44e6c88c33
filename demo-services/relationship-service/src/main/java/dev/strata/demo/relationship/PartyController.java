package dev.strata.demo.relationship;

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

/** {@code /parties}: list, read and record parties, and the relationships each stands in. */
@RestController
@RequestMapping("/parties")
public class PartyController {

    private final PartyRepository parties;
    private final RelationshipRepository relationships;

    /**
      * Creates the controller.
      *
      * @param parties the parties
      * @param relationships the relationships
      */
    public PartyController(PartyRepository parties, RelationshipRepository relationships) {
        this.parties = parties;
        this.relationships = relationships;
    }

    /**
      * Lists every party, oldest first.
      *
      * @return the parties
      */
    @GetMapping
    @Transactional(readOnly = true)
    public List<PartyView> list() {
        return parties.findAll(Sort.by("id")).stream().map(PartyView::of).toList();
    }

    /**
      * Reads one party.
      *
      * @param id the party's id
      * @return the party
      * @throws ResponseStatusException 404 when there is no such party
      */
    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    public PartyView get(@PathVariable long id) {
        return PartyView.of(find(id));
    }

    /**
      * Lists the relationships a party stands in, at either end.
      *
      * @param id the party's id
      * @return its relationships, oldest first
      * @throws ResponseStatusException 404 when there is no such party
      */
    @GetMapping("/{id}/relationships")
    @Transactional(readOnly = true)
    public List<RelationshipView> relationships(@PathVariable long id) {
        find(id);
        return relationships.findByParty(id).stream().map(RelationshipView::of).toList();
    }

    /**
      * Records a party.
      *
      * @param request the party's name and kind
      * @return 201 with the party and its location
      */
    @PostMapping
    @Transactional
    public ResponseEntity<PartyView> create(@Valid @RequestBody NewParty request) {
        PartyView saved = PartyView.of(parties.saveAndFlush(new Party(request.displayName(), request.kind(),
                Instant.now())));
        return ResponseEntity.created(URI.create("/parties/" + saved.id())).body(saved);
    }

    /**
      * Records that a party's identity was checked, now.
      *
      * @param id the party's id
      * @param request who checked it
      * @return the party, verified
      * @throws ResponseStatusException 404 when there is no such party
      */
    @PostMapping("/{id}/verification")
    @Transactional
    public PartyView verify(@PathVariable long id, @Valid @RequestBody Verification request) {
        Party party = find(id);
        party.verify(request.verifiedBy(), Instant.now());
        return PartyView.of(parties.saveAndFlush(party));
    }

    private Party find(long id) {
        return parties.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No party " + id));
    }
}
