package io.pathfinder.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * A real single-node Apache Kafka broker in KRaft mode, broker and controller in one process,
 * that keeps its data in one directory and restarts on it.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final String CLIENT_LISTENER = "PLAINTEXT";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final int MEBIBYTE = 1024 * 1024;

    private final KafkaRaftServer server;
    private final String bootstrapServers;

    private KafkaBroker(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Starts a broker and returns once it accepts clients.
     *
     * @param port          the port clients connect to, or 0 for a free one
     * @param dataDirectory where the broker keeps its logs and metadata; formatted on first use
     */
    public static KafkaBroker start(int port, Path dataDirectory) {
        int clientPort = port == 0 ? freePort() : port;
        // The controller quorum is configured by address, so its port must be known before start.
        // A port just released may be handed out again at once: never the client's.
        int controllerPort = freePort();
        while (controllerPort == clientPort) {
            controllerPort = freePort();
        }
        createDirectories(dataDirectory);
        if (Files.notExists(dataDirectory.resolve("meta.properties"))) {
            format(dataDirectory);
        }
        KafkaConfig config = KafkaConfig.fromProps(settings(clientPort, controllerPort, dataDirectory));
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            // Whatever did start has non-daemon threads that would keep the JVM alive.
            server.shutdown();
            server.awaitShutdown();
            throw e;
        }
        return new KafkaBroker(server, "localhost:" + clientPort);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    private static Properties settings(int clientPort, int controllerPort, Path dataDirectory) {
        Properties settings = new Properties();
        settings.put("process.roles", "broker,controller");
        settings.put("node.id", String.valueOf(NODE_ID));
        settings.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        settings.put("listeners", CLIENT_LISTENER + "://localhost:" + clientPort + ","
                + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        settings.put("advertised.listeners", CLIENT_LISTENER + "://localhost:" + clientPort);
        settings.put("listener.security.protocol.map",
                CLIENT_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        settings.put("controller.listener.names", CONTROLLER_LISTENER);
        settings.put("inter.broker.listener.name", CLIENT_LISTENER);
        settings.put("log.dirs", dataDirectory.toAbsolutePath().toString());

        // One node holds the only copy of everything.
        settings.put("default.replication.factor", "1");
        settings.put("min.insync.replicas", "1");
        settings.put("offsets.topic.replication.factor", "1");
        settings.put("transaction.state.log.replication.factor", "1");
        settings.put("transaction.state.log.min.isr", "1");
        settings.put("share.coordinator.state.topic.replication.factor", "1");
        settings.put("share.coordinator.state.topic.min.isr", "1");

        // Internal topics are created on first use: few partitions make that quick.
        settings.put("offsets.topic.num.partitions", "5");
        settings.put("transaction.state.log.num.partitions", "5");
        // No other member is coming: a consumer group should not wait for one.
        settings.put("group.initial.rebalance.delay.ms", "0");
        // Topics the contract does not name yet still work, as on a developer's usual broker.
        settings.put("auto.create.topics.enable", "true");

        // Sized for a laptop rather than a cluster: the defaults preallocate 10 MiB of index files
        // per segment and give the log cleaner a 128 MiB heap buffer. Smaller segments also let
        // compaction and retention act on local volumes: they never touch the active segment.
        settings.put("log.segment.bytes", String.valueOf(16 * MEBIBYTE));
        settings.put("log.index.size.max.bytes", String.valueOf(MEBIBYTE));
        settings.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * MEBIBYTE));
        return settings;
    }

    private static void format(Path dataDirectory) {
        String directory = dataDirectory.toAbsolutePath().toString();
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(directory))
                    .setMetadataLogDirectory(directory)
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format the Kafka data directory " + directory, e);
        }
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
