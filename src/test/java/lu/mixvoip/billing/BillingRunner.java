package lu.mixvoip.billing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import lu.mixvoip.billing.cli.BillingCommand;

/** Runs the real command line in this JVM, as a user would from a shell, and keeps what it printed. */
public final class BillingRunner {
    /** "Now" for the tests: 2026-11-26, so the default month is 2026-10. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    public record Result(int exitCode, String out, String err) {
    }

    private BillingRunner() {
    }

    public static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new BillingCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK).run(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Bills {@code input} for a month into {@code work/out} with its store in {@code work/data}. */
    public static Result bill(Path input, Path work, String month, String... extra) {
        return bill(Store.H2.options(work), input, work, month, extra);
    }

    /** Bills {@code input} for a month into {@code work/out} with the given store options. */
    public static Result bill(List<String> storeOptions, Path input, Path work, String month, String... extra) {
        List<String> args = new ArrayList<>(List.of("--month=" + month, "--input=" + input,
                "--output=" + work.resolve("out")));
        args.addAll(storeOptions);
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }
}
