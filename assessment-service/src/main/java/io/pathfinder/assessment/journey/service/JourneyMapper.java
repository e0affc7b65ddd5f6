package io.pathfinder.assessment.journey.service;

import io.pathfinder.assessment.pipeline.ScoringMapper;
import io.pathfinder.assessment.scoring.LearningPlan;
import io.pathfinder.assessment.scoring.RoutePlan;
import io.pathfinder.assessment.scoring.WhatIf;
import io.pathfinder.contracts.model.AnswerChange;
import io.pathfinder.contracts.model.CarriedSkill;
import io.pathfinder.contracts.model.ConstraintChanges;
import io.pathfinder.contracts.model.FactorChange;
import io.pathfinder.contracts.model.LearningStage;
import io.pathfinder.contracts.model.LearningStep;
import io.pathfinder.contracts.model.OptionChange;
import io.pathfinder.contracts.model.PathChange;
import io.pathfinder.contracts.model.Risk;
import io.pathfinder.contracts.model.Route;
import io.pathfinder.contracts.model.RouteSearch;
import io.pathfinder.contracts.model.RouteStep;
import io.pathfinder.contracts.model.WhatIfChanges;
import io.pathfinder.contracts.model.WhatIfResult;
import java.util.UUID;

/** Between the contract's models and the planners' plain records. */
public final class JourneyMapper {

    private JourneyMapper() {
    }

    public static WhatIf.Changes toEngine(WhatIfChanges changes) {
        ConstraintChanges c = changes.getConstraints();
        return new WhatIf.Changes(changes.getSkills(), changes.getPriorities(), c == null ? null
                : new WhatIf.ConstraintChanges(c.getMonthsToUpskill(), c.getOpenToChangingCompany(),
                        c.getOpenToManagingPeople(), c.getRiskTolerance() == null ? null : c.getRiskTolerance().toString(),
                        c.getInternalMoveAvailable(), c.getMayReturnToDataScience()));
    }

    public static io.pathfinder.contracts.model.RoutePlan toContract(RoutePlan plan) {
        RoutePlan.Search search = plan.search();
        return new io.pathfinder.contracts.model.RoutePlan()
                .modelVersion(plan.modelVersion())
                .catalogVersion(plan.catalogueVersion())
                .from(plan.from())
                .fromTitle(plan.fromTitle())
                .rule(plan.rule())
                .search(new RouteSearch().beamWidth(search.beamWidth()).expansions(search.expansions())
                        .pathsScored(search.pathsScored()).exhaustive(search.exhaustive()))
                .routes(plan.routes().stream().map(JourneyMapper::toContract).toList());
    }

    private static Route toContract(RoutePlan.Route route) {
        return new Route()
                .rank(route.rank())
                .score(route.score())
                .meanStepScore(route.meanStepScore())
                .months(route.months())
                .monthsPenalty(route.monthsPenalty())
                .riskPenalty(route.riskPenalty())
                .steps(route.steps().stream().map(step -> new RouteStep()
                        .step(step.step())
                        .from(step.from())
                        .move(ScoringMapper.toContract(step.move()))
                        .months(step.months())
                        .risk(Risk.fromValue(step.risk().slug()))
                        .carriesOver(step.carriesOver().stream()
                                .map(skill -> new CarriedSkill().skill(skill.skill()).name(skill.name()).level(skill.level()))
                                .toList()))
                        .toList());
    }

    public static WhatIfResult toContract(UUID assessmentId, WhatIf.Result result) {
        return new WhatIfResult()
                .assessmentId(assessmentId)
                .modelVersion(result.modelVersion())
                .catalogVersion(result.catalogueVersion())
                .changes(result.changes().stream()
                        .map(c -> new AnswerChange().answer(c.answer()).before(c.before()).after(c.after()))
                        .toList())
                .paths(result.paths().stream().map(p -> new PathChange()
                        .path(p.path())
                        .option(p.option())
                        .targetRole(p.targetRole())
                        .targetTitle(p.targetTitle())
                        .rankBefore(p.rankBefore())
                        .rankAfter(p.rankAfter())
                        .rankMove(p.rankMove())
                        .scoreBefore(p.scoreBefore())
                        .scoreAfter(p.scoreAfter())
                        .scoreChange(p.scoreChange())
                        .factors(p.factors().stream().map(f -> new FactorChange().factor(f.factor())
                                .pointsBefore(f.pointsBefore()).pointsAfter(f.pointsAfter()).change(f.change())).toList()))
                        .toList())
                .options(result.options().stream().map(o -> new OptionChange()
                        .option(o.option())
                        .rankBefore(o.rankBefore())
                        .rankAfter(o.rankAfter())
                        .rankMove(o.rankMove())
                        .bestPathBefore(o.bestPathBefore())
                        .bestPathAfter(o.bestPathAfter())
                        .bestScoreBefore(o.bestScoreBefore())
                        .bestScoreAfter(o.bestScoreAfter()))
                        .toList());
    }

    public static io.pathfinder.contracts.model.LearningPlan toContract(LearningPlan plan) {
        return new io.pathfinder.contracts.model.LearningPlan()
                .modelVersion(plan.modelVersion())
                .catalogVersion(plan.catalogueVersion())
                .paths(plan.paths())
                .months(plan.months())
                .stages(plan.stages().stream().map(stage -> new LearningStage()
                        .path(stage.path())
                        .from(stage.from())
                        .to(stage.to())
                        .targetTitle(stage.targetTitle())
                        .scoreBefore(stage.scoreBefore())
                        .scoreAfter(stage.scoreAfter())
                        .months(stage.months())
                        .steps(stage.steps().stream().map(step -> new LearningStep()
                                .order(step.order())
                                .skill(step.skill())
                                .name(step.name())
                                .fromLevel(step.fromLevel())
                                .toLevel(step.toLevel())
                                .months(step.months())
                                .totalMonths(step.totalMonths())
                                .scoreAfter(step.scoreAfter())
                                .scoreGain(step.scoreGain())
                                .text(step.text()))
                                .toList())
                        .nextSteps(stage.nextSteps()))
                        .toList());
    }
}
