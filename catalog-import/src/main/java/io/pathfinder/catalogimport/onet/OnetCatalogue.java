package io.pathfinder.catalogimport.onet;

import io.pathfinder.catalogimport.onet.OnetDatabase.JobZone;
import io.pathfinder.catalogimport.onet.OnetDatabase.Occupation;
import io.pathfinder.catalogimport.onet.OnetDatabase.Relation;
import io.pathfinder.catalogimport.onet.OnetDatabase.SkillRating;
import io.pathfinder.contracts.model.CatalogSnapshot;
import io.pathfinder.contracts.model.CatalogSource;
import io.pathfinder.contracts.model.ExternalCodes;
import io.pathfinder.contracts.model.InfluenceType;
import io.pathfinder.contracts.model.Requirement;
import io.pathfinder.contracts.model.Risk;
import io.pathfinder.contracts.model.Role;
import io.pathfinder.contracts.model.RoleCharacteristics;
import io.pathfinder.contracts.model.RoleFamily;
import io.pathfinder.contracts.model.Skill;
import io.pathfinder.contracts.model.SkillCategory;
import io.pathfinder.contracts.model.TransitionOption;
import io.pathfinder.contracts.model.TransitionPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns an O*NET release into a catalogue in the import format (a {@link CatalogSnapshot}). Every occupation with
 * interest scores (and skill ratings, where the release has them) becomes a role, the O*NET skills become the
 * skills, and each related-occupation entry becomes a path, under one of four options by how the Job Zone (the
 * preparation an occupation needs) changes. What O*NET does not say is not made up: characteristics it has no data
 * for stay at the neutral middle of their scales, and without a Skills file the roles have no requirements. The
 * README of this module gives every rule.
 */
public final class OnetCatalogue {

    static final String SAME_ZONE = "onet-related-same-preparation";
    static final String STEP_UP = "onet-related-more-preparation";
    static final String STEP_DOWN = "onet-related-less-preparation";
    static final String ZONE_UNKNOWN = "onet-related-occupation";

    /** Ratings the O*NET files read here carry no data for. */
    static final int NEUTRAL = 3;
    /** O*NET's importance scale runs 1-5; from 3 (important) up a skill is a requirement. */
    static final double REQUIRED_IMPORTANCE = 3.0;
    /** Occupations with no skill rated important still require their most important few. */
    static final int FEWEST_REQUIREMENTS = 5;
    static final double MAX_SKILL_LEVEL = 7.0;
    static final int EFFORT_SAME_OR_LOWER_ZONE_MONTHS = 3;
    static final int EFFORT_PER_ZONE_STEP_MONTHS = 12;

    /** Which catalogue activities each RIASEC interest stands for, with their shares of it. */
    private static final List<Map<String, Double>> ACTIVITIES_BY_INTEREST = List.of(
            Map.of("domain-depth", 1.0),
            Map.of("analysis-insight", 0.5, "modelling-research", 0.5),
            Map.of("teaching-writing", 1.0),
            Map.of("stakeholder-communication", 0.5, "teaching-writing", 0.5),
            Map.of("entrepreneurship", 0.35, "product-strategy", 0.35, "people-leadership", 0.3),
            Map.of("data-pipelines", 1.0));
    private static final int INVESTIGATIVE = 1;
    private static final int SOCIAL = 3;
    private static final int ENTERPRISING = 4;

    private final OnetDatabase onet;
    private final double learningMonthsPerLevel;
    /** Role slug by O*NET-SOC code, for the occupations that become roles. */
    private final Map<String, String> roleSlugs = new LinkedHashMap<>();
    /** Skill slug by O*NET element ID. */
    private final Map<String, String> skillSlugs = new TreeMap<>();
    private final Map<String, List<Requirement>> requirements = new HashMap<>();

    private OnetCatalogue(OnetDatabase onet, double learningMonthsPerLevel) {
        this.onet = onet;
        this.learningMonthsPerLevel = learningMonthsPerLevel;
    }

    /**
     * @param learningMonthsPerLevel months of practice to rise one level in any O*NET skill; O*NET has no such
     *                               figure, so the one running the import chooses it
     */
    public static CatalogSnapshot build(OnetDatabase onet, long version, double learningMonthsPerLevel) {
        return new OnetCatalogue(onet, learningMonthsPerLevel).build(version);
    }

    private CatalogSnapshot build(long version) {
        // A role needs interests for its activity profile and, where the release rates skills, its own ratings.
        Set<String> rated = onet.skillRatings().stream().map(SkillRating::code).collect(Collectors.toSet());
        for (Occupation occupation : onet.occupations().values()) {
            if (onet.interests().containsKey(occupation.code())
                    && (rated.isEmpty() || rated.contains(occupation.code()))) {
                roleSlugs.put(occupation.code(), slug(occupation.code()));
            }
        }
        List<Skill> skills = skills();
        List<Role> roles = roleSlugs.keySet().stream().map(code -> role(onet.occupations().get(code))).toList();
        return new CatalogSnapshot().version(version).options(options()).skills(skills).roles(roles).paths(paths())
                .sources(List.of(source()));
    }

    static String slug(String onetSocCode) {
        return "onet-" + onetSocCode.replace('.', '-');
    }

    private List<Skill> skills() {
        Map<String, String> names = new TreeMap<>();
        for (SkillRating rating : onet.skillRatings()) {
            names.put(rating.elementId(), rating.elementName());
            skillSlugs.put(rating.elementId(), rating.elementName().toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", ""));
        }
        Map<String, List<SkillRating>> byOccupation = onet.skillRatings().stream()
                .filter(rating -> roleSlugs.containsKey(rating.code()))
                .collect(Collectors.groupingBy(SkillRating::code));
        byOccupation.forEach((code, ratings) -> requirements.put(code, requirements(ratings)));
        return names.entrySet().stream().map(skill -> new Skill()
                .slug(skillSlugs.get(skill.getKey()))
                .name(skill.getValue())
                .category(category(skill.getKey()))
                .description(onet.skillDescriptions().getOrDefault(skill.getKey(), skill.getValue()))
                .learningMonthsPerLevel(learningMonthsPerLevel)).toList();
    }

    /** The skills rated important, most important first; or, when none is, the most important few. */
    private List<Requirement> requirements(List<SkillRating> ratings) {
        List<SkillRating> ranked = ratings.stream()
                .sorted(Comparator.comparingDouble(SkillRating::importance).reversed()
                        .thenComparing(SkillRating::elementId))
                .toList();
        List<SkillRating> required = ranked.stream().filter(rating -> rating.importance() >= REQUIRED_IMPORTANCE).toList();
        if (required.isEmpty()) {
            required = ranked.subList(0, Math.min(FEWEST_REQUIREMENTS, ranked.size()));
        }
        return required.stream().map(rating -> new Requirement(skillSlugs.get(rating.elementId()),
                clamp((int) Math.round(rating.importance())),
                clamp((int) Math.round(rating.level() / MAX_SKILL_LEVEL * 5)))).toList();
    }

    /**
     * O*NET's skill groups: basic content and process skills, and complex problem solving, are analytical, except
     * the communicative ones; social skills are people skills; technical skills technical; systems and resource
     * management skills business.
     */
    private static SkillCategory category(String elementId) {
        if (elementId.startsWith("2.B.1")) {
            return SkillCategory.PEOPLE;
        }
        if (elementId.startsWith("2.B.3")) {
            return SkillCategory.TECHNICAL;
        }
        if (elementId.startsWith("2.B.4") || elementId.startsWith("2.B.5")) {
            return SkillCategory.BUSINESS;
        }
        // Reading comprehension, active listening, writing and speaking
        if (Set.of("2.A.1.a", "2.A.1.b", "2.A.1.c", "2.A.1.d").contains(elementId)) {
            return SkillCategory.PEOPLE;
        }
        return SkillCategory.ANALYTICAL;
    }

    private Role role(Occupation occupation) {
        double[] interests = onet.interests().get(occupation.code());
        boolean managesPeople = occupation.code().startsWith("11-") || occupation.title().startsWith("First-Line Supervisors");
        InfluenceType influence = managesPeople ? InfluenceType.FORMAL_AUTHORITY
                : highest(interests) == SOCIAL ? InfluenceType.RELATIONSHIPS : InfluenceType.EXPERTISE;
        return new Role()
                .slug(roleSlugs.get(occupation.code()))
                .title(occupation.title())
                .family(family(occupation.code()))
                .summary(occupation.description())
                .activityProfile(activityProfile(interests))
                .characteristics(new RoleCharacteristics()
                        .autonomy(NEUTRAL).stability(NEUTRAL).pace(NEUTRAL).successConcreteness(NEUTRAL)
                        .closenessToBusiness(rating(interests[ENTERPRISING]))
                        .influenceType(influence)
                        .managesPeople(managesPeople)
                        .returnToDataScience(rating(interests[INVESTIGATIVE])))
                .relievesPainPoints(new LinkedHashSet<>())
                .externalCodes(new ExternalCodes().onetSoc(occupation.code()))
                .requirements(requirements.getOrDefault(occupation.code(), List.of()));
    }

    /** By SOC major group: the families a data career knows, and other for the rest of the economy. */
    static RoleFamily family(String code) {
        if (code.startsWith("11-")) {
            return RoleFamily.LEADERSHIP;
        }
        if (code.startsWith("13-")) {
            return RoleFamily.PRODUCT_AND_BUSINESS;
        }
        if (code.startsWith("15-2")) {
            return RoleFamily.DATA;
        }
        if (code.startsWith("15-1") || code.startsWith("17-")) {
            return RoleFamily.ENGINEERING;
        }
        return RoleFamily.OTHER;
    }

    /**
     * Each interest's score above the scale's floor of 1, shared among the activities it stands for, in whole
     * percent that add up to 100 (largest remainders round up).
     */
    static Map<String, Integer> activityProfile(double[] interests) {
        Map<String, Double> weights = new TreeMap<>();
        for (int interest = 0; interest < interests.length; interest++) {
            double above = Math.max(0, interests[interest] - 1);
            ACTIVITIES_BY_INTEREST.get(interest).forEach((activity, share) -> weights.merge(activity, above * share, Double::sum));
        }
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total == 0) {
            return Map.of("domain-depth", 100);
        }
        Map<String, Integer> percent = new TreeMap<>();
        Map<String, Double> remainders = new HashMap<>();
        weights.forEach((activity, weight) -> {
            double exact = weight / total * 100;
            percent.put(activity, (int) Math.floor(exact));
            remainders.put(activity, exact - Math.floor(exact));
        });
        int missing = 100 - percent.values().stream().mapToInt(Integer::intValue).sum();
        remainders.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(missing)
                .forEach(entry -> percent.merge(entry.getKey(), 1, Integer::sum));
        percent.values().removeIf(share -> share == 0);
        return percent;
    }

    private List<TransitionPath> paths() {
        // One path per pair, however many entries relate the two; its rationale names them all.
        Map<String, List<Relation>> byPair = new LinkedHashMap<>();
        for (Relation relation : onet.related()) {
            if (roleSlugs.containsKey(relation.from()) && roleSlugs.containsKey(relation.to())
                    && !relation.from().equals(relation.to())) {
                byPair.computeIfAbsent(relation.from() + "\t" + relation.to(), pair -> new ArrayList<>()).add(relation);
            }
        }
        return byPair.values().stream().map(this::path).toList();
    }

    private TransitionPath path(List<Relation> relations) {
        Relation first = relations.get(0);
        Integer fromZone = onet.jobZones().get(first.from());
        Integer toZone = onet.jobZones().get(first.to());
        int step = fromZone == null || toZone == null ? 0 : toZone - fromZone;
        String option = fromZone == null || toZone == null ? ZONE_UNKNOWN
                : step > 0 ? STEP_UP : step < 0 ? STEP_DOWN : SAME_ZONE;
        Occupation from = onet.occupations().get(first.from());
        Occupation to = onet.occupations().get(first.to());
        return new TransitionPath()
                .slug(roleSlugs.get(from.code()) + "-to-" + roleSlugs.get(to.code()))
                .from(roleSlugs.get(from.code()))
                .to(roleSlugs.get(to.code()))
                .option(option)
                .effortMonths(step > 0 ? step * EFFORT_PER_ZONE_STEP_MONTHS : EFFORT_SAME_OR_LOWER_ZONE_MONTHS)
                .risk(step >= 2 ? Risk.HIGH : step == 1 ? Risk.MEDIUM : Risk.LOW)
                .requiresNewCompany(false)
                .prerequisites(prerequisites(toZone))
                .carryOverSkills(carryOver(from.code(), to.code()))
                .rationale(rationale(from, to, relations));
    }

    private List<String> prerequisites(Integer zone) {
        if (zone == null) {
            return List.of();
        }
        JobZone reference = onet.jobZoneReference().get(zone);
        return reference == null ? List.of("O*NET Job Zone " + zone + " preparation")
                : List.of(reference.name() + ": " + reference.experience());
    }

    /** The target's requirements that the current occupation requires too. */
    private Set<String> carryOver(String from, String to) {
        Set<String> held = requirements.getOrDefault(from, List.of()).stream().map(Requirement::getSkill)
                .collect(Collectors.toSet());
        return requirements.getOrDefault(to, List.of()).stream().map(Requirement::getSkill).filter(held::contains)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String rationale(Occupation from, Occupation to, List<Relation> relations) {
        String sources = relations.stream()
                .map(relation -> "the " + relation.source().replace(".txt", "") + " (rank " + relation.rank() + ")")
                .distinct().collect(Collectors.joining(" and "));
        return "O*NET relates " + to.title() + " to " + from.title() + " in " + sources + ".";
    }

    private static List<TransitionOption> options() {
        return List.of(
                option(SAME_ZONE, "Move to a related occupation needing the same preparation",
                        "A related occupation in the same O*NET Job Zone: similar experience, education and training."),
                option(STEP_UP, "Move to a related occupation needing more preparation",
                        "A related occupation in a higher O*NET Job Zone: more experience, education or training first."),
                option(STEP_DOWN, "Move to a related occupation needing less preparation",
                        "A related occupation in a lower O*NET Job Zone: quicker to enter, usually with less scope."),
                option(ZONE_UNKNOWN, "Move to a related occupation",
                        "A related occupation for which O*NET gives no Job Zone, so the preparation it needs is unknown."));
    }

    private static TransitionOption option(String slug, String title, String summary) {
        return new TransitionOption().slug(slug).title(title).summary(summary)
                .tradeOffs(List.of("O*NET relates the occupations by their work, not by what people in them weigh."))
                .firstSteps(List.of("Read the target occupation's tasks, skills and Job Zone on O*NET OnLine.",
                        "Talk to someone who works in it."))
                .relievesPainPoints(new LinkedHashSet<>());
    }

    private CatalogSource source() {
        return new CatalogSource()
                .name(onet.release())
                .url("https://www.onetcenter.org/database.html")
                .licence("CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)")
                .usedFor("Every role, skill, requirement and path of this catalogue")
                .attribution("This catalogue includes information from the " + onet.release() + " by the U.S."
                        + " Department of Labor, Employment and Training Administration (USDOL/ETA), used under the"
                        + " CC BY 4.0 licence. It was modified: occupations, interests, skills, Job Zones and related"
                        + " occupations were turned into roles, requirements and transition paths. O*NET is a trademark"
                        + " of USDOL/ETA.");
    }

    private static int highest(double[] scores) {
        int highest = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[highest]) {
                highest = i;
            }
        }
        return highest;
    }

    /** An interest score (1-7) on the catalogue's 1-5 scale. */
    private static int rating(double interest) {
        return clamp((int) Math.round(1 + (interest - 1) / 6 * 4));
    }

    private static int clamp(int rating) {
        return Math.max(1, Math.min(5, rating));
    }
}
