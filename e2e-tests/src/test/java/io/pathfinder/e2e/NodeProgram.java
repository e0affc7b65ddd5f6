package io.pathfinder.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Node.js program of the repository (an SDK's or the web client's own test) against the
 * running stack: installs its locked dependencies, runs it, and fails the calling test with the
 * program's output unless it exits with 0.
 */
final class NodeProgram {

    private static final long TIMEOUT_MINUTES = 5;

    private NodeProgram() {
    }

    /**
     * @param project     the npm project folder, relative to the repository root
     * @param environment what the program reads (URLs, token, output folder)
     * @param command     the command, run in the project folder
     */
    static void run(String project, Map<String, String> environment, String... command) {
        Path folder = RunningStack.repositoryRoot().resolve(project);
        Path log = RunningStack.buildDir().resolve(project.replace('/', '-') + ".log");
        execute(folder, Map.of(), log.resolveSibling(log.getFileName() + ".npm-ci"),
                List.of("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"));
        execute(folder, environment, log, List.of(command));
    }

    private static void execute(Path folder, Map<String, String> environment, Path log, List<String> command) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish in " + TIMEOUT_MINUTES + " minutes:\n"
                        + Files.readString(log));
            }
            if (process.exitValue() != 0) {
                fail(String.join(" ", command) + " in " + folder + " exited with " + process.exitValue() + ":\n"
                        + Files.readString(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
