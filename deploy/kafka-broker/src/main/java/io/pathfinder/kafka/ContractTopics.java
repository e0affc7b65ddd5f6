package io.pathfinder.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * The topics of the AsyncAPI contract, created on a broker from the contract itself so that their
 * partitions and configuration are defined in one place only.
 */
public final class ContractTopics {

    /** Where the api-contracts jar ships the AsyncAPI document. */
    private static final String CONTRACT_RESOURCE = "contracts/asyncapi.yaml";

    /**
     * A channel's topic as the contract's Kafka binding declares it. Its replicas are left to the
     * broker: a local single node keeps one copy whatever a production cluster keeps.
     *
     * @param partitions absent when the binding names none, so the broker's default applies
     * @param config     the binding's topicConfiguration, as Kafka topic configs
     */
    public record Topic(String name, Optional<Integer> partitions, Map<String, String> config) {

        NewTopic toNewTopic() {
            return new NewTopic(name, partitions, Optional.empty()).configs(config);
        }
    }

    private ContractTopics() {
    }

    /** The topics of every channel of the contract. */
    public static List<Topic> declared() {
        try (InputStream contract = ContractTopics.class.getClassLoader().getResourceAsStream(CONTRACT_RESOURCE)) {
            if (contract == null) {
                throw new IllegalStateException(CONTRACT_RESOURCE + " is not on the classpath: it ships in io.pathfinder:api-contracts");
            }
            return parse(new ObjectMapper(new YAMLFactory()).readTree(contract));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + CONTRACT_RESOURCE, e);
        }
    }

    /** Creates the contract's topics on the broker; those that already exist are left as they are. */
    public static void createOn(String bootstrapServers) {
        List<NewTopic> topics = declared().stream().map(Topic::toNewTopic).toList();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(topics).values().forEach(ContractTopics::awaitCreation);
        }
    }

    private static List<Topic> parse(JsonNode contract) {
        List<Topic> topics = new ArrayList<>();
        for (JsonNode channel : contract.path("channels")) {
            JsonNode binding = channel.path("bindings").path("kafka");
            Optional<Integer> partitions = binding.has("partitions")
                    ? Optional.of(binding.get("partitions").asInt())
                    : Optional.empty();
            Map<String, String> config = new TreeMap<>();
            binding.path("topicConfiguration").properties()
                    .forEach(setting -> config.put(setting.getKey(), configValue(setting.getValue())));
            topics.add(new Topic(channel.required("address").asText(), partitions, config));
        }
        return topics;
    }

    /** AsyncAPI writes cleanup.policy as a list, Kafka takes a list as comma-separated values. */
    private static String configValue(JsonNode value) {
        return value.isArray()
                ? value.valueStream().map(JsonNode::asText).collect(Collectors.joining(","))
                : value.asText();
    }

    private static void awaitCreation(String topic, KafkaFuture<Void> creation) {
        try {
            creation.get();
        } catch (ExecutionException e) {
            // A broker restarted on its data directory already has them.
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create topic " + topic, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topic " + topic, e);
        }
    }
}
