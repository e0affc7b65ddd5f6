package io.pathfinder.examples.hrplatform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.pathfinder.contracts.model.Assessment;
import io.pathfinder.contracts.model.Constraints;
import io.pathfinder.contracts.model.PainPoint;
import io.pathfinder.contracts.model.QuestionnaireAnswers;
import io.pathfinder.contracts.model.QuestionnaireSubmitted;
import io.pathfinder.contracts.model.Recommendation;
import io.pathfinder.contracts.model.RecommendationsScored;
import io.pathfinder.contracts.model.Risk;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * How an HR platform uses Pathfinder over Kafka: it produces a QuestionnaireSubmitted event (key: the
 * assessment id, headers event-type and tenant, as the AsyncAPI document says), waits for the
 * RecommendationsScored event with the same key, and reads the result it announces over HTTP: the
 * event carries the result sealed under a key only the assessment service holds, so that erasing an
 * assessment erases every copy of its result.
 *
 * <pre>java -cp ... io.pathfinder.examples.hrplatform.HrPlatformKafkaExample localhost:9092 acme http://localhost:8082 "$TOKEN"</pre>
 */
public final class HrPlatformKafkaExample {

    static final String SUBMITTED_TOPIC = "pathfinder.questionnaire-submitted.v1";
    static final String SCORED_TOPIC = "pathfinder.recommendations-scored.v1";
    static final String CONSUMER_GROUP = "hr-platform-example";

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final String bootstrapServers;
    private final String tenant;
    private final String assessmentUrl;
    private final String token;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // Fields added to an event in a later compatible version must not break this reader.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * @param assessmentUrl the assessment service's base URL, e.g. http://localhost:8082
     * @param token         a bearer token whose tenant claim is the tenant
     */
    public HrPlatformKafkaExample(String bootstrapServers, String tenant, String assessmentUrl, String token) {
        this.bootstrapServers = bootstrapServers;
        this.tenant = tenant;
        this.assessmentUrl = assessmentUrl;
        this.token = token;
    }

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("Usage: HrPlatformKafkaExample <bootstrap-servers> <tenant> <assessment-url> <token>");
            System.exit(2);
        }
        HrPlatformKafkaExample example = new HrPlatformKafkaExample(args[0], args[1], args[2], args[3]);
        UUID assessmentId = UUID.randomUUID();
        Assessment scored = example.submitAndAwaitRecommendations(assessmentId, sampleAnswers(), DEFAULT_TIMEOUT);
        System.out.printf("Assessment %s scored with model %s against catalogue version %d:%n", assessmentId,
                scored.getResult().getModelVersion(), scored.getResult().getCatalogVersion());
        for (Recommendation recommendation : scored.getResult().getRecommendations()) {
            System.out.printf("%2d. %5.1f  %s (%s)%n      %s%n", recommendation.getRank(), recommendation.getScore(),
                    recommendation.getTargetTitle(), recommendation.getOption(), recommendation.getRationale());
        }
    }

    /**
     * Someone who would rather build software and platforms than analyse, and is tired of vague success.
     * The current role must be one the questionnaire offers (a role with paths out of it), and the
     * questionnaire version the one the service scores; anything else lands on the dead-letter topic.
     */
    public static QuestionnaireAnswers sampleAnswers() {
        return new QuestionnaireAnswers()
                .questionnaireVersion("1")
                .currentRole("data-scientist")
                .yearsOfExperience(2.0)
                .skills(Map.of("python", 4, "sql", 4, "machine-learning", 3, "statistics", 3,
                        "software-engineering", 3, "containers-kubernetes", 2, "ci-cd", 2))
                .enjoyment(Map.of("software-engineering", 5, "platform-infrastructure", 5, "analysis-insight", 1,
                        "stakeholder-communication", 2, "modelling-research", 2))
                .painPoints(Set.of(PainPoint.VAGUE_SUCCESS, PainPoint.MISSING_INFRASTRUCTURE,
                        PainPoint.NO_ARCHITECTURE_INFLUENCE))
                .priorities(Map.of("competence", 5, "autonomy", 3, "closeness-to-business", 2))
                .constraints(new Constraints()
                        .monthsToUpskill(12)
                        .openToChangingCompany(true)
                        .openToManagingPeople(false)
                        .riskTolerance(Risk.MEDIUM)
                        .internalMoveAvailable(true)
                        .mayReturnToDataScience(false))
                .specialisationInterests(Set.of());
    }

    /**
     * Produces the answers under the given assessment id, waits for the event that announces their result
     * and reads the scored assessment.
     *
     * @throws IllegalStateException when no result arrives within the timeout (see the dead-letter
     *                               topic pathfinder.questionnaire-submitted.v1.dlq for rejected answers)
     */
    public Assessment submitAndAwaitRecommendations(UUID assessmentId, QuestionnaireAnswers answers, Duration timeout) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            // The result can be published moments after the event: take the end offsets before
            // producing, so it cannot slip past, and without waiting for a group rebalance.
            List<TopicPartition> partitions = consumer.partitionsFor(SCORED_TOPIC).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position); // seekToEnd is lazy: resolve the offsets now

            produce(assessmentId, answers);
            awaitResult(consumer, assessmentId, timeout);
            return fetch(assessmentId);
        }
    }

    private void produce(UUID assessmentId, QuestionnaireAnswers answers) {
        QuestionnaireSubmitted event = new QuestionnaireSubmitted()
                .eventId(UUID.randomUUID())
                .assessmentId(assessmentId)
                .tenant(tenant)
                .submittedAt(OffsetDateTime.now(ZoneOffset.UTC))
                .answers(answers);
        ProducerRecord<String, String> record = new ProducerRecord<>(SUBMITTED_TOPIC, assessmentId.toString(),
                write(event));
        record.headers()
                .add("event-type", "QuestionnaireSubmitted".getBytes(StandardCharsets.UTF_8))
                .add("tenant", tenant.getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not publish assessment " + assessmentId, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitResult(KafkaConsumer<String, String> consumer, UUID assessmentId, Duration timeout) {
        String key = assessmentId.toString();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                // Every platform's results share the topic: ours are the ones with our key and tenant.
                if (key.equals(record.key()) && tenant.equals(read(record.value()).getTenant())) {
                    return;
                }
            }
        }
        throw new IllegalStateException("No recommendations for assessment " + assessmentId + " within " + timeout);
    }

    /** The assessment as the API serves it to its tenant: stored before its event was published, so scored. */
    private Assessment fetch(UUID assessmentId) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(assessmentUrl + "/assessments/" + assessmentId))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET of assessment " + assessmentId + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return json.readValue(response.body(), Assessment.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Properties producerConfig() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return config;
    }

    private Properties consumerConfig() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, CONSUMER_GROUP);
        // Positions are set explicitly for each run; committing them would serve no one.
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return config;
    }

    private String write(QuestionnaireSubmitted event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RecommendationsScored read(String value) {
        try {
            return json.readValue(value, RecommendationsScored.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
