package lu.mixvoip.billing.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import lu.mixvoip.billing.core.time.LuxembourgCalendar;
import lu.mixvoip.billing.finance.FinancePeriod;
import lu.mixvoip.billing.input.InputException;
import lu.mixvoip.billing.run.BillingParameters;
import lu.mixvoip.billing.run.BillingParameters.Source;
import lu.mixvoip.billing.run.RunMode;

/** The command line: {@code --name=value} options, checked before anything starts. */
public record BillingOptions(Command command, YearMonth month, Source source, Path input, Path output,
                             String tariff, LocalDate issueDate, Path dataDir, boolean help, RunMode mode,
                             List<String> springArguments, boolean deliver, boolean resendUnknown,
                             FinancePeriod period) {

    /**
     * What the program is asked to do: bill a month (the default), import CSV files into the database, e-mail a
     * month's documents, or write a period's finance pack.
     */
    public enum Command { BILL, IMPORT, DELIVER, FINANCE }

    static final String USAGE = """
            Usage: scripts/bill [--option=value ...]
                   scripts/bill import [--input=DIR] [--output=DIR] [--tariff=FILE] [database options]
                   scripts/bill deliver [--month=YYYY-MM] [--output=DIR] [--resend-unknown] [database options]
                   scripts/bill finance [--period=YYYY-MM|YYYY-Qn] [--output=DIR] [database options]
                   (or java -jar target/support-billing.jar ... instead of scripts/bill)

            Bills one month of support interventions and contracts into OUTPUT/YYYY-MM/: invoices/ (one
            Factur-X PDF per customer, and its Peppol UBL .xml when the customer has an electronic address),
            summary.csv (for finance), sla.csv (service levels), rejects.csv (refused input rows); a re-bill
            adds credit-notes/ and adjustments.csv.
            The seller printed on every document (name, address, VAT number, IBAN, BIC, ...) is configured
            once, in config/application.yml of the directory the command runs from (see README); a run
            refuses to issue documents while a seller detail is missing or invalid.
            `import` loads the CSV files of --input into the database tables customers, contracts,
            interventions and tickets (rows with an id already stored are updated); refused rows go to
            OUTPUT/import-rejects.csv.
            `deliver` e-mails each invoice and credit note of the month not delivered yet to its customer's
            address(es), PDF and e-invoice attached, each message once; OUTPUT/YYYY-MM/deliveries.csv records
            every message. SMTP: --spring.mail.host=HOST [--spring.mail.port=587 --spring.mail.username=...
            --spring.mail.password=... --spring.mail.properties.mail.smtp.starttls.enable=true]; without a host
            the messages are written as .eml files into OUTPUT/YYYY-MM/outbox/.
            `finance` writes the finance pack of the documents issued in a month or quarter into
            OUTPUT/finance/PERIOD/: vat-summary.csv (VAT return), ec-sales-list.csv (état récapitulatif,
            eCDF), journal.csv (sales journal, accounts billing.accounting.*) and overview.pdf.

            Options:
              --month=YYYY-MM         month to bill (default: the previous month, Luxembourg time)
              --source=csv|db         bill from the CSV files of --input (default) or from the database
                                      tables filled by `import`
              --input=DIR             folder with customers.csv, contracts.csv, interventions.csv and,
                                      optionally, tickets.csv (default: sample-data)
              --output=DIR            outputs go to DIR/YYYY-MM/ (default: out)
              --tariff=FILE           tariff card in the format of tariff.yml (default: the bundled card)
              --issue-date=YYYY-MM-DD invoice date (default: first day of the month after the billed month;
                                      for a re-bill: today)
              --rebill                the month is already billed and its data was corrected: cancel each
                                      changed invoice with a credit note and issue a new one (unchanged
                                      customers are not touched)
              --dry-run               compute everything and write only a preview under OUTPUT/YYYY-MM/preview/
                                      (documents marked APERÇU / PREVIEW / VORSCHAU); nothing is stored
              --deliver               after billing, deliver the month's documents by e-mail (as `deliver`)
              --resend-unknown        deliver: send again the messages a stopped run left unknown (the server
                                      may have them already; their Message-ID lets it see the repeat)
              --period=YYYY-MM|YYYY-Qn  finance: the month or quarter of issue dates (default: the previous
                                      month, Luxembourg time)
              --data-dir=DIR          where the embedded store lives: job repository, invoice numbers,
                                      issued invoices (default: data)
              --help                  this text
              Any --spring.* or --billing.* option sets that configuration property (see application.yml).
              PostgreSQL: --spring.profiles.active=postgres with BILLING_DB_URL, BILLING_DB_USER and
              BILLING_DB_PASSWORD (default jdbc:postgresql://localhost:5432/billing, billing, billing).

            Exit codes:
              0  completed, nothing rejected
              1  failed; running the same command again resumes and completes the run
              2  bad arguments or configuration (nothing billed)
              3  completed, some rows rejected (see rejects.csv); deliver: some messages refused by the server
                 or left unknown (see deliveries.csv)
              4  refused: the month was already billed from different data (use --rebill or --dry-run),
                 or another run is using the store
            """;

    private static final Set<String> BILL_OPTIONS = Set.of("month", "source", "input", "output", "tariff",
            "issue-date", "data-dir", "help", "rebill", "dry-run", "deliver");
    private static final Set<String> FLAGS = Set.of("help", "rebill", "dry-run", "deliver", "resend-unknown");
    private static final Set<String> DELIVER_OPTIONS = Set.of("month", "output", "data-dir", "help",
            "resend-unknown");
    private static final Set<String> IMPORT_OPTIONS = Set.of("input", "output", "tariff", "data-dir", "help");
    private static final Set<String> FINANCE_OPTIONS = Set.of("period", "output", "data-dir", "help");
    private static final List<String> PASS_THROUGH = List.of("spring.", "billing.", "logging.");
    /** A path is stored with the run (a job parameter of at most 2,500 characters); room for a long one. */
    static final int MAX_PATH = 2000;
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 9998;

    public static BillingOptions parse(String[] args, Clock clock) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> spring = new ArrayList<>();
        Command command = args.length > 0 && args[0].equals("import") ? Command.IMPORT
                : args.length > 0 && args[0].equals("deliver") ? Command.DELIVER
                : args.length > 0 && args[0].equals("finance") ? Command.FINANCE : Command.BILL;
        Set<String> options = switch (command) {
            case IMPORT -> IMPORT_OPTIONS;
            case DELIVER -> DELIVER_OPTIONS;
            case FINANCE -> FINANCE_OPTIONS;
            default -> BILL_OPTIONS;
        };
        for (String arg : command != Command.BILL ? List.of(args).subList(1, args.length) : List.of(args)) {
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
            if (!options.contains(name)) {
                throw new InputException("unknown option --" + name + (command == Command.BILL ? ""
                        : " for " + command.name().toLowerCase(Locale.ROOT)));
            }
            if (equals < 0 != FLAGS.contains(name)) {
                if (equals >= 0) {
                    throw new InputException("option --" + name + " takes no value");
                }
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
        if (issueDate.isBefore(month.atEndOfMonth())) {
            throw new InputException("--issue-date=" + issueDate + " is before the end of the billed month " + month
                    + " (" + month.atEndOfMonth() + "): a month is invoiced once it is over");
        }
        if (values.containsKey("deliver") && values.containsKey("dry-run")) {
            throw new InputException("--deliver cannot go with --dry-run: a preview issues nothing to deliver");
        }
        LocalDate today = LocalDate.now(clock.withZone(LuxembourgCalendar.ZONE));
        RunMode mode = new RunMode(values.containsKey("rebill"), values.containsKey("dry-run"),
                values.containsKey("issue-date") ? issueDate : today);
        Path dataDir = path(nonBlank(values.getOrDefault("data-dir", "data"), "data-dir"), "data-dir");
        spring.add("--billing.data-dir=" + bounded(dataDir, "data-dir"));
        return new BillingOptions(command, month, source(values.getOrDefault("source", "csv")),
                path(nonBlank(values.getOrDefault("input", "sample-data"), "input"), "input"),
                path(nonBlank(values.getOrDefault("output", "out"), "output"), "output"),
                values.getOrDefault("tariff", ""),
                issueDate, dataDir, values.containsKey("help"), mode, List.copyOf(spring),
                values.containsKey("deliver"), values.containsKey("resend-unknown"),
                period(values.get("period"), clock));
    }

    /** A finance pack's period; by default the previous month. */
    private static FinancePeriod period(String value, Clock clock) {
        if (value == null) {
            return FinancePeriod.parse(YearMonth.now(clock.withZone(LuxembourgCalendar.ZONE)).minusMonths(1)
                    .toString());
        }
        try {
            return FinancePeriod.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
    }

    public BillingParameters parameters() {
        return new BillingParameters(month, 0, source, bounded(input, "input"), bounded(output, "output"),
                tariff.isEmpty() ? "" : bounded(Path.of(tariff), "tariff").toString(), issueDate);
    }

    /** Relative paths are the caller's: the directory the command runs in. */
    private static Path bounded(Path path, String option) {
        Path absolute = path.toAbsolutePath().normalize();
        if (absolute.toString().length() > MAX_PATH) {
            throw new InputException("--" + option + " is a path of " + absolute.toString().length()
                    + " characters: at most " + MAX_PATH + " are allowed");
        }
        return absolute;
    }

    private static Source source(String value) {
        return switch (value) {
            case "csv" -> Source.CSV;
            case "db" -> Source.DB;
            default -> throw new InputException("--source=" + value + " is not csv or db");
        };
    }

    private static YearMonth month(String value) {
        YearMonth month;
        try {
            month = YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new InputException("--month=" + value + " is not a month YYYY-MM (e.g. --month=2026-10)");
        }
        // Numbers carry a four-digit year of issue, the month after the billed one at the latest.
        if (month.getYear() < FIRST_YEAR || month.getYear() > LAST_YEAR) {
            throw new InputException("--month=" + value + " is outside the years " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        return month;
    }

    private static LocalDate date(String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InputException("--issue-date=" + value + " is not a date YYYY-MM-DD");
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new InputException("--issue-date=" + value + " is outside the years " + FIRST_YEAR + " to "
                    + LAST_YEAR);
        }
        return date;
    }

    private static Path path(String value, String option) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new InputException("--" + option + "=" + value + " is not a path: " + e.getReason());
        }
    }

    private static String nonBlank(String value, String name) {
        if (value.isBlank()) {
            throw new InputException("option --" + name + " needs a value");
        }
        return value;
    }
}
