package io.pathfinder.assessment.questionnaire;

import io.pathfinder.assessment.catalogcopy.CatalogCopy;
import io.pathfinder.assessment.scoring.Activity;
import io.pathfinder.assessment.scoring.PainPoint;
import io.pathfinder.assessment.scoring.Priority;
import io.pathfinder.assessment.scoring.Risk;
import io.pathfinder.assessment.scoring.Specialisation;
import io.pathfinder.assessment.scoring.Vocabulary;
import io.pathfinder.contracts.model.Choice;
import io.pathfinder.contracts.model.Question;
import io.pathfinder.contracts.model.Questionnaire;
import io.pathfinder.contracts.model.QuestionnaireSection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;

/**
 * The questionnaire a client renders: fixed sections from the product's vocabularies, and the starting
 * roles and one rating per skill of a catalogue. Its version names the structure; the catalogue and its
 * version say which roles and skills it lists.
 */
@ApplicationScoped
public class QuestionnaireDefinition {

    public static final String VERSION = "1";

    public Questionnaire current(CatalogCopy catalog) {
        return new Questionnaire()
                .version(VERSION)
                .catalog(catalog.id())
                .catalogVersion(catalog.version())
                .sections(List.of(profile(catalog), skills(catalog), enjoyment(), painPoints(), priorities(),
                        constraints(), specialisations()));
    }

    private QuestionnaireSection profile(CatalogCopy catalog) {
        List<Choice> roles = catalog.startingRolesByTitle().stream()
                .map(role -> new Choice().value(role.getSlug()).label(role.getTitle()).description(role.getSummary()))
                .toList();
        return section("profile", "Where you are now", null, List.of(
                new Question().id("currentRole").label("Your current role").kind(Question.KindEnum.CHOICE)
                        .required(true).choices(roles),
                new Question().id("yearsOfExperience").label("Years of experience in that role")
                        .kind(Question.KindEnum.NUMBER).required(true).min(0.0).max(60.0)));
    }

    private QuestionnaireSection skills(CatalogCopy catalog) {
        List<Question> questions = catalog.skillsByName().stream()
                .map(skill -> rating("skills/" + skill.getSlug(), skill.getName(), "none", "expert")
                        .help(skill.getDescription()))
                .toList();
        return section("skills", "Your skills", "Rate yourself from 0 (none) to 5 (expert).", questions);
    }

    private QuestionnaireSection enjoyment() {
        return section("enjoyment", "What you enjoy", "How much do you enjoy each kind of work?",
                Arrays.stream(Activity.values())
                        .map(a -> rating("enjoyment/" + a.slug(), capitalised(a), "not at all", "love it"))
                        .toList());
    }

    private QuestionnaireSection painPoints() {
        return section("painPoints", "What troubles you now", null, List.of(
                new Question().id("painPoints").label("Pick every one that applies")
                        .kind(Question.KindEnum.MULTI_CHOICE).required(false).choices(choices(PainPoint.values()))));
    }

    private QuestionnaireSection priorities() {
        return section("priorities", "What matters to you", "How much does each matter in your next move?",
                Arrays.stream(Priority.values())
                        .map(p -> rating("priorities/" + p.slug(), capitalised(p), "not at all", "above all"))
                        .toList());
    }

    private QuestionnaireSection constraints() {
        return section("constraints", "Your constraints", null, List.of(
                new Question().id("constraints/monthsToUpskill").label("Months you are willing to spend learning")
                        .kind(Question.KindEnum.RATING).required(true).min(0.0).max(60.0),
                yesNo("constraints/openToChangingCompany", "Open to changing company"),
                yesNo("constraints/openToManagingPeople", "Open to managing people"),
                new Question().id("constraints/riskTolerance").label("How much risk can you take")
                        .kind(Question.KindEnum.CHOICE).required(true).choices(choices(Risk.values())),
                yesNo("constraints/internalMoveAvailable", "An internal move is available to you"),
                yesNo("constraints/mayReturnToDataScience", "You may want to come back to data science later")));
    }

    private QuestionnaireSection specialisations() {
        return section("specialisationInterests", "Areas you would go deeper into", null, List.of(
                new Question().id("specialisationInterests").label("Pick any that draw you")
                        .kind(Question.KindEnum.MULTI_CHOICE).required(false)
                        .choices(choices(Specialisation.values()))));
    }

    private static QuestionnaireSection section(String id, String title, String description, List<Question> questions) {
        return new QuestionnaireSection().id(id).title(title).description(description).questions(questions);
    }

    private static Question rating(String id, String label, String minLabel, String maxLabel) {
        return new Question().id(id).label(label).kind(Question.KindEnum.RATING).required(false)
                .min(0.0).max(5.0).minLabel(minLabel).maxLabel(maxLabel);
    }

    private static Question yesNo(String id, String label) {
        return new Question().id(id).label(label).kind(Question.KindEnum.BOOLEAN).required(true);
    }

    private static List<Choice> choices(Vocabulary[] values) {
        return Arrays.stream(values).map(v -> new Choice().value(v.slug()).label(capitalised(v))).toList();
    }

    private static String capitalised(Vocabulary value) {
        String label = value.label();
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
