package dev.strata.demo.cas;

/**
  * How many attempts of a period ended one way, and for how many accounts.
  *
  * @param outcome how the attempts ended
  * @param logins the number of attempts
  * @param principals the number of distinct user names among them
  */
public record OutcomeCount(AuthOutcome outcome, long logins, long principals) {
}
