package io.pathfinder.sdk.kotlin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * No Android emulator runs here, so this checks what Android needs of the SDK from its bytecode: jdeps lists the
 * JDK modules that the SDK and every runtime dependency of it (OkHttp, Okio, kotlinx.serialization, the Kotlin
 * standard library) refer to, and they must be ones Android provides: java.base and java.logging
 * (java.util.logging). java.net.http, which the Java SDK is built on, is the one that matters most.
 */
class AndroidCompatibilityTest {

    private static final Set<String> ON_ANDROID = Set.of("java.base", "java.logging");

    @Test
    void theSdkAndItsDependenciesNeedNoJdkModuleAndroidLacks() throws IOException {
        String classpath = Files.readString(Path.of("target/runtime-classpath.txt")).trim();
        List<String> arguments = new ArrayList<>(List.of("--multi-release", "17", "-summary", "--module-path", classpath));
        arguments.addAll(List.of(classpath.split(java.io.File.pathSeparator)));
        arguments.add("target/classes");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ToolProvider.findFirst("jdeps").orElseThrow()
                .run(new PrintWriter(out), new PrintWriter(err), arguments.toArray(String[]::new));
        assertEquals(0, exit, err.toString());

        Set<String> jdkModules = new TreeSet<>();
        for (String line : out.toString().lines().toList()) {
            String[] dependency = line.trim().split(" -> ");
            if (dependency.length == 2 && (dependency[1].startsWith("java.") || dependency[1].startsWith("jdk."))) {
                jdkModules.add(dependency[1]);
            }
        }
        assertTrue(out.toString().contains("classes -> okhttp3"), "the SDK's own classes were analysed:\n" + out);
        assertTrue(ON_ANDROID.containsAll(jdkModules), "JDK modules needed: " + jdkModules + "\n" + out);
    }
}
