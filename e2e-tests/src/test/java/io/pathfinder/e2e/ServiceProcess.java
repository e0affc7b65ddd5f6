package io.pathfinder.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * One packaged service, run as an operator runs it: its own process with the service's JVM options
 * ({@code <module>/jvm.options}), configured by environment variables, on a free port. It can be stopped
 * politely or killed outright. The system property {@code pathfinder.service-java-options} adds JVM options
 * (the benchmarks' native memory tracking, say).
 */
public final class ServiceProcess {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);
    /** For the health checks and metrics, polled often: one client, not one per poll. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private ServiceProcess(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the service's packaged application and returns once it is ready.
     *
     * @param service     the module, e.g. assessment-service
     * @param name        names this instance in its log file, e.g. assessment-2
     * @param environment its configuration, beside the HTTP port this chooses
     */
    public static ServiceProcess start(String service, String name, Map<String, String> environment, Path logDirectory) {
        ServiceProcess started = launch(service, name, environment, logDirectory);
        started.awaitReady();
        return started;
    }

    /** Starts the service's packaged application without waiting for it to be ready. */
    public static ServiceProcess launch(String service, String name, Map<String, String> environment, Path logDirectory) {
        Path module = RunningStack.repositoryRoot().resolve(service);
        Path application = module.resolve("target/quarkus-app/quarkus-run.jar");
        if (Files.notExists(application)) {
            throw new IllegalStateException(application + " is missing: package the services first");
        }
        int port = freePort();
        Path log = logDirectory.resolve(name + ".log");
        try {
            Files.createDirectories(logDirectory);
            List<String> command = new ArrayList<>(List.of("java", "@" + module.resolve("jvm.options")));
            command.addAll(Arrays.asList(System.getProperty("pathfinder.service-java-options", "").split("\\s+")));
            command.removeIf(String::isEmpty);
            command.addAll(List.of("-jar", application.toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
            return new ServiceProcess(name, builder.start(), port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The public half of the development key pair: the services trust the tokens MintToken.java signs. */
    public static String developmentKey() {
        return RunningStack.repositoryRoot().resolve("deploy/local/dev-keys/public-key.pem").toString();
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public String name() {
        return name;
    }

    /** CPU time the service has used so far. */
    public Duration cpu() {
        return process.info().totalCpuDuration().orElseThrow();
    }

    /** Resident memory now and at its highest, from the kernel's account of the process. */
    public record Memory(long residentMb, long highestMb) {
    }

    public Memory memory() {
        try {
            Map<String, Long> kilobytes = new HashMap<>();
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                String[] field = line.split(":?\\s+");
                if (field[0].equals("VmRSS") || field[0].equals("VmHWM")) {
                    kilobytes.put(field[0], Long.parseLong(field[1]));
                }
            }
            return new Memory(kilobytes.get("VmRSS") / 1024, kilobytes.get("VmHWM") / 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sum of a gauge's series in the service's Prometheus metrics ({@code /q/metrics}); 0 while it has none. */
    public double gauge(String name) {
        Pattern series = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{[^}]*})? ([0-9.eE+-]+)$");
        try {
            String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/q/metrics"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
            return series.matcher(metrics).results().mapToDouble(value -> Double.parseDouble(value.group(1))).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The JVM's native memory summary (jcmd VM.native_memory summary), one line per area with what is reserved and
     * committed; empty unless the service runs with -XX:NativeMemoryTracking.
     */
    public List<String> nativeMemory() {
        try {
            Process jcmd = new ProcessBuilder("jcmd", String.valueOf(process.pid()), "VM.native_memory", "summary")
                    .redirectErrorStream(true).start();
            List<String> lines = new String(jcmd.getInputStream().readAllBytes()).lines()
                    .filter(line -> line.startsWith("Total") || line.startsWith("-"))
                    .map(line -> line.replaceAll("\\s*\\(malloc=.*", "").replaceAll("\\s+", " "))
                    .toList();
            jcmd.waitFor();
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public void awaitReady() {
        awaitHealth("ready");
    }

    /** Waits until the service is up, ready or not (/q/health/live). */
    public void awaitLive() {
        awaitHealth("live");
    }

    private void awaitHealth(String check) {
        HttpRequest health = HttpRequest.newBuilder(URI.create(url() + "/q/health/" + check))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited; see " + log);
            }
            try {
                if (HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Keep polling until the deadline.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException(name + " was not " + check + " in " + STARTUP_TIMEOUT + "; see " + log);
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or committed on the way out. */
    public void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** SIGTERM: the service shuts down as it would in a rolling update. */
    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitExit() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
