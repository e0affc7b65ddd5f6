package io.pathfinder.assessment.scoring;

import io.pathfinder.assessment.support.DefaultCatalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Questionnaires scored per second on one thread against the default catalogue (goal: 50,000). Cycles through the
 * personas of {@link PersonaTest} and randomly answered questionnaires so that no single branch gets all the luck.
 * The catalogue path can be overridden with -Dpathfinder.catalogue=... when not run from the module directory.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScoringEngineBenchmark {

    private static final int QUESTIONNAIRES = 64;

    /** Recommendations explained in full per questionnaire; 10 is the service's default (pathfinder.scoring.top-n). */
    @Param("10")
    public int topN;

    private ScoringEngine engine;
    private Answers[] questionnaires;
    private int next;

    @Setup
    public void loadCatalogueAndQuestionnaires() throws IOException {
        Catalogue catalogue = DefaultCatalog.catalogueUnlessOverridden();
        engine = new ScoringEngine(catalogue);

        List<Answers> answers = new ArrayList<>(List.of(Personas.platformBuilder(), Personas.pipelineLover(),
                Personas.influenceSeeker(), Personas.builderForDataPeople(), Personas.visionEnthusiast(),
                Personas.badManagerOtherwiseHappy(), Personas.needsStability(), Personas.mayReturnLater(),
                Personas.boomerangingProductManager()));
        List<String> currentRoles = catalogue.paths().stream().map(Catalogue.Path::from).distinct().sorted().toList();
        Random random = new Random(20261);
        while (answers.size() < QUESTIONNAIRES) {
            answers.add(randomlyAnswered(catalogue, currentRoles, random));
        }
        questionnaires = answers.toArray(Answers[]::new);
    }

    @Benchmark
    public ScoringResult scoreQuestionnaire() {
        Answers answers = questionnaires[next];
        next = (next + 1) % questionnaires.length;
        return engine.score(answers, topN);
    }

    /** A questionnaire answered at random, from one of the given current roles. */
    public static Answers randomlyAnswered(Catalogue catalogue, List<String> currentRoles, Random random) {
        AnswersBuilder answers = AnswersBuilder.currentRole(currentRoles.get(random.nextInt(currentRoles.size())));
        for (Catalogue.Skill skill : catalogue.skills()) {
            answers.skill(skill.slug(), random.nextInt(6));
        }
        for (Activity activity : Activity.values()) {
            answers.enjoys(activity.slug(), random.nextInt(6));
        }
        for (PainPoint pain : PainPoint.values()) {
            if (random.nextInt(4) == 0) {
                answers.suffers(pain.slug());
            }
        }
        for (Priority priority : Priority.values()) {
            answers.weighs(priority.slug(), random.nextInt(6));
        }
        for (Specialisation specialisation : Specialisation.values()) {
            if (random.nextInt(5) == 0) {
                answers.drawnTo(specialisation.slug());
            }
        }
        Risk[] risks = Risk.values();
        return answers.monthsToUpskill(random.nextInt(25))
                .openToChangingCompany(random.nextBoolean())
                .openToManagingPeople(random.nextBoolean())
                .riskTolerance(risks[random.nextInt(risks.length)].slug())
                .internalMoveAvailable(random.nextBoolean())
                .mayReturnToDataScience(random.nextBoolean())
                .build();
    }
}
