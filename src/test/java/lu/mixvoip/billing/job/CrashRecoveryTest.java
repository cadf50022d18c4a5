package lu.mixvoip.billing.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import lu.mixvoip.billing.BillingRunner;
import lu.mixvoip.billing.BillingRunner.Result;
import lu.mixvoip.billing.Store;
import lu.mixvoip.billing.SupportBillingApplication;
import lu.mixvoip.billing.generator.SyntheticMonth;

/**
 * Whatever kills a run, running the identical command again must end exactly where one uninterrupted run ends: the
 * same invoice numbers for the same customers, byte-identical PDFs and summary, no stray partial files.
 */
class CrashRecoveryTest {
    @TempDir
    static Path shared;
    static Path input;
    static Map<String, String> reference;

    @BeforeAll
    static void billTheMonthOnceWithoutInterruption() throws IOException {
        input = shared.resolve("in");
        SyntheticMonth.write(input, 400, 2400, YearMonth.of(2026, 10), 7);
        Path work = shared.resolve("reference");
        Result result = BillingRunner.bill(input, work, "2026-10");
        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        reference = hashes(work.resolve("out/2026-10"));
        assertThat(reference).containsKeys("summary.csv", "rejects.csv", "invoices/INV-2026-000001.pdf");
    }

    static Stream<Arguments> faults() {
        return Stream.of(Store.values()).flatMap(store -> Stream.of("load:500", "rate:150", "issue:120",
                "render:130").map(fault -> Arguments.of(store, fault)));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("faults")
    void aRunThatFailsIsCompletedByTheSameCommand(Store store, String fault, @TempDir Path work) throws IOException {
        List<String> storeOptions = store.options(work);

        Result failed = BillingRunner.bill(storeOptions, input, work, "2026-10", "--billing.fault-injection=" + fault);
        assertThat(failed.exitCode()).as(failed.out()).isEqualTo(1);
        assertThat(failed.err()).contains("fault injected at " + fault, "run the same command again");

        Result resumed = BillingRunner.bill(storeOptions, input, work, "2026-10");

        assertThat(resumed.exitCode()).as(resumed.err()).isEqualTo(3);
        assertThat(hashes(work.resolve("out/2026-10"))).isEqualTo(reference);
    }

    /** PDFs are written with their chunk; the render steps bring back any that went missing before the resume. */
    @org.junit.jupiter.api.Test
    void pdfsOfCommittedChunksThatWentMissingAreRenderedAgainOnResume(@TempDir Path work) throws IOException {
        Result failed = BillingRunner.bill(input, work, "2026-10", "--billing.fault-injection=issue:250");
        assertThat(failed.exitCode()).as(failed.out()).isEqualTo(1);
        Path invoices = work.resolve("out/2026-10/invoices");
        try (Stream<Path> written = Files.list(invoices)) {
            assertThat(written.count()).as("the chunks committed before the fault").isGreaterThanOrEqualTo(200);
        }
        org.springframework.util.FileSystemUtils.deleteRecursively(invoices);

        Result resumed = BillingRunner.bill(input, work, "2026-10");

        assertThat(resumed.exitCode()).as(resumed.err()).isEqualTo(3);
        assertThat(hashes(work.resolve("out/2026-10"))).isEqualTo(reference);
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void aRunKilledWithSigkillWhileWritingPdfsIsResumedByTheSameCommand(Store store, @TempDir Path work)
            throws Exception {
        List<String> storeOptions = store.options(work);
        // The child holds after its 40th PDF (other workers may still be writing theirs), so the kill always lands
        // mid-render however fast the machine is.
        Process child = startChild(storeOptions, work, "render:40:hold");
        Path invoices = work.resolve("out/2026-10/invoices");
        waitForPdfs(invoices, 40, child);
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, the execution stays "STARTED"
        child.waitFor(30, TimeUnit.SECONDS);
        assertThat(work.resolve("out/2026-10/summary.csv")).as("killed before the end").doesNotExist();

        Result resumed = BillingRunner.bill(storeOptions, input, work, "2026-10");

        assertThat(resumed.exitCode()).as(resumed.err()).isEqualTo(3);
        assertThat(hashes(work.resolve("out/2026-10"))).isEqualTo(reference);
    }

    /** The reference ran on all cores (2 workers here); one worker and eight must give the very same files. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 8})
    void anyNumberOfThreadsGivesTheSameNumbersAndFiles(int threads, @TempDir Path work) throws IOException {
        Result result = BillingRunner.bill(input, work, "2026-10", "--billing.threads=" + threads);

        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        assertThat(hashes(work.resolve("out/2026-10"))).isEqualTo(reference);
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void aSecondRunWhileOneIsRunningIsRefusedAndWritesNothing(Store store, @TempDir Path work) throws Exception {
        List<String> storeOptions = store.options(work);
        Process child = startChild(storeOptions, work, "render:1:hold"); // in flight until killed
        try {
            waitForPdfs(work.resolve("out/2026-10/invoices"), 1, child);
            // On PostgreSQL the second run may come from another machine: another data folder, the same database.
            List<String> second = store == Store.H2 ? storeOptions : new ArrayList<>(storeOptions);
            if (store == Store.POSTGRES) {
                second.set(0, "--data-dir=" + work.resolve("other-machine"));
            }

            Result refused = BillingRunner.bill(second, input, work.resolve("second"), "2026-10");

            assertThat(refused.exitCode()).as(refused.err()).isEqualTo(4);
            assertThat(refused.err()).containsPattern("execution \\d+ of 2026-10");
            assertThat(work.resolve("second/out")).doesNotExist();
        } finally {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Process startChild(List<String> storeOptions, Path work, String hold) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), SupportBillingApplication.class.getName(),
                "--month=2026-10", "--input=" + input, "--output=" + work.resolve("out"),
                "--billing.fault-injection=" + hold));
        command.addAll(storeOptions);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("child.log").toFile()).start();
    }

    private static void waitForPdfs(Path folder, int count, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    if (files.filter(f -> f.toString().endsWith(".pdf")).count() >= count) {
                        return;
                    }
                }
            }
            assertThat(child.isAlive()).as("the child run ended before writing %d PDFs", count).isTrue();
            Thread.sleep(20);
        }
        throw new AssertionError("no " + count + " PDFs in " + folder + " after 120 s");
    }

    /** Every file under the month's folder (names relative to it) with its SHA-256. */
    static Map<String, String> hashes(Path month) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(month)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                hashes.put(month.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
        }
        return hashes;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
