package io.pathfinder.assessment.questionnaire;

import io.pathfinder.assessment.catalogcopy.CatalogCopies;
import io.pathfinder.assessment.catalogcopy.CatalogCopy;
import io.pathfinder.assessment.scoring.Activity;
import io.pathfinder.assessment.scoring.Priority;
import io.pathfinder.assessment.scoring.Vocabulary;
import io.pathfinder.assessment.tenant.TenantCatalogs;
import io.pathfinder.contracts.model.FieldError;
import io.pathfinder.contracts.model.QuestionnaireAnswers;
import io.pathfinder.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What Bean Validation on the contract model cannot check: that the answers fit the questionnaire
 * version and the tenant's catalogue (known role and skills, known activities and priorities, ratings in range).
 */
@ApplicationScoped
public class AnswersValidator {

    private static final Set<String> ACTIVITIES = slugs(Activity.values());
    private static final Set<String> PRIORITIES = slugs(Priority.values());

    private final CatalogCopies copies;
    private final TenantCatalogs tenantCatalogs;

    public AnswersValidator(CatalogCopies copies, TenantCatalogs tenantCatalogs) {
        this.copies = copies;
        this.tenantCatalogs = tenantCatalogs;
    }

    /** Every problem found on the catalogue, each naming its field; empty when the answers are valid. */
    public List<FieldError> problems(QuestionnaireAnswers answers, CatalogCopy catalog) {
        List<FieldError> errors = new ArrayList<>();
        if (!QuestionnaireDefinition.VERSION.equals(answers.getQuestionnaireVersion())) {
            errors.add(new FieldError("body.questionnaireVersion",
                    "unknown questionnaire version; the current one is " + QuestionnaireDefinition.VERSION));
        }
        if (!catalog.hasRole(answers.getCurrentRole())) {
            errors.add(new FieldError("body.currentRole", "no such role in the catalogue"));
        } else if (!catalog.hasPathsFrom(answers.getCurrentRole())) {
            errors.add(new FieldError("body.currentRole", "the catalogue has no transition paths from this role yet"));
        }
        ratings(errors, "skills", answers.getSkills(), catalog::hasSkill, "no such skill in the catalogue");
        ratings(errors, "enjoyment", answers.getEnjoyment(), ACTIVITIES::contains, "no such activity");
        ratings(errors, "priorities", answers.getPriorities(), PRIORITIES::contains, "no such priority");
        return errors;
    }

    /** Checks the tenant's answers on the tenant's catalogue; a 503 problem while the service does not hold it. */
    public void validate(String tenant, QuestionnaireAnswers answers) {
        List<FieldError> errors = problems(answers, copies.readyOrUnavailable(tenantCatalogs.of(tenant)));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void ratings(List<FieldError> errors, String section, Map<String, Integer> ratings,
            Predicate<String> known, String unknownMessage) {
        ratings.forEach((key, value) -> {
            String field = "body." + section + "." + key;
            if (!known.test(key)) {
                errors.add(new FieldError(field, unknownMessage));
            } else if (value == null || value < 0 || value > 5) {
                errors.add(new FieldError(field, "must be between 0 and 5"));
            }
        });
    }

    private static Set<String> slugs(Vocabulary[] values) {
        return Arrays.stream(values).map(Vocabulary::slug).collect(Collectors.toUnmodifiableSet());
    }
}
