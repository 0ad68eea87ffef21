package dev.kairos.launcher;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.jspecify.annotations.Nullable;

/**
 * The start class of every executable Kairos jar ({@code Start-Class} of its manifest). The services need Java 21,
 * but the default {@code java} of many machines is older; this class is built for Java 17 so that it loads there and
 * can run the same jar with a JDK that is new enough, instead of failing with {@code UnsupportedClassVersionError}.
 */
public final class Launcher {

    /** The oldest Java the services run on: the release the rest of the build compiles for. */
    static final int REQUIRED_FEATURE = 21;

    /** The manifest attribute that names the service's own main class. */
    static final String MAIN_CLASS_ATTRIBUTE = "Kairos-Main-Class";

    /** Set for the JVM this class starts: if that one is too old after all, it says so instead of starting another. */
    static final String RELAUNCHED_VARIABLE = "KAIROS_RELAUNCHED_BY";

    /** How long a stopped launcher waits for the JVM it started to shut down (Spring's graceful shutdown). */
    private static final long CHILD_SHUTDOWN_SECONDS = 40;

    private Launcher() {
    }

    public static void main(String[] args) throws Throwable {
        int feature = Runtime.version().feature();
        if (feature >= REQUIRED_FEATURE) {
            handOver(args);
            return;
        }
        System.exit(relaunch(args, feature));
    }

    /** One line for a user whose machine has no JDK that is new enough. */
    static String tooOld(int feature) {
        return "Kairos needs Java " + REQUIRED_FEATURE + " or newer; this is Java " + feature + ". Set JAVA_HOME to a JDK "
                + REQUIRED_FEATURE + " or newer, or install one under /usr/lib/jvm.";
    }

    private static void handOver(String[] args) throws Throwable {
        Class<?> mainClass = Class.forName(mainClassName(executableJar()), true, Launcher.class.getClassLoader());
        MethodHandle main = MethodHandles.publicLookup()
                .findStatic(mainClass, "main", MethodType.methodType(void.class, String[].class));
        // invokeExact lets whatever the main method throws pass unwrapped, as if the JVM had called it directly
        main.invokeExact(args);
    }

    private static int relaunch(String[] args, int feature) throws InterruptedException {
        Optional<Path> jdk = System.getenv(RELAUNCHED_VARIABLE) != null ? Optional.empty()
                : JdkSearch.find(System.getenv("JAVA_HOME"), JdkSearch.PLACES, REQUIRED_FEATURE);
        if (jdk.isEmpty()) {
            System.err.println(tooOld(feature));
            return 1;
        }
        Path java = JdkSearch.java(jdk.get());
        List<String> command = command(java.toString(),
                ProcessHandle.current().info().arguments().map(Arrays::asList).orElse(null),
                ManagementFactory.getRuntimeMXBean().getInputArguments(), executableJar().toString(),
                Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put(RELAUNCHED_VARIABLE, java.toString());
        Process child;
        try {
            child = builder.start();
        } catch (IOException e) {
            System.err.println("Kairos could not start " + java + ": " + e.getMessage());
            return 1;
        }
        // stopping this JVM (SIGTERM, Ctrl-C) stops the service too, and waits for its orderly shutdown
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child), "kairos-launcher-stop"));
        return child.waitFor();
    }

    private static void stop(Process child) {
        if (!child.isAlive()) {
            return;
        }
        child.destroy();
        try {
            child.waitFor(CHILD_SHUTDOWN_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The command line that runs this JVM's jar with {@code java}: this process's own arguments when the operating
     * system reports them whole (they hold the JVM options exactly as given, none added from the environment, which
     * the new JVM reads again), else the JVM options, the jar and the arguments.
     */
    static List<String> command(String java, @Nullable List<String> processArguments, List<String> jvmOptions,
            String jar, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        if (processArguments != null && endsWith(processArguments, args) && processArguments.contains(jar)) {
            command.addAll(processArguments);
            return command;
        }
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar);
        command.addAll(args);
        return command;
    }

    private static boolean endsWith(List<String> list, List<String> tail) {
        return list.size() >= tail.size() && list.subList(list.size() - tail.size(), list.size()).equals(tail);
    }

    /** The jar {@code java -jar} was given: with {@code -jar}, the class path is that jar and nothing else. */
    private static Path executableJar() {
        String classPath = System.getProperty("java.class.path", "");
        if (!classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) {
            throw new IllegalStateException(Launcher.class.getName()
                    + " starts Kairos's executable jars only (java -jar <service>.jar), not class path " + classPath);
        }
        return Path.of(classPath);
    }

    static String mainClassName(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            String name = file.getManifest() == null ? null
                    : file.getManifest().getMainAttributes().getValue(new Attributes.Name(MAIN_CLASS_ATTRIBUTE));
            if (name == null || name.isBlank()) {
                throw new IllegalStateException(jar + " names no " + MAIN_CLASS_ATTRIBUTE + " in its manifest");
            }
            return name.strip();
        }
    }
}
