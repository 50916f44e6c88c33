package dev.strata.demo.relationship;

import java.time.Instant;

/**
  * A party as the API shows it.
  *
  * @param id the id
  * @param displayName the name shown for the party
  * @param kind person or organisation
  * @param createdAt when the party was recorded
  * @param verifiedAt when the party's identity was checked, null until it is
  * @param verifiedBy who checked it, null until someone does
  */
public record PartyView(
        Long id, String displayName, PartyKind kind, Instant createdAt, Instant verifiedAt, String verifiedBy) {

    static PartyView of(Party party) {
        return new PartyView(party.getId(), party.getDisplayName(), party.getKind(), party.getCreatedAt(),
                party.getVerifiedAt(), party.getVerifiedBy());
    }
}
