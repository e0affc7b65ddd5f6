package io.pathfinder.assessment.scoring;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of the career catalogue that scoring reads: options, skills, roles with their requirements, and
 * the transition paths between roles. Mirrors the catalogue export; references between entries are slugs.
 */
public record Catalogue(long version, List<Option> options, List<Skill> skills, List<Role> roles, List<Path> paths) {

    public Catalogue {
        options = List.copyOf(options);
        skills = List.copyOf(skills);
        roles = List.copyOf(roles);
        paths = List.copyOf(paths);
    }

    /** One of the ways forward the source names, e.g. {@code adjacent-discipline}. */
    public record Option(String slug, String title, String summary, List<String> tradeOffs, List<String> firstSteps,
                         Set<PainPoint> relievesPainPoints) {
        public Option {
            tradeOffs = List.copyOf(tradeOffs);
            firstSteps = List.copyOf(firstSteps);
            relievesPainPoints = Set.copyOf(relievesPainPoints);
        }
    }

    public record Skill(String slug, String name, SkillCategory category, String description,
                        double learningMonthsPerLevel) {
    }

    /**
     * A role one can hold or move to.
     *
     * @param specialisation   the area the role goes deep in, or null for a generalist role
     * @param activityProfile  percent of the work spent on each activity; activities it lacks are absent
     * @param pay              how well it pays, or null where no public wage figure covers it
     */
    public record Role(String slug, String title, RoleFamily family, String summary, Specialisation specialisation,
                       Map<Activity, Integer> activityProfile, Characteristics characteristics,
                       Set<PainPoint> relievesPainPoints, List<Requirement> requirements, Pay pay) {
        public Role {
            activityProfile = Map.copyOf(activityProfile);
            relievesPainPoints = Set.copyOf(relievesPainPoints);
            requirements = List.copyOf(requirements);
        }

        /** A role no wage data covers. */
        public Role(String slug, String title, RoleFamily family, String summary, Specialisation specialisation,
                    Map<Activity, Integer> activityProfile, Characteristics characteristics,
                    Set<PainPoint> relievesPainPoints, List<Requirement> requirements) {
            this(slug, title, family, summary, specialisation, activityProfile, characteristics, relievesPainPoints,
                    requirements, null);
        }
    }

    /**
     * How well a role pays: a level of 1 (least) to 5 (most) from the median annual wage of its occupation, with
     * the wage and where it comes from.
     */
    public record Pay(int level, int medianAnnualWageUsd, String source, int year) {
    }

    /** What a role is like to work in; every rating is 1 (little) to 5 (much). */
    public record Characteristics(int autonomy, int stability, int pace, int closenessToBusiness,
                                  int successConcreteness, InfluenceType influenceType, boolean managesPeople,
                                  int returnToDataScience) {
    }

    /** A skill a role needs, with importance and required level on 1-5 scales. */
    public record Requirement(String skill, int importance, int level) {
    }

    /** A move from one role to another through an option. */
    public record Path(String slug, String from, String to, String option, int effortMonths, Risk risk,
                       boolean requiresNewCompany, List<String> prerequisites, List<String> carryOverSkills,
                       String rationale) {
        public Path {
            prerequisites = List.copyOf(prerequisites);
            carryOverSkills = List.copyOf(carryOverSkills);
        }
    }
}
