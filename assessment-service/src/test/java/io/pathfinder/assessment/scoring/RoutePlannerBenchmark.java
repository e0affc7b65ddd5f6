package io.pathfinder.assessment.scoring;

import io.pathfinder.assessment.support.DefaultCatalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * The route planner's worst case: three steps, no target (nothing pruned), the 20 best routes explained, from the
 * role with the most paths out of it. "default" is the shipped catalogue; "dense" links every role of it to every
 * other (33 x 32 paths), a catalogue far larger than the curated one, where the beam is what bounds the search.
 * The catalogue path can be overridden with -Dpathfinder.catalogue=... when not run from the module directory.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RoutePlannerBenchmark {

    @Param({"default", "dense"})
    public String catalogue;

    private RoutePlanner planner;
    private Answers holder;
    private RoutePlanner.Goal worstCase;

    @Setup
    public void loadCatalogue() throws IOException {
        Catalogue shipped = DefaultCatalog.catalogueUnlessOverridden();
        Catalogue planned = catalogue.equals("dense") ? everyRoleToEveryOther(shipped) : shipped;
        planner = new RoutePlanner(new ScoringEngine(planned));
        String busiest = planned.paths().stream().map(Catalogue.Path::from).distinct()
                .max(Comparator.comparingLong((String role) -> planned.paths().stream()
                        .filter(path -> path.from().equals(role)).count()).thenComparing(Comparator.reverseOrder()))
                .orElseThrow();
        holder = planner.typicalHolderOf(busiest);
        worstCase = new RoutePlanner.Goal(null, null, null, RoutePlanner.MAX_STEPS, RoutePlanner.MAX_ROUTES);
        RoutePlan plan = planner.plan(holder, worstCase);
        System.out.printf("%n%s catalogue: %d paths, from %s: %s%n", catalogue, planned.paths().size(), busiest,
                plan.search());
    }

    @Benchmark
    public RoutePlan planWorstCase() {
        return planner.plan(holder, worstCase);
    }

    private static Catalogue everyRoleToEveryOther(Catalogue catalogue) {
        List<Catalogue.Path> paths = new ArrayList<>();
        List<Catalogue.Option> options = catalogue.options();
        List<Catalogue.Role> roles = catalogue.roles();
        for (Catalogue.Role from : roles) {
            Set<String> fromSkills = new HashSet<>();
            from.requirements().forEach(requirement -> fromSkills.add(requirement.skill()));
            for (Catalogue.Role to : roles) {
                if (from == to) {
                    continue;
                }
                List<String> shared = to.requirements().stream().map(Catalogue.Requirement::skill)
                        .filter(fromSkills::contains).toList();
                Risk risk = Risk.values()[paths.size() % Risk.values().length];
                paths.add(new Catalogue.Path(from.slug() + "-to-" + to.slug(), from.slug(), to.slug(),
                        options.get(paths.size() % options.size()).slug(), 3 + paths.size() % 10, risk,
                        paths.size() % 2 == 0, List.of(), shared, "Every role leads to every other."));
            }
        }
        return new Catalogue(catalogue.version(), options, catalogue.skills(), roles, paths);
    }
}
