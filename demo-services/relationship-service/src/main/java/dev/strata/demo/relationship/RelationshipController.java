package dev.strata.demo.relationship;

import jakarta.validation.Valid;
import java.net.URI;
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

/** {@code /relationships}: read and record relationships between parties. */
@RestController
@RequestMapping("/relationships")
public class RelationshipController {

    private final PartyRepository parties;
    private final RelationshipRepository relationships;

    /**
      * Creates the controller.
      *
      * @param parties the parties
      * @param relationships the relationships
      */
    public RelationshipController(PartyRepository parties, RelationshipRepository relationships) {
        this.parties = parties;
        this.relationships = relationships;
    }

    /**
      * Reads one relationship.
      *
      * @param id the relationship's id
      * @return the relationship with both parties
      * @throws ResponseStatusException 404 when there is no such relationship
      */
    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    public RelationshipView get(@PathVariable long id) {
        return RelationshipView.of(find(id));
    }

    /**
      * Records a relationship between two existing parties.
      *
      * @param request the parties, the role and since when
      * @return 201 with the relationship and its location
      * @throws ResponseStatusException 400 when both ends are one party or a party does not exist, 409 when the
      *     same relationship is already recorded
      */
    @PostMapping
    @Transactional
    public ResponseEntity<RelationshipView> create(@Valid @RequestBody NewRelationship request) {
        // Answered here as 400/409 rather than left to the check and the unique key, which would surface as 500.
        if (request.fromPartyId().equals(request.toPartyId())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A party cannot be related to itself");
        }
        if (relationships.existsByFromPartyIdAndToPartyIdAndType(request.fromPartyId(), request.toPartyId(),
                request.type())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "This relationship is already recorded");
        }
        Relationship relationship = new Relationship(party(request.fromPartyId()), party(request.toPartyId()),
                request.type(), request.since(), request.notes());
        RelationshipView saved = RelationshipView.of(relationships.saveAndFlush(relationship));
        return ResponseEntity.created(URI.create("/relationships/" + saved.id())).body(saved);
    }

    /**
      * Records the day a relationship stopped holding; asked again, it corrects the day.
      *
      * @param id the relationship's id
      * @param request the day it ended
      * @return the relationship, ended
      * @throws ResponseStatusException 404 when there is no such relationship, 400 when the day is missing, in
      *     the future or before the relationship began
      */
    @PostMapping("/{id}/end")
    @Transactional
    public RelationshipView end(@PathVariable long id, @Valid @RequestBody RelationshipEnd request) {
        Relationship relationship = find(id);
        try {
            // The entity holds the rule, so every writer keeps it; here its refusal becomes the client's 400.
            relationship.end(request.endedOn());
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        return RelationshipView.of(relationships.saveAndFlush(relationship));
    }

    private Relationship find(long id) {
        return relationships.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No relationship " + id));
    }

    private Party party(long id) {
        return parties.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "No party " + id));
    }
}
