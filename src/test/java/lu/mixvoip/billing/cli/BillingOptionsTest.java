package lu.mixvoip.billing.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import lu.mixvoip.billing.input.InputException;
import lu.mixvoip.billing.run.BillingParameters.Source;

/** The command line, parsed without starting anything. */
class BillingOptionsTest {
    /** 1 December 2026 00:30 in Luxembourg, still 30 November in UTC: the default month is November. */
    private static final Clock FIRST_NIGHT = Clock.fixed(Instant.parse("2026-11-30T23:30:00Z"), ZoneOffset.UTC);

    /** Issue 24 item 6: the help names every input file, every output and every command. */
    @Test
    void theHelpNamesTheFourInputsTheOutputsAndTheCommands() {
        assertThat(BillingOptions.USAGE).contains("customers.csv, contracts.csv, interventions.csv and,",
                "optionally, tickets.csv", "invoices/", "summary.csv", "sla.csv", "rejects.csv", "credit-notes/",
                "adjustments.csv", "config/application.yml", "scripts/bill import", "scripts/bill deliver",
                "scripts/bill finance");
    }

    @Test
    void defaultsBillThePreviousLuxembourgMonthFromTheSampleData() {
        BillingOptions options = BillingOptions.parse(new String[0], FIRST_NIGHT);

        assertThat(options.command()).isEqualTo(BillingOptions.Command.BILL);
        assertThat(options.month()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(options.issueDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(options.source()).isEqualTo(Source.CSV);
        assertThat(options.input()).isEqualTo(Path.of("sample-data"));
        assertThat(options.output()).isEqualTo(Path.of("out"));
        assertThat(options.dataDir()).isEqualTo(Path.of("data"));
        assertThat(options.mode().rebill()).isFalse();
        assertThat(options.mode().dryRun()).isFalse();
        assertThat(options.mode().rebillIssueDate()).as("a re-bill is dated today").isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(options.springArguments()).containsExactly("--billing.data-dir="
                + Path.of("data").toAbsolutePath().normalize());
    }

    @Test
    void everyOptionIsRead() {
        BillingOptions options = BillingOptions.parse(new String[] {"--month=2026-10", "--source=db", "--input=in",
                "--output=o", "--tariff=t.yml", "--issue-date=2026-11-20", "--data-dir=store", "--rebill",
                "--dry-run", "--billing.threads=3", "--spring.profiles.active=postgres"}, FIRST_NIGHT);

        assertThat(options.month()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(options.source()).isEqualTo(Source.DB);
        assertThat(options.input()).isEqualTo(Path.of("in"));
        assertThat(options.output()).isEqualTo(Path.of("o"));
        assertThat(options.tariff()).isEqualTo("t.yml");
        assertThat(options.issueDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(options.mode().rebillIssueDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(options.mode().rebill()).isTrue();
        assertThat(options.mode().dryRun()).isTrue();
        assertThat(options.springArguments()).containsExactly("--billing.threads=3",
                "--spring.profiles.active=postgres", "--billing.data-dir=" + Path.of("store").toAbsolutePath()
                        .normalize());
        assertThat(options.parameters().input()).isAbsolute();
        assertThat(options.parameters().tariffFile()).isEqualTo(Path.of("t.yml").toAbsolutePath().toString());
    }

    @Test
    void importTakesOnlyItsOwnOptions() {
        BillingOptions options = BillingOptions.parse(new String[] {"import", "--input=in"}, FIRST_NIGHT);

        assertThat(options.command()).isEqualTo(BillingOptions.Command.IMPORT);
        assertThatThrownBy(() -> BillingOptions.parse(new String[] {"import", "--month=2026-10"}, FIRST_NIGHT))
                .isInstanceOf(InputException.class).hasMessage("unknown option --month for import");
    }

    @Test
    void deliverTakesTheMonthTheOutputTheStoreAndTheResendOption() {
        BillingOptions options = BillingOptions.parse(new String[] {"deliver", "--month=2026-10", "--output=o",
                "--data-dir=store", "--resend-unknown", "--spring.mail.host=smtp.example.com"}, FIRST_NIGHT);

        assertThat(options.command()).isEqualTo(BillingOptions.Command.DELIVER);
        assertThat(options.month()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(options.resendUnknown()).isTrue();
        assertThat(options.deliver()).isFalse();
        assertThat(options.parameters().monthOutput()).isEqualTo(Path.of("o/2026-10").toAbsolutePath());
        assertThat(options.springArguments()).startsWith("--spring.mail.host=smtp.example.com");
        assertThatThrownBy(() -> BillingOptions.parse(new String[] {"deliver", "--rebill"}, FIRST_NIGHT))
                .isInstanceOf(InputException.class).hasMessage("unknown option --rebill for deliver");
        assertThatThrownBy(() -> BillingOptions.parse(new String[] {"--resend-unknown"}, FIRST_NIGHT))
                .isInstanceOf(InputException.class).hasMessage("unknown option --resend-unknown");
    }

    @Test
    void aBillingRunDeliversWhenAsked() {
        assertThat(BillingOptions.parse(new String[] {"--deliver"}, FIRST_NIGHT).deliver()).isTrue();
        assertThatThrownBy(() -> BillingOptions.parse(new String[] {"--deliver", "--dry-run"}, FIRST_NIGHT))
                .isInstanceOf(InputException.class)
                .hasMessage("--deliver cannot go with --dry-run: a preview issues nothing to deliver");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--month=2026-10 --month=2026-11 | option --month is given twice",
            "--source=x                      | --source=x is not csv or db",
            "--issue-date=2026-13-01         | --issue-date=2026-13-01 is not a date YYYY-MM-DD",
            "--month=2026-13                 | --month=2026-13 is not a month YYYY-MM (e.g. --month=2026-10)",
            "--month=October                 | --month=October is not a month YYYY-MM (e.g. --month=2026-10)",
            "--rebill=yes                    | option --rebill takes no value",
            "--input                         | option --input needs a value: --input=...",
            "--input=                        | option --input needs a value",
            "--colour=blue                   | unknown option --colour",
            "month=2026-10                   | unexpected argument 'month=2026-10' (options look like --month=2026-10)",
    })
    void badOptionsAreRefusedWithOneLine(String args, String message) {
        assertThatThrownBy(() -> BillingOptions.parse(args.trim().split(" +"), FIRST_NIGHT))
                .isInstanceOf(InputException.class).hasMessage(message);
    }
}
