package dev.strata.demo.relationship;

import java.time.LocalDate;

/**
  * A relationship as the API shows it.
  *
  * @param id the id
  * @param fromParty the party that holds the role
  * @param toParty the party the role is held towards
  * @param type the role
  * @param since the first day the relationship held
  * @param notes the adviser's notes, null when there are none
  * @param endedOn the day the relationship stopped holding, null while it holds
  */
public record RelationshipView(
        Long id, PartyView fromParty, PartyView toParty, RelationshipType type, LocalDate since, String notes,
        LocalDate endedOn) {

    static RelationshipView of(Relationship relationship) {
        return new RelationshipView(relationship.getId(), PartyView.of(relationship.getFromParty()),
                PartyView.of(relationship.getToParty()), relationship.getType(), relationship.getSince(),
                relationship.getNotes(), relationship.getEndedOn());
    }
}
