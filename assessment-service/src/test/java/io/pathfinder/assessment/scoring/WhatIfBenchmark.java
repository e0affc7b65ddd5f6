package io.pathfinder.assessment.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.pathfinder.assessment.journey.service.JourneyMapper;
import io.pathfinder.assessment.pipeline.ScoringMapper;
import io.pathfinder.assessment.support.DefaultCatalog;
import io.pathfinder.contracts.model.ConstraintChanges;
import io.pathfinder.contracts.model.Constraints;
import io.pathfinder.contracts.model.PainPoint;
import io.pathfinder.contracts.model.QuestionnaireAnswers;
import io.pathfinder.contracts.model.WhatIfChanges;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One what-if as the service computes it behind a slider (goal: p99 under 20 ms), HTTP and the database read aside:
 * the stored answers' JSON read, two, three skills or a constraint changed, both sides scored in full, the
 * difference mapped to the contract and written as JSON. Cycles through the personas of {@link PersonaTest}, the
 * heaviest (data scientists, 31 paths out) most of all, with varied changes.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class WhatIfBenchmark {

    private static final int REQUESTS = 64;
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private WhatIf whatIf;
    private String[] storedAnswers;
    private WhatIfChanges[] changes;
    private int next;

    @Setup
    public void loadCatalogueAndRequests() throws IOException {
        Catalogue catalogue = DefaultCatalog.catalogueUnlessOverridden();
        whatIf = new WhatIf(new ScoringEngine(catalogue));
        List<Answers> personas = List.of(Personas.platformBuilder(), Personas.pipelineLover(),
                Personas.influenceSeeker(), Personas.builderForDataPeople(), Personas.visionEnthusiast(),
                Personas.badManagerOtherwiseHappy(), Personas.needsStability(), Personas.mayReturnLater(),
                Personas.boomerangingProductManager(), Personas.analystHeadingForMlops());
        List<Catalogue.Skill> skills = catalogue.skills();
        Random random = new Random(20262);
        storedAnswers = new String[REQUESTS];
        changes = new WhatIfChanges[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            storedAnswers[i] = JSON.writeValueAsString(asStored(personas.get(i % personas.size())));
            WhatIfChanges change = new WhatIfChanges();
            if (i % 4 == 3) {
                change.constraints(new ConstraintChanges().monthsToUpskill(random.nextInt(25)));
            } else {
                Map<String, Integer> raised = new HashMap<>();
                while (raised.size() < 2 + i % 2) {
                    raised.put(skills.get(random.nextInt(skills.size())).slug(), 2 + random.nextInt(4));
                }
                change.skills(raised);
            }
            changes[i] = change;
        }
    }

    @Benchmark
    public String whatIf() throws JsonProcessingException {
        int request = next;
        next = (next + 1) % REQUESTS;
        Answers answers = ScoringMapper.toEngine(JSON.readValue(storedAnswers[request], QuestionnaireAnswers.class));
        WhatIf.Result result = whatIf.compare(answers, JourneyMapper.toEngine(changes[request]));
        return JSON.writeValueAsString(JourneyMapper.toContract(UUID.nameUUIDFromBytes(new byte[] {(byte) request}), result));
    }

    private static QuestionnaireAnswers asStored(Answers answers) {
        Answers.Constraints c = answers.constraints();
        return new QuestionnaireAnswers()
                .questionnaireVersion("1")
                .currentRole(answers.currentRole())
                .yearsOfExperience(3.0)
                .skills(answers.skills())
                .enjoyment(answers.enjoyment())
                .painPoints(answers.painPoints().stream().map(PainPoint::fromValue).collect(Collectors.toSet()))
                .priorities(answers.priorities())
                .constraints(new Constraints().monthsToUpskill(c.monthsToUpskill())
                        .openToChangingCompany(c.openToChangingCompany()).openToManagingPeople(c.openToManagingPeople())
                        .riskTolerance(io.pathfinder.contracts.model.Risk.fromValue(c.riskTolerance()))
                        .internalMoveAvailable(c.internalMoveAvailable())
                        .mayReturnToDataScience(c.mayReturnToDataScience()))
                .specialisationInterests(answers.specialisationInterests().stream()
                        .map(io.pathfinder.contracts.model.Specialisation::fromValue).collect(Collectors.toSet()));
    }
}
