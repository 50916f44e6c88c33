package dev.strata.demo.riskprofile;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
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

/** {@code /risk-profiles}: list and read clients' risk profiles, and record the questionnaires that set them. */
@RestController
@RequestMapping("/risk-profiles")
public class RiskProfileController {

    private final RiskProfileRepository profiles;

    /**
      * Creates the controller.
      *
      * @param profiles the risk profiles
      */
    public RiskProfileController(RiskProfileRepository profiles) {
        this.profiles = profiles;
    }

    /**
      * Lists the profiles, all or those at one level.
      *
      * @param level only this level, when given
      * @return the profiles, by client
      */
    @GetMapping
    @Transactional(readOnly = true)
    public List<RiskProfileView> list(@RequestParam(required = false) RiskLevel level) {
        List<RiskProfile> found = level == null ? profiles.findAll(Sort.by("clientId"))
                : profiles.findByRiskLevelOrderByClientId(level);
        return found.stream().map(RiskProfileView::of).toList();
    }

    /**
      * The review queue: the profiles at a level whose next review falls on or before a day.
      *
      * @param level the level
      * @param by the last day to include (ISO, {@code 2027-01-31})
      * @return those profiles, soonest due first
      */
    @GetMapping("/due")
    @Transactional(readOnly = true)
    public List<RiskProfileView> due(@RequestParam RiskLevel level,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate by) {
        return profiles.findByRiskLevelAndNextReviewOnLessThanEqualOrderByNextReviewOnAscClientIdAsc(level, by).stream()
                .map(RiskProfileView::of).toList();
    }

    /**
      * Reads the profile of a client.
      *
      * @param clientId the client
      * @return the profile with its assessments
      * @throws ResponseStatusException 404 when the client was never assessed
      */
    @GetMapping("/{clientId}")
    @Transactional(readOnly = true)
    public RiskProfileView get(@PathVariable long clientId) {
        return profiles.findByClientId(clientId).map(RiskProfileView::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No risk profile for client "
                        + clientId));
    }

    /**
      * Scores a completed questionnaire and makes it the client's profile, creating the profile on the first one.
      *
      * @param clientId the client
      * @param request the questionnaire and its answers
      * @return 201 with the profile and its location
      */
    @PostMapping("/{clientId}/assessments")
    @Transactional
    public ResponseEntity<RiskProfileView> assess(@PathVariable long clientId,
            @Valid @RequestBody NewAssessment request) {
        RiskAssessment assessment = new RiskAssessment(request.questionnaire(),
                request.answers().stream().map(a -> new Answer(a.questionCode(), a.points())).toList(), Instant.now());
        RiskProfile profile = profiles.findByClientId(clientId).orElse(null);
        if (profile == null) {
            profile = new RiskProfile(clientId, assessment);
        } else {
            profile.record(assessment);
        }
        RiskProfileView saved = RiskProfileView.of(profiles.saveAndFlush(profile));
        return ResponseEntity.created(URI.create("/risk-profiles/" + clientId)).body(saved);
    }
}
