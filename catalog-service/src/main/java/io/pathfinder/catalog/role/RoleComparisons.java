package io.pathfinder.catalog.role;

import io.pathfinder.catalog.view.Versioned;
import io.pathfinder.contracts.model.Requirement;
import io.pathfinder.contracts.model.Role;
import io.pathfinder.contracts.model.RoleComparison;
import io.pathfinder.contracts.model.Skill;
import io.pathfinder.contracts.model.SkillToGain;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What carries over from one role to another and what there is to gain. */
public final class RoleComparisons {

    private RoleComparisons() {
    }

    public static RoleComparison compare(Role from, Role to, Map<String, Versioned<Skill>> skills) {
        Map<String, Integer> fromLevels = from.getRequirements().stream()
                .collect(Collectors.toMap(Requirement::getSkill, Requirement::getLevel));
        double weight = 0;
        double covered = 0;
        for (Requirement requirement : to.getRequirements()) {
            int have = Math.min(fromLevels.getOrDefault(requirement.getSkill(), 0), requirement.getLevel());
            weight += requirement.getImportance();
            covered += requirement.getImportance() * (double) have / requirement.getLevel();
        }
        double overlap = BigDecimal.valueOf(weight == 0 ? 100 : 100 * covered / weight).setScale(1, RoundingMode.HALF_UP).doubleValue();
        List<String> carryOver = to.getRequirements().stream()
                .filter(r -> fromLevels.getOrDefault(r.getSkill(), 0) >= r.getLevel())
                .map(Requirement::getSkill)
                .sorted()
                .toList();
        List<SkillToGain> toGain = to.getRequirements().stream()
                .filter(r -> fromLevels.getOrDefault(r.getSkill(), 0) < r.getLevel())
                .map(r -> {
                    int fromLevel = fromLevels.getOrDefault(r.getSkill(), 0);
                    Versioned<Skill> skill = skills.get(r.getSkill());
                    return new SkillToGain(r.getSkill(), skill == null ? r.getSkill() : skill.value().getName(),
                            r.getImportance(), fromLevel, r.getLevel(), r.getLevel() - fromLevel);
                })
                .sorted(Comparator.comparing((SkillToGain g) -> g.getImportance() * g.getGap()).reversed()
                        .thenComparing(SkillToGain::getSkill))
                .toList();
        return new RoleComparison(from.getSlug(), to.getSlug(), overlap, carryOver, toGain);
    }
}
