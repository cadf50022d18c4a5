package lu.mixvoip.billing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lu.mixvoip.billing.Fixtures;

/**
 * Issue 24 item 5: the scripts run in the caller's directory, as any command does. Run from elsewhere, with
 * relative paths and the installation's seller in {@code ./config/application.yml}, {@code scripts/bill} reads,
 * writes and configures itself there, not in the project folder; {@code scripts/cron-monthly.sh} too. The real
 * scripts and the jar the build has just packaged.
 */
class CallerDirectoryIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @Test
    void relativePathsAndConfigAreTheCallersDirectorys(@TempDir Path caller) throws Exception {
        Fixtures.copyOfInputs(Fixtures.acceptanceCase("basic-2026-10"), caller.resolve("in"));
        Files.createDirectories(caller.resolve("config"));
        // The tests' complete seller, as an installation keeps its own: without it the run refuses (exit 2).
        Files.copy(PROJECT.resolve("src/test/resources/config/application.yml"),
                caller.resolve("config/application.yml"));

        Run billed = run(caller, List.of("bash", PROJECT.resolve("scripts/bill").toString(), "--month=2026-10",
                "--input=in", "--output=out", "--data-dir=data"));

        assertThat(billed.exitCode()).as(billed.output()).isEqualTo(3);
        assertThat(caller.resolve("out/2026-10/summary.csv")).hasSameTextualContentAs(
                Fixtures.acceptanceCase("basic-2026-10").resolve("expected-summary.csv"));
        assertThat(caller.resolve("data")).isDirectory();
        assertThat(PROJECT.resolve("in")).doesNotExist();

        Path log = caller.resolve("logs/billing.log");
        Run cron = run(caller, List.of("env", "BILLING_LOG=" + log, "bash",
                PROJECT.resolve("scripts/cron-monthly.sh").toString(), "--month=2026-10", "--input=in",
                "--output=out", "--data-dir=data"));

        assertThat(cron.exitCode()).as(Files.readString(log)).isZero(); // the same data: nothing changed
        assertThat(Files.readString(log)).contains("2026-10 is already billed and the data gives the same invoices");
    }

    @Test
    void withoutTheInstallationsSellerTheRunRefusesAndNamesTheFile(@TempDir Path caller) throws Exception {
        Fixtures.copyOfInputs(Fixtures.acceptanceCase("basic-2026-10"), caller.resolve("in"));

        Run refused = run(caller, List.of("bash", PROJECT.resolve("scripts/bill").toString(), "--month=2026-10",
                "--input=in", "--output=out", "--data-dir=data"));

        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(2);
        assertThat(refused.output()).contains("the seller's details are not complete for a legal document",
                "config/application.yml");
        assertThat(caller.resolve("out/2026-10/invoices")).doesNotExist();
    }

    private record Run(int exitCode, String output) {
    }

    private static Run run(Path directory, List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the script ends").isTrue();
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
