package io.pathfinder.assessment.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * The service's own metrics, served with the rest at /q/metrics: events in and out per topic, dead
 * letters per reason, the scoring consumer's retries and batch sizes, and the time the engine takes.
 */
@ApplicationScoped
public class PipelineMetrics {

    /** Why an event was set aside; the label of pathfinder_dead_letters_total. */
    public enum DeadLetterReason {
        MALFORMED("malformed"), UNSCORABLE("unscorable"), TENANT_MISMATCH("tenant-mismatch"), EXHAUSTED("exhausted"),
        /** An outcome of no assessment its tenant has (never had, or erased). */
        UNKNOWN_ASSESSMENT("unknown-assessment");

        private final String label;

        DeadLetterReason(String label) {
            this.label = label;
        }

        /** As the dead-letter-reason header and the metric's label name it. */
        public String label() {
            return label;
        }
    }

    /** Why the scoring consumer tries again: a dependency is away, or something failed for no known reason. */
    public enum RetryCause {
        TRANSIENT("transient"), UNEXPECTED("unexpected");

        private final String label;

        RetryCause(String label) {
            this.label = label;
        }
    }

    private final MeterRegistry registry;
    private final Timer scoring;
    private final DistributionSummary batches;

    public PipelineMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.scoring = Timer.builder("pathfinder.scoring")
                .description("Time the scoring engine takes for one questionnaire")
                .publishPercentileHistogram()
                .register(registry);
        this.batches = DistributionSummary.builder("pathfinder.scoring.batch.size")
                .description("Events the scoring consumer handled together")
                .register(registry);
        // Present at zero from the start, so an alert on any increase works before the first one.
        for (DeadLetterReason reason : DeadLetterReason.values()) {
            deadLetters(reason);
        }
        for (RetryCause cause : RetryCause.values()) {
            retries(cause);
        }
    }

    public void consumed(String topic, String outcome) {
        Counter.builder("pathfinder.events.consumed").description("Events consumed, by topic and outcome")
                .tag("topic", topic).tag("outcome", outcome).register(registry).increment();
    }

    public void produced(String topic) {
        Counter.builder("pathfinder.events.produced").description("Events the broker acknowledged, by topic")
                .tag("topic", topic).register(registry).increment();
    }

    public void batch(int size) {
        batches.record(size);
    }

    /** The events the scoring consumers hold: read and not finished, waiting for their tenant's turn or being scored. */
    public void scoringEventsHeld(Supplier<Number> held) {
        Gauge.builder("pathfinder.scoring.events.held", held)
                .description("Questionnaire events read by this instance's scoring consumers and not yet finished")
                .register(registry);
    }

    public void retried(RetryCause cause) {
        retries(cause).increment();
    }

    private Counter retries(RetryCause cause) {
        return Counter.builder("pathfinder.scoring.retries")
                .description("Times the scoring consumer paused and tried again, by cause")
                .tag("cause", cause.label).register(registry);
    }

    public void deadLettered(DeadLetterReason reason) {
        deadLetters(reason).increment();
    }

    private Counter deadLetters(DeadLetterReason reason) {
        return Counter.builder("pathfinder.dead.letters").description("Events set aside on the dead-letter topic, by reason")
                .tag("reason", reason.label).register(registry);
    }

    public <T> T timeScoring(Supplier<T> scoringCall) {
        return scoring.record(scoringCall);
    }
}
