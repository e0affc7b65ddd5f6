package io.pathfinder.assessment.insight.service;

import io.pathfinder.assessment.config.InsightConfig;
import io.pathfinder.assessment.insight.repository.CohortStore.Bucket;
import io.pathfinder.assessment.insight.repository.CohortStore.Cohort;
import io.pathfinder.assessment.insight.repository.CohortStore.Count;
import io.pathfinder.assessment.insight.repository.CohortStore.Gap;
import io.pathfinder.assessment.insight.repository.CohortStore.Person;
import io.pathfinder.assessment.insight.repository.CohortStore;
import io.pathfinder.contracts.model.CohortBucket;
import io.pathfinder.contracts.model.CohortInsight;
import io.pathfinder.contracts.model.CohortSkillGap;
import io.pathfinder.contracts.model.InternalMoveCounts;
import io.pathfinder.contracts.model.OptionRanking;
import io.pathfinder.contracts.model.Recommendation;
import io.pathfinder.contracts.model.RecommendationsScored;
import io.pathfinder.contracts.model.ScoreBand;
import io.pathfinder.contracts.model.ScoringResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

/** Keeps the cohort insight from the published results and answers it, k-anonymously. */
@ApplicationScoped
public class CohortService {

    static final int MAX_SKILL_GAPS = 50;

    private final CohortStore store;
    private final InsightConfig config;

    public CohortService(CohortStore store, InsightConfig config) {
        this.store = store;
        this.config = config;
    }

    /**
     * Keeps (or, replayed, keeps again) what the top recommendation of an event's result, opened, was.
     *
     * @return false when nothing was kept: the result recommends nothing, or its assessment is erased
     */
    @Transactional
    public boolean materialise(RecommendationsScored event, ScoringResult result) {
        List<Recommendation> recommendations = result.getRecommendations();
        List<OptionRanking> options = result.getOptions();
        if (recommendations.isEmpty() || options.isEmpty()) {
            return false;
        }
        Recommendation top = recommendations.stream().min(Comparator.comparing(Recommendation::getRank)).orElseThrow();
        OptionRanking topOption = options.stream().min(Comparator.comparing(OptionRanking::getRank)).orElseThrow();
        return store.upsert(new Person(event.getAssessmentId(), event.getTenant(), event.getScoredAt(),
                Window.monday(event.getScoredAt()), topOption.getOption(), top.getTargetRole(), top.getScore(),
                top.getSkillGaps().stream().map(gap -> new Gap(gap.getSkill(), gap.getScoreGain())).toList()));
    }

    public CohortInsight insight(String tenant, OffsetDateTime from, OffsetDateTime to, String currentRole) {
        Window window = Window.ofWeeks(from, to, OffsetDateTime.now());
        Cohort cohort = new Cohort(tenant, window.fromMonday(), window.toMonday(), currentRole, config.minimumGroup());
        long[] internalMoves = store.internalMove(cohort);
        InternalMoveCounts internalMove = new InternalMoveCounts()
                .available(internalMoves[0] == 0 ? null : internalMoves[0])
                .unavailable(internalMoves[1] == 0 ? null : internalMoves[1]);
        return new CohortInsight()
                .from(window.from())
                .to(window.to())
                .currentRole(currentRole)
                .minimumBucket(config.minimumGroup())
                .people(store.people(cohort))
                .topOptions(buckets(store.byBucket(cohort, Bucket.TOP_OPTION)))
                .topTargetRoles(buckets(store.byBucket(cohort, Bucket.TOP_TARGET_ROLE)))
                .skillGaps(store.gaps(cohort, MAX_SKILL_GAPS).stream()
                        .map(count -> new CohortSkillGap().skill(count.key()).people(count.people())
                                .meanScoreGain(Math.round(count.sum() / count.people() * 100) / 100.0))
                        .toList())
                .scoreDistribution(store.byBucket(cohort, Bucket.SCORE_BAND).stream()
                        .map(count -> {
                            int band = Integer.parseInt(count.key());
                            return new ScoreBand().from(band).to(band + 10).people(count.people());
                        })
                        .sorted(Comparator.comparing(ScoreBand::getFrom))
                        .toList())
                .internalMove(internalMove);
    }

    private static List<CohortBucket> buckets(List<Count> counts) {
        return counts.stream().map(count -> new CohortBucket().key(count.key()).people(count.people())).toList();
    }
}
