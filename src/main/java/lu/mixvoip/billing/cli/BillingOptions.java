package lu.mixvoip.billing.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lu.mixvoip.billing.core.time.LuxembourgCalendar;
import lu.mixvoip.billing.input.InputException;
import lu.mixvoip.billing.job.BillingParameters;

/** The command line: {@code --name=value} options, checked before anything starts. */
public record BillingOptions(YearMonth month, Path input, Path output, String tariff, LocalDate issueDate,
                             Path dataDir, boolean help, List<String> springArguments) {

    static final String USAGE = """
            Usage: scripts/bill [--option=value ...]
                   java -jar target/support-billing.jar [--option=value ...]

            Bills one month of support interventions and contracts: one PDF invoice per customer,
            summary.csv and rejects.csv under OUTPUT/YYYY-MM/.

            Options:
              --month=YYYY-MM         month to bill (default: the previous month, Luxembourg time)
              --input=DIR             folder with customers.csv, contracts.csv, interventions.csv
                                      (default: sample-data)
              --output=DIR            outputs go to DIR/YYYY-MM/ (default: out)
              --tariff=FILE           tariff card in the format of tariff.yml (default: the bundled card)
              --issue-date=YYYY-MM-DD invoice date (default: first day of the month after the billed month)
              --data-dir=DIR          where the embedded store lives: job repository, invoice numbers,
                                      issued invoices (default: data)
              --help                  this text
              Any --spring.* or --billing.* option sets that configuration property (see application.yml).

            Exit codes:
              0  completed, nothing rejected
              1  failed; running the same command again resumes and completes the run
              2  bad arguments or configuration (nothing billed)
              3  completed, some rows rejected (see rejects.csv)
              4  refused: the month was already billed
            """;

    private static final Set<String> OPTIONS = Set.of("month", "input", "output", "tariff", "issue-date", "data-dir",
            "help");
    private static final List<String> PASS_THROUGH = List.of("spring.", "billing.", "logging.");

    public static BillingOptions parse(String[] args, Clock clock) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> spring = new ArrayList<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new InputException("unexpected argument '" + arg + "' (options look like --month=2026-10)");
            }
            String body = arg.substring(2);
            int equals = body.indexOf('=');
            String name = equals < 0 ? body : body.substring(0, equals);
            if (PASS_THROUGH.stream().anyMatch(name::startsWith)) {
                spring.add(arg);
                continue;
            }
            if (!OPTIONS.contains(name)) {
                throw new InputException("unknown option --" + name);
            }
            if (equals < 0 && !name.equals("help")) {
                throw new InputException("option --" + name + " needs a value: --" + name + "=...");
            }
            if (values.put(name, equals < 0 ? "" : body.substring(equals + 1)) != null) {
                throw new InputException("option --" + name + " is given twice");
            }
        }
        YearMonth month = values.containsKey("month") ? month(values.get("month"))
                : YearMonth.now(clock.withZone(LuxembourgCalendar.ZONE)).minusMonths(1);
        LocalDate issueDate = values.containsKey("issue-date") ? date(values.get("issue-date"))
                : month.plusMonths(1).atDay(1);
        Path dataDir = Path.of(nonBlank(values.getOrDefault("data-dir", "data"), "data-dir"));
        spring.add("--billing.data-dir=" + dataDir.toAbsolutePath().normalize());
        return new BillingOptions(month, Path.of(nonBlank(values.getOrDefault("input", "sample-data"), "input")),
                Path.of(nonBlank(values.getOrDefault("output", "out"), "output")), values.getOrDefault("tariff", ""),
                issueDate, dataDir, values.containsKey("help"), List.copyOf(spring));
    }

    public BillingParameters parameters() {
        return new BillingParameters(month, input.toAbsolutePath().normalize(), output.toAbsolutePath().normalize(),
                tariff.isEmpty() ? "" : Path.of(tariff).toAbsolutePath().normalize().toString(), issueDate);
    }

    private static YearMonth month(String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new InputException("--month=" + value + " is not a month YYYY-MM (e.g. --month=2026-10)");
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InputException("--issue-date=" + value + " is not a date YYYY-MM-DD");
        }
    }

    private static String nonBlank(String value, String name) {
        if (value.isBlank()) {
            throw new InputException("option --" + name + " needs a value");
        }
        return value;
    }
}
