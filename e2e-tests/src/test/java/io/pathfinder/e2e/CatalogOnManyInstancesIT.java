package io.pathfinder.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The catalogue on two instances, both running the outbox relay, with concurrent administrators
 * writing through both: creates, updates and deletes of a few skills, so that writes of one entry
 * race each other on different instances. Afterwards the database is the truth, and the compacted
 * topic's last record of every key, each catalogue instance's view and the assessment service's
 * copy must all come to equal it. Then each instance is killed with SIGKILL in the middle of such
 * writes and started again, and the same must hold, with no acknowledged write missing from the topic.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogOnManyInstancesIT {

    private static final String TOPIC = "pathfinder.catalog-changed.v1";
    private static final int WRITES = 500;
    private static final int WRITERS = 16;
    private static final int SKILLS = 25;
    private static final int WRITES_BETWEEN_KILLS = 150;
    private static final int CUT_OFF = -1;
    private static final Duration CONVERGENCE = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private PipelineStack stack;
    private ServiceProcess assessment;
    private String token;

    @BeforeAll
    void startStack() {
        stack = PipelineStack.start(RunningStack.buildDir().resolve("catalog-instances-" + Instant.now().toEpochMilli()));
        stack.startCatalog();
        assessment = stack.startAssessment();
        token = RunningStack.mintToken("admin");
    }

    @AfterAll
    void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void concurrentWritesOnTwoInstancesEndTheSameEverywhere() throws Exception {
        List<Write> writes = new ArrayList<>();
        Instant start = Instant.now();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<Write>> pending = new ArrayList<>();
            for (int i = 0; i < WRITES; i++) {
                int number = i;
                pending.add(writers.submit(() -> write("many-", number, stack.catalogs())));
            }
            for (Future<Write> write : pending) {
                writes.add(write.get());
            }
        } finally {
            writers.shutdown();
        }
        Map<String, Integer> outcomes = outcomes(writes);
        System.out.printf("%d writes over %d catalogue instances in %.1f s: %s%n", WRITES, stack.catalogs().size(),
                Duration.between(start, Instant.now()).toMillis() / 1000.0, outcomes);
        outcomes.keySet().forEach(outcome -> assertTrue(outcome.matches(".* (200|201|204|404|409|412)"),
                "an answer a concurrent write may get: " + outcome));
        for (ServiceProcess catalog : stack.catalogs()) {
            assertTrue(writes.stream().filter(write -> write.instance().equals(catalog.name()) && write.acknowledged()).count() >= 50,
                    catalog.name() + " took a share of the writes: " + outcomes);
        }
        assertTheSameEverywhere();
    }

    /**
     * Each of the two instances is killed with SIGKILL while administrators write through both, and
     * started again; one of them has been relaying the outbox. A write the service acknowledged
     * must reach the topic however the relay's work was cut off, and a write cut off by the kill
     * must end either wholly in the database and on the topic or not at all.
     */
    @Test
    void instancesKilledWithSigkillMidWritesLoseNothing() throws Exception {
        List<ServiceProcess> targets = new CopyOnWriteArrayList<>(stack.catalogs());
        Queue<Write> writes = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger numbers = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            running.add(writers.submit(() -> {
                while (writing.get()) {
                    writes.add(write("killed-", numbers.getAndIncrement(), List.copyOf(targets)));
                }
                return null;
            }));
        }
        try {
            for (ServiceProcess victim : List.copyOf(targets)) {
                awaitWrites(writes, writes.size() + WRITES_BETWEEN_KILLS);
                victim.kill();
                targets.remove(victim);
                int writtenAtKill = writes.size();
                Instant killed = Instant.now();
                ServiceProcess restarted = stack.startCatalog();
                targets.add(restarted);
                System.out.printf("%s killed with SIGKILL after %d writes; %s ready %.1f s later%n", victim.name(),
                        writtenAtKill, restarted.name(), Duration.between(killed, Instant.now()).toMillis() / 1000.0);
            }
            awaitWrites(writes, writes.size() + WRITES_BETWEEN_KILLS);
        } finally {
            writing.set(false);
            writers.shutdown();
        }
        for (Future<?> writer : running) {
            writer.get();
        }
        Map<String, Integer> outcomes = outcomes(writes);
        System.out.printf("%d writes while instances were killed: %s%n", writes.size(), outcomes);
        outcomes.keySet().forEach(outcome -> assertTrue(outcome.matches(".* (200|201|204|404|409|412|cut off)"),
                "an answer a write may get while instances are killed: " + outcome));
        assertTrue(writes.stream().anyMatch(write -> write.status() == CUT_OFF), "some writes were in flight at a kill: " + outcomes);

        assertTheSameEverywhere();
        Set<String> published = publishedSkillNames();
        List<String> lost = writes.stream().filter(write -> write.acknowledged() && write.name() != null)
                .map(Write::name).filter(name -> !published.contains(name)).toList();
        assertEquals(List.of(), lost, "acknowledged writes missing from the topic");
        assertEquals(0, outboxRows(), "rows left in the outbox");
    }

    private void awaitWrites(Queue<Write> writes, int count) {
        Instant deadline = Instant.now().plus(CONVERGENCE);
        while (writes.size() < count) {
            assertTrue(Instant.now().isBefore(deadline), "writes went on: " + writes.size() + " of " + count);
            ServiceProcess.sleep(Duration.ofMillis(100));
        }
    }

    private void assertTheSameEverywhere() throws Exception {
        Instant written = Instant.now();
        Instant deadline = written.plus(CONVERGENCE);
        Catalogue truth = database();
        while (!everywhere(truth) && Instant.now().isBefore(deadline)) {
            ServiceProcess.sleep(Duration.ofSeconds(1));
            truth = database();
        }
        System.out.printf("Topic, views and copy equal the database (version %d, %d entries) %.1f s after the last write%n",
                truth.version(), truth.keys().size(), Duration.between(written, Instant.now()).toMillis() / 1000.0);

        assertEquals(truth, topic(), "the compacted topic's last record of every key");
        for (ServiceProcess catalog : stack.catalogs()) {
            assertEquals(truth, view(catalog), catalog.name() + "'s view");
        }
        assertEquals(truth.version(), copyVersion(), "the assessment copy's catalogue version");
        assertEquals(skillNames(truth), copySkillNames(), "the skills in the assessment copy");
    }

    /**
     * One administrator's write of a skill whose slug starts with the prefix, on the instance its
     * number picks among the targets. A create or update writes a name no other write uses.
     */
    private Write write(String prefix, int number, List<ServiceProcess> targets) throws InterruptedException {
        SplittableRandom random = new SplittableRandom(number);
        ServiceProcess catalog = targets.get(number % targets.size());
        String slug = prefix + random.nextInt(SKILLS);
        String name = "Skill " + slug + ", write " + number;
        String skill = JSON.createObjectNode().put("slug", slug).put("name", name)
                .put("category", "technical").put("description", "Written by administrator " + number + ".")
                .put("learningMonthsPerLevel", 1 + random.nextInt(12)).toString();
        URI entry = URI.create(catalog.url() + "/skills/" + slug);
        int kind = random.nextInt(10);
        try {
            if (kind < 4) {
                return new Write(catalog.name(), "create", name, send(admin(URI.create(catalog.url() + "/skills"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(skill))).statusCode());
            }
            if (kind < 8) {
                HttpResponse<String> current = send(HttpRequest.newBuilder(entry).GET());
                if (current.statusCode() != 200) {
                    return new Write(catalog.name(), "read", null, current.statusCode());
                }
                String etag = current.headers().firstValue("ETag").orElseThrow();
                return new Write(catalog.name(), "update", name, send(admin(entry).header("Content-Type", "application/json")
                        .header("If-Match", etag).PUT(HttpRequest.BodyPublishers.ofString(skill))).statusCode());
            }
            return new Write(catalog.name(), "delete", null, send(admin(entry).DELETE()).statusCode());
        } catch (IOException cutOff) {
            return new Write(catalog.name(), kind < 4 ? "create" : kind < 8 ? "update" : "delete", null, CUT_OFF);
        }
    }

    /** A write's instance, kind, the skill name it wrote (creates and updates) and the HTTP status, or {@link #CUT_OFF}. */
    record Write(String instance, String kind, String name, int status) {

        boolean acknowledged() {
            return status == 200 || status == 201 || status == 204;
        }

        String outcome() {
            return instance + " " + kind + " " + (status == CUT_OFF ? "cut off" : String.valueOf(status));
        }
    }

    private static Map<String, Integer> outcomes(Collection<Write> writes) {
        Map<String, Integer> outcomes = new TreeMap<>();
        writes.forEach(write -> outcomes.merge(write.outcome(), 1, Integer::sum));
        return outcomes;
    }

    private HttpRequest.Builder admin(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        // Generous: on a small shared machine the first requests meet services that are still warming up.
        return http.send(request.timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * What a reader must agree on: the catalogue version, which entries exist (catalog:entityType:slug, all in the curated catalogue here) and
     * the skills' content (the entries the writes changed).
     */
    record Catalogue(long version, Set<String> keys, Map<String, JsonNode> skills) {
    }

    private boolean everywhere(Catalogue truth) throws Exception {
        if (!truth.equals(topic())) {
            return false;
        }
        for (ServiceProcess catalog : stack.catalogs()) {
            if (!truth.equals(view(catalog))) {
                return false;
            }
        }
        return truth.version() == copyVersion() && skillNames(truth).equals(copySkillNames());
    }

    private Catalogue database() throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection(stack.jdbcUrl(), "postgres", "");
             Statement statement = connection.createStatement()) {
            // One snapshot for all the reads, so the version and the entries agree.
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            long version;
            try (ResultSet row = statement.executeQuery("SELECT version FROM catalog.catalog_version WHERE catalog = 'curated'")) {
                row.next();
                version = row.getLong(1);
            }
            Set<String> keys = new TreeSet<>();
            Map<String, JsonNode> skills = new TreeMap<>();
            for (String[] table : new String[][] {{"role", "roles"}, {"skill", "skills"}, {"option", "transition_options"},
                    {"path", "transition_paths"}}) {
                try (ResultSet rows = statement.executeQuery("SELECT slug, document FROM catalog." + table[1] + " WHERE catalog = 'curated'")) {
                    while (rows.next()) {
                        keys.add("curated:" + table[0] + ":" + rows.getString(1));
                        if (table[0].equals("skill")) {
                            skills.put(rows.getString(1), JSON.readTree(rows.getString(2)));
                        }
                    }
                }
            }
            connection.commit();
            return new Catalogue(version, keys, skills);
        }
    }

    /** The topic as a late consumer sees it: per key, the last record; an entry exists when that one is an upsert. */
    private Catalogue topic() throws IOException {
        Map<String, JsonNode> last = new HashMap<>();
        for (ConsumerRecord<String, String> record : records()) {
            if (record.value() != null) {
                last.put(record.key(), JSON.readTree(record.value()));
            }
        }
        long version = 0;
        Set<String> keys = new TreeSet<>();
        Map<String, JsonNode> skills = new TreeMap<>();
        for (Map.Entry<String, JsonNode> record : last.entrySet()) {
            JsonNode event = record.getValue();
            version = Math.max(version, event.get("catalogVersion").asLong());
            if (event.get("change").asText().equals("upserted")) {
                keys.add(record.getKey());
                if (event.get("entityType").asText().equals("skill")) {
                    skills.put(event.get("key").asText(), event.get("skill"));
                }
            }
        }
        return new Catalogue(version, keys, skills);
    }

    /**
     * Every skill name the topic carries, in all its history: the log cleaner never compacts the
     * active segment (16 MiB on the test broker), and these tests write far less than that.
     */
    private Set<String> publishedSkillNames() throws IOException {
        Set<String> names = new HashSet<>();
        for (ConsumerRecord<String, String> record : records()) {
            JsonNode skill = record.value() == null ? null : JSON.readTree(record.value()).get("skill");
            if (skill != null && !skill.isNull()) {
                names.add(skill.get("name").asText());
            }
        }
        return names;
    }

    private List<ConsumerRecord<String, String>> records() {
        return new ScoringTraffic(stack.bootstrapServers(), stack.jdbcUrl()).readAll(TOPIC, record -> true);
    }

    private long outboxRows() throws SQLException {
        try (Connection connection = DriverManager.getConnection(stack.jdbcUrl(), "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM catalog.outbox")) {
            count.next();
            return count.getLong(1);
        }
    }

    /** One catalogue instance's view, read over HTTP: its export. */
    private Catalogue view(ServiceProcess catalog) throws IOException, InterruptedException {
        JsonNode export = JSON.readTree(send(HttpRequest.newBuilder(URI.create(catalog.url() + "/catalog/export")).GET()).body());
        Set<String> keys = new TreeSet<>();
        Map<String, JsonNode> skills = new TreeMap<>();
        for (String[] collection : new String[][] {{"role", "roles"}, {"skill", "skills"}, {"option", "options"}, {"path", "paths"}}) {
            for (JsonNode entry : export.get(collection[1])) {
                keys.add("curated:" + collection[0] + ":" + entry.get("slug").asText());
                if (collection[0].equals("skill")) {
                    skills.put(entry.get("slug").asText(), entry);
                }
            }
        }
        return new Catalogue(export.get("version").asLong(), keys, skills);
    }

    private long copyVersion() throws IOException, InterruptedException {
        JsonNode health = JSON.readTree(send(HttpRequest.newBuilder(URI.create(assessment.url() + "/q/health/ready")).GET()).body());
        for (JsonNode check : health.get("checks")) {
            if (check.get("name").asText().equals("catalog-copy")) {
                return check.get("data").get("catalogVersion").asLong();
            }
        }
        throw new AssertionError("no catalog-copy readiness check in " + health);
    }

    /** The assessment copy's skills, as its questionnaire asks for them: slug to name. */
    private Map<String, String> copySkillNames() throws IOException, InterruptedException {
        JsonNode questionnaire = JSON.readTree(send(HttpRequest.newBuilder(URI.create(assessment.url() + "/questionnaire")).GET()).body());
        Map<String, String> names = new TreeMap<>();
        for (JsonNode section : questionnaire.get("sections")) {
            if (section.get("id").asText().equals("skills")) {
                section.get("questions").forEach(question -> names.put(
                        question.get("id").asText().substring("skills/".length()), question.get("label").asText()));
            }
        }
        return names;
    }

    private static Map<String, String> skillNames(Catalogue catalogue) {
        Map<String, String> names = new TreeMap<>();
        catalogue.skills().forEach((slug, skill) -> names.put(slug, skill.get("name").asText()));
        return names;
    }
}
