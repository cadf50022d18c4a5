package lu.mixvoip.billing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * scripts/cron-monthly.sh returns the job's exit code (README, "Running it from cron"), whatever it is, and appends
 * the job's output to its log. The script runs from a copy of the installation whose {@code scripts/bill} stands in
 * for the job: it prints its arguments and exits with the code it is told, so that every code can be produced.
 */
class CronMonthlyScriptTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void passesTheJobsExitCodeOnAndLogsItsOutput(int code, @TempDir Path installation) throws Exception {
        Path scripts = Files.createDirectories(installation.resolve("scripts"));
        Files.copy(Path.of("scripts/cron-monthly.sh"), scripts.resolve("cron-monthly.sh"));
        executable(Files.writeString(scripts.resolve("bill"), """
                #!/usr/bin/env bash
                echo "the job ran with: $*"
                echo "the job's error output" >&2
                exit "${1#--exit=}"
                """));
        executable(scripts.resolve("cron-monthly.sh"));
        Path log = installation.resolve("var/billing.log");
        Files.createDirectories(log.getParent());
        Files.writeString(log, "an earlier month's log\n");

        ProcessBuilder cron = new ProcessBuilder("bash", scripts.resolve("cron-monthly.sh").toString(),
                "--exit=" + code, "--input=/srv/billing/in").redirectErrorStream(true);
        cron.environment().put("BILLING_LOG", log.toString());
        Process process = cron.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the script ends").isTrue();
        String printed = new String(process.getInputStream().readAllBytes());

        assertThat(process.exitValue()).as(printed).isEqualTo(code);
        assertThat(printed).as("everything goes to the log").isEmpty();
        String logged = Files.readString(log);
        assertThat(logged).startsWith("an earlier month's log\n=== ").contains(
                " monthly billing starts: --exit=" + code + " --input=/srv/billing/in\n",
                "the job ran with: --exit=" + code + " --input=/srv/billing/in\n", "the job's error output\n");
        assertThat(logged).endsWith(" monthly billing ends with exit code " + code + "\n");
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
