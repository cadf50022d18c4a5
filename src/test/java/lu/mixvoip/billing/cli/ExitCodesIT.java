package lu.mixvoip.billing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import lu.mixvoip.billing.BillingRunner;
import lu.mixvoip.billing.BillingRunner.Result;
import lu.mixvoip.billing.Fixtures;
import lu.mixvoip.billing.Store;

/**
 * The exit codes cron sees (billing-rules §13) for what can go wrong before or inside a run, on both stores: a store
 * that cannot be reached or opened (1), input that breaks mid-file or is empty, and option errors (2). Nothing is
 * billed in any of these.
 */
class ExitCodesIT {
    @TempDir
    Path work;

    @ParameterizedTest
    @EnumSource(Store.class)
    void aStoreThatCannotBeReachedOrOpenedExitsOne(Store kind) throws IOException {
        Path input = Fixtures.copyOfInputs(Fixtures.acceptanceCase("basic-2026-10"), work.resolve("in"));
        List<String> store = new ArrayList<>(kind.options(work));
        if (kind == Store.POSTGRES) {
            store.add("--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/billing"); // nothing listens there
        } else {
            Files.createDirectories(work.resolve("data"));
            Files.writeString(work.resolve("data/billing.mv.db"), "this is not an H2 database\n".repeat(200));
        }

        Result result = bill(store, input);

        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(1);
        assertThat(result.err()).startsWith("support-billing: ").doesNotContain("\tat ");
        assertThat(work.resolve("out/2026-10/summary.csv")).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void invalidUtf8InTheMiddleOfAFileExitsTwoNamingFileAndLine(Store kind) throws IOException {
        Path input = Fixtures.copyOfInputs(Fixtures.acceptanceCase("basic-2026-10"), work.resolve("in"));
        Path interventions = input.resolve("interventions.csv");
        List<String> lines = Files.readAllLines(interventions);
        StringBuilder bytes = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            bytes.append(lines.get(i)).append('\n');
        }
        byte[] head = bytes.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] broken = "I099,C001,T-99,jdoe,2026-10-05T10:00,2026-10-05T10:30,REMOTE,TECHNICIAN,caf\u00e9 \n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1); // é as one Latin-1 byte: not UTF-8
        StringBuilder rest = new StringBuilder();
        for (int i = 9; i < lines.size(); i++) {
            rest.append(lines.get(i)).append('\n');
        }
        Files.write(interventions, concat(head, broken, rest.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        Result result = bill(kind.options(work), input);

        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(2);
        assertThat(result.err()).contains("interventions.csv", "line 10", "UTF-8").doesNotContain("\tat ");
        assertThat(work.resolve("out/2026-10/summary.csv")).doesNotExist();
        assertThat(work.resolve("out/2026-10/invoices")).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void anEmptyInputFileExitsTwo(Store kind) throws IOException {
        Path input = Fixtures.copyOfInputs(Fixtures.acceptanceCase("basic-2026-10"), work.resolve("in"));
        Files.write(input.resolve("contracts.csv"), new byte[0]);

        Result result = bill(kind.options(work), input);

        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(2);
        assertThat(result.err()).contains("contracts.csv", "empty", "Nothing was billed");
        assertThat(work.resolve("out")).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void optionErrorsExitTwoAndTouchNothing(Store kind) throws IOException {
        Path input = Fixtures.copyOfInputs(Fixtures.acceptanceCase("basic-2026-10"), work.resolve("in"));
        List<String> store = kind.options(work);

        assertRefused(bill(store, input, "--month=2026-11"), "option --month is given twice");
        assertRefused(bill(store, input, "--source=x"), "--source=x is not csv or db");
        assertRefused(bill(store, input, "--issue-date=2026-13-01"), "--issue-date=2026-13-01 is not a date");
        assertRefused(bill(store, input, "--rebill=yes"), "option --rebill takes no value");
        assertRefused(bill(store, input, "--input"), "option --input needs a value");
    }

    private void assertRefused(Result result, String message) {
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).contains(message, "Nothing was billed").doesNotContain("Exception");
        assertThat(work.resolve("out")).doesNotExist();
    }

    private Result bill(List<String> store, Path input, String... extra) {
        List<String> args = new ArrayList<>(List.of("--month=2026-10", "--input=" + input,
                "--output=" + work.resolve("out")));
        args.addAll(store);
        args.addAll(List.of(extra));
        return BillingRunner.run(args.toArray(String[]::new));
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
