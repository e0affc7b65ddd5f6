package io.pathfinder.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Keeps the deployment files honest: the topics they create are the AsyncAPI contract's, the probes
 * reach the services' health endpoints on the ports the services listen on, and the scoring
 * autoscaler never runs more consumers than its topic has partitions, and each image runs its service with the
 * service's own JVM options in a pod with room for them.
 */
class DeploymentManifestsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** The tests run in deploy/manifests; the files they check are its siblings. */
    private static final Path DEPLOY = Path.of("..").toAbsolutePath().normalize();
    private static final Path REPOSITORY = DEPLOY.getParent();
    private static final Path BASE = DEPLOY.resolve("k8s/base");
    private static final Path PRODUCTION = DEPLOY.resolve("k8s/overlays/production");
    private static final Map<String, String> HEALTH_ENDPOINTS = Map.of(
            "startupProbe", "/q/health/started",
            "livenessProbe", "/q/health/live",
            "readinessProbe", "/q/health/ready");

    /** A topic as the contract, a KafkaTopic or a kafka-topics.sh command defines it. */
    record Topic(String name, int partitions, int replicas, Map<String, String> config) {
    }

    @Test
    void everyChannelHasAKafkaTopicWithTheContractsSettings() throws IOException {
        Map<String, Topic> kafkaTopics = new TreeMap<>();
        for (JsonNode topic : ofKind(base(), "KafkaTopic")) {
            JsonNode spec = topic.path("spec");
            Map<String, String> config = new TreeMap<>();
            spec.path("config").properties().forEach(setting -> config.put(setting.getKey(), setting.getValue().asText()));
            Topic declared = new Topic(spec.path("topicName").asText(), spec.path("partitions").asInt(),
                    spec.path("replicas").asInt(), config);
            kafkaTopics.put(declared.name(), declared);
        }
        assertEquals(contractTopics(), kafkaTopics);
    }

    @Test
    void composeCreatesEveryTopicWithTheContractsSettings() throws IOException {
        JsonNode job = compose().path("services").path("kafka-topics");
        String script = StreamSupport.stream(job.path("command").spliterator(), false)
                .map(JsonNode::asText)
                .collect(Collectors.joining("\n"));
        Map<String, Topic> created = new TreeMap<>();
        for (String line : script.split("\n")) {
            if (line.contains("--create")) {
                Topic topic = parseKafkaTopicsCommand(line);
                created.put(topic.name(), topic);
            }
        }
        assertEquals(contractTopics(), created);
    }

    @Test
    void everyContainerProbesTheHealthEndpointsOnItsDeclaredPort() throws IOException {
        List<JsonNode> deployments = ofKind(base(), "Deployment");
        assertFalse(deployments.isEmpty(), "no Deployment in the base");
        for (JsonNode deployment : deployments) {
            String service = deployment.path("metadata").path("name").asText();
            JsonNode pod = deployment.path("spec").path("template");
            for (JsonNode container : pod.path("spec").path("containers")) {
                Set<String> declaredPorts = new HashSet<>();
                for (JsonNode port : container.path("ports")) {
                    assertEquals(httpPort(service), port.path("containerPort").asText(),
                            service + " declares a port its application does not listen on");
                    declaredPorts.add(port.path("containerPort").asText());
                    declaredPorts.add(port.path("name").asText());
                }
                HEALTH_ENDPOINTS.forEach((probe, path) -> {
                    JsonNode httpGet = container.path(probe).path("httpGet");
                    assertEquals(path, httpGet.path("path").asText(), service + " " + probe);
                    assertTrue(declaredPorts.contains(httpGet.path("port").asText()),
                            service + " " + probe + " probes port " + httpGet.path("port") + ", not one it declares");
                });
            }
            JsonNode annotations = pod.path("metadata").path("annotations");
            assertEquals("/q/metrics", annotations.path("prometheus.io/path").asText(), service + " scrape path");
            assertEquals(httpPort(service), annotations.path("prometheus.io/port").asText(), service + " scrape port");
        }
    }

    @Test
    void composeChecksEachServicesReadinessOnThePortItListensOn() throws IOException {
        for (String service : List.of("catalog-service", "assessment-service")) {
            JsonNode definition = compose().path("services").path(service);
            String port = httpPort(service);
            String healthcheck = StreamSupport.stream(definition.path("healthcheck").path("test").spliterator(), false)
                    .map(JsonNode::asText)
                    .collect(Collectors.joining(" "));
            assertTrue(healthcheck.contains("/dev/tcp/127.0.0.1/" + port + " "), service + " healthcheck port: " + healthcheck);
            assertTrue(healthcheck.contains("GET /q/health/ready "), service + " healthcheck path: " + healthcheck);
            assertEquals(port + ":" + port, definition.path("ports").path(0).asText(), service + " published port");
        }
    }

    @Test
    void eachServiceRunsWithItsOwnJvmOptionsAndRoomBeyondItsHeap() throws IOException {
        String environment = readAll(BASE.resolve("configmap.yaml")).toString() + compose().path("services");
        assertFalse(environment.contains("JAVA_OPTS"), "JVM options set outside the services' jvm.options");
        for (String service : List.of("catalog-service", "assessment-service")) {
            List<String> options = Files.readAllLines(REPOSITORY.resolve(service).resolve("jvm.options"));
            long heap = options.stream().filter(option -> option.startsWith("-Xmx"))
                    .mapToLong(option -> Long.parseLong(option.substring(4, option.length() - 1)) << 20)
                    .findFirst().orElseThrow(() -> new AssertionError(service + " jvm.options sets no -Xmx"));

            String dockerfile = Files.readString(DEPLOY.resolve("images").resolve(service + ".Dockerfile"));
            assertTrue(dockerfile.contains("COPY " + service + "/jvm.options jvm.options"), service + " image lacks jvm.options");
            assertTrue(dockerfile.contains("exec java @/deployments/jvm.options $JAVA_OPTS -jar"),
                    service + " image does not start with its jvm.options");
            String ignore = Files.readString(DEPLOY.resolve("images").resolve(service + ".Dockerfile.dockerignore"));
            assertTrue(ignore.contains("!" + service + "/jvm.options"), service + " jvm.options is not sent to the build");

            JsonNode resources = named(base(), "Deployment", service).path("spec").path("template").path("spec")
                    .path("containers").path(0).path("resources");
            for (String bound : List.of("requests", "limits")) {
                String memory = resources.path(bound).path("memory").asText();
                assertTrue(memory.endsWith("Mi"), service + " memory " + bound + " in Mi: " + memory);
                long bytes = Long.parseLong(memory.substring(0, memory.length() - 2)) << 20;
                // Under load the services held up to almost three times their heap resident (deploy/OPERATIONS.md).
                assertTrue(bytes >= 3 * heap, service + " memory " + bound + " " + memory + " leaves too little beyond a "
                        + (heap >> 20) + " MB heap");
            }
        }
    }

    @Test
    void scoringAutoscalerStaysWithinThePartitionsOfItsTopic() throws IOException {
        Properties assessment = applicationProperties("assessment-service");
        String topic = assessment.getProperty("pathfinder.topics.questionnaire-submitted");
        String group = assessment.getProperty("pathfinder.scoring.group");
        int partitions = contractTopics().get(topic).partitions();
        int consumersPerInstance = Integer.parseInt(assessment.getProperty("pathfinder.scoring.consumers"));

        List<JsonNode> scaledObjects = new ArrayList<>(ofKind(base(), "ScaledObject"));
        scaledObjects.addAll(readAll(PRODUCTION.resolve("scaled-object-patch.yaml")));
        assertEquals(2, scaledObjects.size(), "the base ScaledObject and the production patch");
        for (JsonNode scaledObject : scaledObjects) {
            JsonNode spec = scaledObject.path("spec");
            assertTrue(spec.path("maxReplicaCount").asInt() * consumersPerInstance <= partitions,
                    "maxReplicaCount " + spec.path("maxReplicaCount") + " instances of " + consumersPerInstance
                            + " consumers exceed the " + partitions + " partitions of " + topic);
            JsonNode trigger = spec.path("triggers").path(0);
            assertEquals("kafka", trigger.path("type").asText());
            assertEquals(topic, trigger.path("metadata").path("topic").asText());
            assertEquals(group, trigger.path("metadata").path("consumerGroup").asText());
        }
    }

    @Test
    void selectorsMatchTheirPods() throws IOException {
        List<JsonNode> base = base();
        for (JsonNode deployment : ofKind(base, "Deployment")) {
            String name = deployment.path("metadata").path("name").asText();
            JsonNode podLabels = deployment.path("spec").path("template").path("metadata").path("labels");
            assertSelects(deployment.path("spec").path("selector").path("matchLabels"), podLabels, "Deployment " + name);
            assertSelects(named(base, "Service", name).path("spec").path("selector"), podLabels, "Service " + name);
            assertSelects(named(base, "PodDisruptionBudget", name).path("spec").path("selector").path("matchLabels"),
                    podLabels, "PodDisruptionBudget " + name);
        }
    }

    @Test
    void kustomizationsNameOnlyFilesThatExist() throws IOException {
        for (Path directory : List.of(BASE, PRODUCTION)) {
            JsonNode kustomization = YAML.readTree(directory.resolve("kustomization.yaml").toFile());
            List<String> files = new ArrayList<>();
            kustomization.path("resources").forEach(resource -> files.add(resource.asText()));
            kustomization.path("patches").forEach(patch -> files.add(patch.path("path").asText()));
            assertFalse(files.isEmpty(), directory + " names nothing");
            for (String file : files) {
                assertTrue(Files.exists(directory.resolve(file)), directory + " names a missing " + file);
            }
        }
    }

    /** The contract's topics by name, as its channels' Kafka bindings declare them. */
    private static Map<String, Topic> contractTopics() throws IOException {
        JsonNode contract;
        try (InputStream in = DeploymentManifestsTest.class.getClassLoader().getResourceAsStream("contracts/asyncapi.yaml")) {
            assertNotNull(in, "contracts/asyncapi.yaml is not on the classpath");
            contract = YAML.readTree(in);
        }
        Map<String, Topic> topics = new TreeMap<>();
        for (JsonNode channel : contract.path("channels")) {
            JsonNode binding = channel.path("bindings").path("kafka");
            Map<String, String> config = new TreeMap<>();
            binding.path("topicConfiguration").properties().forEach(setting -> config.put(setting.getKey(),
                    setting.getValue().isArray()
                            ? StreamSupport.stream(setting.getValue().spliterator(), false).map(JsonNode::asText).collect(Collectors.joining(","))
                            : setting.getValue().asText()));
            Topic topic = new Topic(channel.path("address").asText(), binding.path("partitions").asInt(),
                    binding.path("replicas").asInt(), config);
            topics.put(topic.name(), topic);
        }
        assertFalse(topics.isEmpty(), "the contract declares no channels");
        return topics;
    }

    private static Topic parseKafkaTopicsCommand(String line) {
        String[] words = line.trim().split("\\s+");
        String name = null;
        int partitions = 0;
        int replicas = 0;
        Map<String, String> config = new TreeMap<>();
        for (int i = 0; i < words.length - 1; i++) {
            String value = words[i + 1];
            switch (words[i]) {
                case "--topic" -> name = value;
                case "--partitions" -> partitions = Integer.parseInt(value);
                case "--replication-factor" -> replicas = Integer.parseInt(value);
                case "--config" -> config.put(value.substring(0, value.indexOf('=')), value.substring(value.indexOf('=') + 1));
                default -> {
                    // the command and its other options
                }
            }
        }
        assertNotNull(name, "no --topic in: " + line);
        return new Topic(name, partitions, replicas, config);
    }

    private static void assertSelects(JsonNode selector, JsonNode podLabels, String what) {
        assertFalse(selector.isEmpty(), what + " has no selector");
        selector.properties().forEach(label -> assertEquals(label.getValue().asText(), podLabels.path(label.getKey()).asText(),
                what + " selects " + label.getKey() + " that its pods do not carry"));
    }

    /** Every document of the files the base kustomization lists. */
    private static List<JsonNode> base() throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        for (JsonNode resource : YAML.readTree(BASE.resolve("kustomization.yaml").toFile()).path("resources")) {
            documents.addAll(readAll(BASE.resolve(resource.asText())));
        }
        return documents;
    }

    private static JsonNode compose() throws IOException {
        return YAML.readTree(DEPLOY.resolve("compose/docker-compose.yml").toFile());
    }

    private static List<JsonNode> readAll(Path file) throws IOException {
        try (var documents = YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile())) {
            return documents.readAll().stream().filter(document -> !document.isEmpty()).toList();
        }
    }

    private static List<JsonNode> ofKind(List<JsonNode> documents, String kind) {
        return documents.stream().filter(document -> kind.equals(document.path("kind").asText())).toList();
    }

    private static JsonNode named(List<JsonNode> documents, String kind, String name) {
        return ofKind(documents, kind).stream()
                .filter(document -> name.equals(document.path("metadata").path("name").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name));
    }

    /** The port the service listens on, from its own configuration. */
    private static String httpPort(String service) throws IOException {
        String port = applicationProperties(service).getProperty("quarkus.http.port");
        assertNotNull(port, service + " sets no quarkus.http.port");
        return port;
    }

    private static Properties applicationProperties(String service) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(REPOSITORY.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }
}
