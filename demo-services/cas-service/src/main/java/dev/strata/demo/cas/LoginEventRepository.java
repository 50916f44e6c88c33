package dev.strata.demo.cas;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Login events, loaded with their service in one query (no lazy loading outside a transaction). */
public interface LoginEventRepository extends JpaRepository<LoginEvent, Long> {

    @Override
    @EntityGraph(attributePaths = "service")
    Optional<LoginEvent> findById(Long id);

    /**
      * The latest attempts for one user name, newest first; served by the (principal, occurred_at) index.
      *
      * @param principal the user name
      * @param limit how many at most
      * @return the attempts
      */
    @EntityGraph(attributePaths = "service")
    List<LoginEvent> findByPrincipalOrderByOccurredAtDescIdDesc(String principal, Limit limit);

    /**
      * Counts the attempts of a period by outcome; served by the occurred_at index.
      *
      * @param from the start, inclusive
      * @param to the end, exclusive
      * @return one count per outcome that occurred; outcomes without attempts are missing
      */
    @Query("""
            select new dev.strata.demo.cas.OutcomeCount(e.outcome, count(e), count(distinct e.principal))
            from LoginEvent e
            where e.occurredAt >= :from and e.occurredAt < :to
            group by e.outcome""")
    List<OutcomeCount> countByOutcome(Instant from, Instant to);
}
