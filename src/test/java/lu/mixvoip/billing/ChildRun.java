package lu.mixvoip.billing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real program in a child JVM, to kill it with SIGKILL where a fault point holds it ({@code POINT:N:hold}): no
 * shutdown hook, no rollback, the execution left as it was. Closing it always destroys the child, so a test that
 * fails while waiting leaks no process.
 */
public final class ChildRun implements AutoCloseable {
    private static final String HOLDING = "fault injection: holding here";
    private static final long WAIT_SECONDS = 120;

    private final Process process;
    private final Path log;

    private ChildRun(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code support-billing args...} with this JVM's class path; its output goes to {@code log}. */
    public static ChildRun start(Path log, List<String> args) {
        // A short-lived drill: the quick compiler only and a small collector start it sooner.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                SupportBillingApplication.class.getName()));
        command.addAll(args);
        try {
            Files.createDirectories(log.getParent());
            return new ChildRun(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the child holds at its fault point; fails if it ends first or takes too long. */
    public ChildRun awaitHold() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!output().contains(HOLDING)) {
            if (!process.isAlive()) {
                throw new AssertionError("the child ended (exit " + process.exitValue() + ") before holding:\n"
                        + output());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the child did not hold within " + WAIT_SECONDS + " s:\n" + output());
            }
            sleep();
        }
        return this;
    }

    /** SIGKILL, and waits until the child is gone. */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError("the child survived SIGKILL for 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while killing the child", e);
        }
    }

    public String output() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the child", e);
        }
    }
}
