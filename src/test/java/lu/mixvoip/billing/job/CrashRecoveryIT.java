package lu.mixvoip.billing.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import lu.mixvoip.billing.BillingRunner;
import lu.mixvoip.billing.BillingRunner.Result;
import lu.mixvoip.billing.ChildRun;
import lu.mixvoip.billing.Fixtures;
import lu.mixvoip.billing.Store;
import lu.mixvoip.billing.generator.SyntheticMonth;

/**
 * Whatever stops a run — an exception, or SIGKILL while it loads, issues, renders, re-bills or imports — running the
 * identical command again must end exactly where one uninterrupted run ends: the same documents with the same
 * numbers for the same customers in the store, byte-identical files, no stray partial files.
 */
class CrashRecoveryIT {
    private static final String MONTH = "2026-10";
    private static final String REBILL_DATE = "--issue-date=2026-11-20";
    /** Customers per transaction: small, so that a small month has several chunks to fail between. */
    private static final int CHUNK = 10;

    @TempDir
    static Path shared;
    static Path input;
    /** The month after corrections: every 40th intervention row removed. */
    static Path corrected;
    static Map<String, String> reference;
    static List<String> referenceDocuments;
    static Map<String, String> rebillReference;
    static List<String> rebillDocuments;

    @BeforeAll
    static void billAndRebillTheMonthOnceWithoutInterruption() throws IOException {
        input = shared.resolve("in");
        SyntheticMonth.write(input, 40, 240, YearMonth.of(2026, 10), 7); // four chunks of customers (CHUNK)
        corrected = Fixtures.copyOfInputs(input, shared.resolve("corrected"));
        List<String> rows = Files.readAllLines(corrected.resolve("interventions.csv"));
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (i == 0 || i % 40 != 0) {
                kept.add(rows.get(i));
            }
        }
        Files.write(corrected.resolve("interventions.csv"), kept);

        Path work = shared.resolve("reference");
        List<String> store = Store.H2.options(work);
        assertThat(bill(store, input, work).exitCode()).isEqualTo(3);
        reference = Fixtures.hashes(work.resolve("out/2026-10"));
        referenceDocuments = Store.documents(store);
        assertThat(reference).containsKeys("summary.csv", "rejects.csv", "invoices/INV-2026-000001.pdf");

        Result rebill = bill(store, corrected, work, "--rebill", REBILL_DATE);
        assertThat(rebill.exitCode()).as(rebill.err()).isEqualTo(3);
        assertThat(rebill.out()).containsPattern("Re-billed 2026-10 \\(re-bill 1\\): [1-9]\\d* credit notes?");
        rebillReference = Fixtures.hashes(work.resolve("out/2026-10"));
        rebillDocuments = Store.documents(store);
    }

    static Stream<Arguments> faults() {
        return Stream.of(Store.values()).flatMap(store -> Stream.of("load:200", "rate:25", "issue:25",
                "render:15").map(fault -> Arguments.of(store, fault)));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("faults")
    void aRunThatFailsIsCompletedByTheSameCommand(Store kind, String fault, @TempDir Path work) {
        List<String> store = kind.options(work);

        Result failed = bill(store, input, work, "--billing.fault-injection=" + fault);
        assertThat(failed.exitCode()).as(failed.out()).isEqualTo(1);
        assertThat(failed.err()).contains("fault injected at " + fault, "run the same command again");

        Result resumed = bill(store, input, work);

        assertThat(resumed.exitCode()).as(resumed.err()).isEqualTo(3);
        assertThat(Fixtures.hashes(work.resolve("out/2026-10"))).isEqualTo(reference);
        assertThat(Store.documents(store)).isEqualTo(referenceDocuments);
    }

    static Stream<Arguments> kills() {
        // load: staging partly committed; issue: a chunk's transaction open; render: PDFs half written.
        return Stream.of(Store.values()).flatMap(store -> Stream.of("load:300:hold", "issue:25:hold",
                "render:15:hold").map(hold -> Arguments.of(store, hold)));
    }

    @ParameterizedTest(name = "killed at {1} on {0}")
    @MethodSource("kills")
    void aRunKilledWithSigkillIsResumedByTheSameCommand(Store kind, String hold, @TempDir Path work) {
        List<String> store = kind.options(work);
        try (ChildRun child = ChildRun.start(work.resolve("child.log"), arguments(store, input, work,
                "--billing.fault-injection=" + hold))) {
            child.awaitHold().kill(); // the execution stays "STARTED", nothing of the open transaction commits
        }
        assertThat(work.resolve("out/2026-10/summary.csv")).as("killed before the end").doesNotExist();

        Result resumed = bill(store, input, work);

        assertThat(resumed.exitCode()).as(resumed.err()).isEqualTo(3);
        assertThat(resumed.out()).contains("was left running by a process that is gone");
        assertThat(Fixtures.hashes(work.resolve("out/2026-10"))).isEqualTo(reference);
        assertThat(Store.documents(store)).isEqualTo(referenceDocuments);
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void aRebillKilledWithSigkillIsResumedByTheSameCommand(Store kind, @TempDir Path work) {
        List<String> store = kind.options(work);
        assertThat(bill(store, input, work).exitCode()).isEqualTo(3);
        try (ChildRun child = ChildRun.start(work.resolve("child.log"), arguments(store, corrected, work,
                "--rebill", REBILL_DATE, "--billing.fault-injection=issue:3:hold"))) {
            child.awaitHold().kill();
        }

        Result resumed = bill(store, corrected, work, "--rebill", REBILL_DATE);

        assertThat(resumed.exitCode()).as(resumed.err()).isEqualTo(3);
        assertThat(resumed.out()).contains("Resuming execution", "(re-bill 1)");
        assertThat(Fixtures.hashes(work.resolve("out/2026-10"))).isEqualTo(rebillReference);
        assertThat(Store.documents(store)).isEqualTo(rebillDocuments);
    }

    static Stream<Arguments> unfinishedStates() {
        return Stream.of(Store.values()).flatMap(store -> Stream.of(
                Arguments.of(store, "UNKNOWN", "ended while the database was out of reach"),
                Arguments.of(store, "STARTED", "was left running by a process that is gone")));
    }

    /**
     * A run whose chunk ended while the database was out of reach may end UNKNOWN (Spring Batch could not tell
     * whether the chunk committed; it refuses to restart such an execution), or keep a running status whose last
     * update was lost though it ended: the same command marks it failed and resumes it from what the store committed.
     */
    @ParameterizedTest(name = "left {1} on {0}")
    @MethodSource("unfinishedStates")
    void aRunLeftUnknownOrRunningAfterItEndedIsResumedByTheSameCommand(Store kind, String status, String said,
                                                                         @TempDir Path work) {
        List<String> store = kind.options(work);
        Result failed = bill(store, input, work, "--billing.fault-injection=issue:25");
        assertThat(failed.exitCode()).as(failed.out()).isEqualTo(1);
        JdbcTemplate batch = new JdbcTemplate(Store.dataSourceOf(store));
        assertThat(batch.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = ? WHERE STATUS = 'FAILED'", status))
                .isEqualTo(1);
        assertThat(batch.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = ? WHERE STATUS = 'FAILED'", status))
                .isEqualTo(1);

        Result resumed = bill(store, input, work);

        assertThat(resumed.exitCode()).as(resumed.err()).isEqualTo(3);
        assertThat(resumed.out()).contains(said, "Resuming execution");
        assertThat(Fixtures.hashes(work.resolve("out/2026-10"))).isEqualTo(reference);
        assertThat(Store.documents(store)).isEqualTo(referenceDocuments);
    }

    /**
     * The PostgreSQL server restarts while a run holds a chunk's transaction open (its connections cut): the run
     * fails, and the same command, once the server is back, ends exactly where one uninterrupted run ends.
     */
    @Test
    void aRunWhosePostgresServerRestartsIsCompletedByTheSameCommand(@TempDir Path work) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(port)
                .setDataDirectory(work.resolve("pg")).setCleanDataDirectory(false);
        EmbeddedPostgres server = builder.start();
        List<String> store = List.of("--data-dir=" + work.resolve("data"), "--spring.profiles.active=postgres",
                "--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/postgres",
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres");
        PrintStream err = System.err;
        ByteArrayOutputStream holds = new ByteArrayOutputStream();
        System.setErr(new PrintStream(holds, true, StandardCharsets.UTF_8)); // where a hold says it holds
        FutureTask<Result> run = new FutureTask<>(() -> bill(store, input, work,
                "--billing.fault-injection=issue:25:hold"));
        Thread thread = new Thread(run, "billing-run");
        try {
            thread.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!holds.toString(StandardCharsets.UTF_8).contains("holding here") && !run.isDone()) {
                assertThat(System.nanoTime()).as("the run holds at issue:25").isLessThan(deadline);
                Thread.sleep(20);
            }
        } finally {
            System.setErr(err);
        }
        assertThat(run.isDone()).as("the run holds with a transaction open").isFalse();
        server.close();
        server = builder.start();
        try {
            thread.interrupt(); // the run goes on, over the connections the restart cut
            Result failed = run.get(120, TimeUnit.SECONDS);
            assertThat(failed.exitCode()).as(failed.out()).isEqualTo(1);
            assertThat(failed.err()).as(failed.err()).contains("run the same command again");

            Result resumed = bill(store, input, work);

            assertThat(resumed.exitCode()).as(resumed.err()).isEqualTo(3);
            assertThat(Fixtures.hashes(work.resolve("out/2026-10"))).isEqualTo(reference);
            assertThat(Store.documents(store)).isEqualTo(referenceDocuments);
        } finally {
            server.close();
        }
    }

    /** An import is one transaction: killed, it leaves nothing, and the same command imports everything. */
    @ParameterizedTest
    @EnumSource(Store.class)
    void anImportKilledWithSigkillLeavesNothingAndIsRunAgain(Store kind, @TempDir Path work) {
        List<String> store = kind.options(work);
        List<String> importing = new ArrayList<>(List.of("import", "--input=" + input,
                "--output=" + work.resolve("out")));
        importing.addAll(store);
        List<String> held = new ArrayList<>(importing);
        held.add("--billing.fault-injection=import:300:hold");
        try (ChildRun child = ChildRun.start(work.resolve("child.log"), held)) {
            child.awaitHold().kill();
        }
        JdbcTemplate tables = new JdbcTemplate(Store.dataSourceOf(store));
        assertThat(tables.queryForObject("SELECT COUNT(*) FROM customers", Long.class)).isZero();

        Result imported = BillingRunner.run(importing.toArray(String[]::new));
        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(3);
        assertThat(tables.queryForObject("SELECT COUNT(*) FROM customers", Long.class)).isEqualTo(40);
        Result billed = bill(store, input, work, "--source=db");

        assertThat(billed.exitCode()).as(billed.err()).isEqualTo(3);
        Map<String, String> files = Fixtures.hashes(work.resolve("out/2026-10"));
        Map<String, String> expected = new java.util.TreeMap<>(reference);
        // From the database, rejects.csv names tables; and a ticket's first intervention is among the rows the
        // import stored, where the CSV run also counts a row refused after its start was read (§15).
        for (String report : List.of("rejects.csv", "sla.csv")) {
            expected.remove(report);
            files.remove(report);
        }
        assertThat(files).isEqualTo(expected);
        assertThat(Store.documents(store)).isEqualTo(referenceDocuments);
    }

    /** PDFs of committed chunks that went missing before the resume are rendered again. */
    @Test
    void pdfsOfCommittedChunksThatWentMissingAreRenderedAgainOnResume(@TempDir Path work) throws IOException {
        List<String> store = Store.H2.options(work);
        Result failed = bill(store, input, work, "--billing.fault-injection=issue:25");
        assertThat(failed.exitCode()).as(failed.out()).isEqualTo(1);
        Path invoices = work.resolve("out/2026-10/invoices");
        int committed = Store.documents(store).size();
        try (Stream<Path> written = Files.list(invoices)) {
            // The two committed chunks' PDFs, and those of the failed chunk that the workers had already written.
            assertThat(committed).as("two chunks committed before the fault").isEqualTo(2 * CHUNK);
            assertThat(written.filter(f -> f.toString().endsWith(".pdf")).count()).isGreaterThanOrEqualTo(committed);
        }
        FileSystemUtils.deleteRecursively(invoices);

        Result resumed = bill(store, input, work);

        assertThat(resumed.exitCode()).as(resumed.err()).isEqualTo(3);
        assertThat(Fixtures.hashes(work.resolve("out/2026-10"))).isEqualTo(reference);
    }

    /** The reference ran on all cores (2 workers here); one worker and eight must give the very same files. */
    @ParameterizedTest
    @ValueSource(ints = {1, 8})
    void anyNumberOfThreadsGivesTheSameNumbersAndFiles(int threads, @TempDir Path work) {
        List<String> store = Store.H2.options(work);
        Result result = bill(store, input, work, "--billing.threads=" + threads);

        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        assertThat(Fixtures.hashes(work.resolve("out/2026-10"))).isEqualTo(reference);
        assertThat(Store.documents(store)).isEqualTo(referenceDocuments);
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void aSecondRunWhileOneIsRunningIsRefusedAndWritesNothing(Store kind, @TempDir Path work) {
        List<String> store = kind.options(work);
        try (ChildRun child = ChildRun.start(work.resolve("child.log"), arguments(store, input, work,
                "--billing.fault-injection=render:1:hold"))) {
            child.awaitHold();
            // On PostgreSQL the second run may come from another machine: another data folder, the same database.
            List<String> second = new ArrayList<>(store);
            if (kind == Store.POSTGRES) {
                second.set(0, "--data-dir=" + work.resolve("other-machine"));
            }

            Result refused = bill(second, input, work.resolve("second"));

            assertThat(refused.exitCode()).as(refused.err()).isEqualTo(4);
            assertThat(refused.err()).containsPattern("execution \\d+ of 2026-10");
            assertThat(work.resolve("second/out")).doesNotExist();
        }
    }

    private static Result bill(List<String> store, Path month, Path work, String... extra) {
        return BillingRunner.run(arguments(store, month, work, extra).toArray(String[]::new));
    }

    private static List<String> arguments(List<String> store, Path month, Path work, String... extra) {
        List<String> args = new ArrayList<>(List.of("--month=" + MONTH, "--input=" + month,
                "--output=" + work.resolve("out"), "--billing.chunk-size=" + CHUNK));
        args.addAll(store);
        args.addAll(List.of(extra));
        return args;
    }
}
