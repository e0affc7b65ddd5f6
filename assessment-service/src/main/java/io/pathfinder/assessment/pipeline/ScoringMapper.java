package io.pathfinder.assessment.pipeline;

import io.pathfinder.assessment.scoring.Answers;
import io.pathfinder.contracts.model.Constraints;
import io.pathfinder.contracts.model.FactorContribution;
import io.pathfinder.contracts.model.OptionRanking;
import io.pathfinder.contracts.model.PainPoint;
import io.pathfinder.contracts.model.QuestionnaireAnswers;
import io.pathfinder.contracts.model.Reason;
import io.pathfinder.contracts.model.Recommendation;
import io.pathfinder.contracts.model.ScoringResult;
import io.pathfinder.contracts.model.SkillGap;
import io.pathfinder.contracts.model.Specialisation;
import java.util.stream.Collectors;

/** Between the contract's models and the scoring engine's plain records. */
public final class ScoringMapper {

    private ScoringMapper() {
    }

    public static Answers toEngine(QuestionnaireAnswers answers) {
        Constraints constraints = answers.getConstraints();
        return new Answers(
                answers.getCurrentRole(),
                answers.getSkills(),
                answers.getEnjoyment(),
                answers.getPainPoints().stream().map(PainPoint::toString).collect(Collectors.toSet()),
                answers.getPriorities(),
                new Answers.Constraints(
                        constraints.getMonthsToUpskill(),
                        constraints.getOpenToChangingCompany(),
                        constraints.getOpenToManagingPeople(),
                        constraints.getRiskTolerance().toString(),
                        constraints.getInternalMoveAvailable(),
                        constraints.getMayReturnToDataScience()),
                answers.getSpecialisationInterests().stream().map(Specialisation::toString).collect(Collectors.toSet()));
    }

    static ScoringResult toContract(String catalog, io.pathfinder.assessment.scoring.ScoringResult result) {
        return new ScoringResult()
                .modelVersion(result.modelVersion())
                .catalog(catalog)
                .catalogVersion(result.catalogueVersion())
                .recommendations(result.recommendations().stream().map(ScoringMapper::toContract).toList())
                .options(result.options().stream()
                        .map(o -> new OptionRanking().rank(o.rank()).option(o.option()).bestPath(o.bestPath())
                                .bestScore(o.score()))
                        .toList());
    }

    public static Recommendation toContract(io.pathfinder.assessment.scoring.Recommendation r) {
        return new Recommendation()
                .rank(r.rank())
                .path(r.path())
                .option(r.option())
                .targetRole(r.targetRole())
                .targetTitle(r.targetTitle())
                .score(r.score())
                .rationale(r.rationale())
                .factors(r.factors().stream().map(ScoringMapper::toContract).toList())
                .skillGaps(r.skillGaps().stream().map(ScoringMapper::toContract).toList())
                .learnFirst(r.learnFirst())
                .transferableSkills(r.transferableSkills())
                .nextSteps(r.nextSteps());
    }

    private static FactorContribution toContract(io.pathfinder.assessment.scoring.FactorContribution f) {
        return new FactorContribution()
                .factor(FactorContribution.FactorEnum.fromValue(f.factor()))
                .weight(f.weight())
                .fit(f.fit())
                .points(f.points())
                .reasons(f.reasons().stream()
                        .map(reason -> new Reason().answer(reason.answer()).points(reason.points()).text(reason.text()))
                        .toList());
    }

    private static SkillGap toContract(io.pathfinder.assessment.scoring.SkillGap g) {
        return new SkillGap()
                .skill(g.skill())
                .name(g.name())
                .currentLevel(g.currentLevel())
                .requiredLevel(g.requiredLevel())
                .importance(g.importance())
                .scoreGain(g.scoreGain())
                .monthsToClose(g.monthsToClose())
                .gainPerMonth(g.gainPerMonth());
    }
}
