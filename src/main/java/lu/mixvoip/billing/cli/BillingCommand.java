package lu.mixvoip.billing.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.context.ConfigurableApplicationContext;

import lu.mixvoip.billing.BillingProperties;
import lu.mixvoip.billing.SupportBillingApplication;
import lu.mixvoip.billing.core.tariff.Tariff;
import lu.mixvoip.billing.delivery.DeliveryRun;
import lu.mixvoip.billing.finance.FinanceRun;
import lu.mixvoip.billing.imports.ImportRun;
import lu.mixvoip.billing.input.InputException;
import lu.mixvoip.billing.input.InputFiles;
import lu.mixvoip.billing.input.TariffFileReader;
import lu.mixvoip.billing.job.BillingRun;
import lu.mixvoip.billing.run.BillingParameters;
import lu.mixvoip.billing.run.BillingParameters.Source;
import lu.mixvoip.billing.run.ExitCode;
import lu.mixvoip.billing.run.Failures;
import lu.mixvoip.billing.run.RunLock;
import lu.mixvoip.billing.run.RunOutcome;

/**
 * The program: checks the options, the tariff (read once, here, for the whole run) and the inputs, takes the store's
 * run lock, starts the application, bills the month or imports, prints the report and returns the exit code.
 */
public final class BillingCommand {
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    public BillingCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    public int run(String... args) {
        BillingOptions options;
        BillingParameters parameters;
        Tariff tariff;
        try {
            options = BillingOptions.parse(args, clock);
            if (options.help()) {
                out.print(BillingOptions.USAGE);
                return ExitCode.COMPLETED.code();
            }
            parameters = options.parameters();
            tariff = options.tariff().isEmpty() ? TariffFileReader.readBundled()
                    : TariffFileReader.read(Path.of(options.tariff()));
            if (options.command() == BillingOptions.Command.IMPORT
                    || options.command() == BillingOptions.Command.BILL && parameters.source() == Source.CSV) {
                InputFiles.check(parameters.input());
            }
        } catch (InputException e) {
            return refused(e.getMessage());
        }
        Optional<RunLock> lock;
        try {
            lock = RunLock.tryAcquire(options.dataDir());
        } catch (UncheckedIOException e) {
            return refused("cannot use the data directory " + options.dataDir().toAbsolutePath() + " ("
                    + e.getCause().getMessage() + "): it must be a folder this user can write to (--data-dir)");
        }
        if (lock.isEmpty()) {
            err.println("support-billing: refused: another run is using the store in " + options.dataDir() + ": "
                    + RunLock.holder(options.dataDir()) + ". Nothing was done; try again when it has finished.");
            return ExitCode.REFUSED.code();
        }
        lock.get().describe((options.command() == BillingOptions.Command.IMPORT ? "an import"
                : options.command() == BillingOptions.Command.DELIVER ? "a delivery of " + parameters.month()
                : options.command() == BillingOptions.Command.FINANCE ? "a finance pack of " + options.period()
                : "a run of " + parameters.month()) + " (process " + ProcessHandle.current().pid() + ", starting)");
        try (RunLock held = lock.get();
             ConfigurableApplicationContext context = new SpringApplicationBuilder(SupportBillingApplication.class)
                .logStartupInfo(false)
                .listeners(KnownSettings.refusingUnknown())
                .initializers(ctx -> {
                    ctx.getBeanFactory().registerSingleton("runLock", held);
                    ctx.getBeanFactory().registerSingleton("tariff", tariff);
                })
                .run(options.springArguments().toArray(String[]::new))) {
            RunOutcome outcome;
            if (options.command() == BillingOptions.Command.BILL) {
                Map<String, String> seller = context.getBean(BillingProperties.class).seller().problemsForIssuing();
                if (!seller.isEmpty()) {
                    return refused(sellerIncomplete(seller));
                }
            }
            if (options.command() == BillingOptions.Command.IMPORT) {
                out.println("Importing " + parameters.input() + " into the database");
                outcome = context.getBean(ImportRun.class).run(parameters.input(), parameters.output());
            } else if (options.command() == BillingOptions.Command.DELIVER) {
                outcome = deliver(context, parameters, options);
            } else if (options.command() == BillingOptions.Command.FINANCE) {
                out.println("Making the finance pack of " + options.period() + " from the store into "
                        + FinanceRun.folder(parameters.output(), options.period().name()));
                outcome = context.getBean(FinanceRun.class).run(options.period(), parameters.output());
            } else {
                out.println("Billing " + parameters.month() + " from " + (parameters.source() == Source.DB
                        ? "the database" : parameters.input()) + " into " + parameters.monthOutput());
                outcome = context.getBean(BillingRun.class).run(parameters, options.mode(), out);
                if (options.deliver() && outcome.exitCode().completed()) {
                    outcome.print(out, err);
                    RunOutcome delivered = deliver(context, parameters, options);
                    outcome = RunOutcome.of(delivered.exitCode().completed() && outcome.exitCode()
                            == ExitCode.COMPLETED_WITH_REJECTS ? outcome.exitCode() : delivered.exitCode(),
                            delivered.message());
                }
            }
            outcome.print(out, err);
            return outcome.exitCode().code();
        } catch (RuntimeException e) {
            return couldNotStart(e);
        }
    }

    private static String sellerIncomplete(Map<String, String> problems) {
        return "the seller's details are not complete for a legal document; set "
                + problems.entrySet().stream().map(p -> "billing.seller." + p.getKey() + " (" + p.getValue() + ")")
                        .collect(Collectors.joining(", "))
                + ". Keep them in config/application.yml in the directory you run the command from (see README,"
                + " Configuration); the demo's are in sample-data/demo-seller.yml"
                + " (--spring.config.additional-location=sample-data/demo-seller.yml)";
    }

    /** SQLSTATE class 28, invalid authorization (PostgreSQL 28P01, H2 28000): a setting, not a failure to retry. */
    private static boolean rejectedCredentials(SQLException e) {
        return Failures.find(e, SQLException.class, sql -> sql.getSQLState() != null
                && sql.getSQLState().startsWith("28")).isPresent();
    }

    private RunOutcome deliver(ConfigurableApplicationContext context, BillingParameters parameters,
                               BillingOptions options) {
        return context.getBean(DeliveryRun.class).run(parameters.month(), parameters.monthOutput(),
                options.resendUnknown(), out);
    }

    private int refused(String message) {
        err.println("support-billing: " + message);
        err.println("Nothing was billed. Run with --help for the options.");
        return ExitCode.BAD_INPUT.code();
    }

    /** The application did not start: a bad setting (exit 2), or a store that cannot be opened or reached (1). */
    private int couldNotStart(RuntimeException e) {
        Optional<KnownSettings.UnknownSetting> unknown = Failures.find(e, KnownSettings.UnknownSetting.class);
        if (unknown.isPresent()) {
            return refused(unknown.get().getMessage());
        }
        Optional<BindException> setting = Failures.find(e, BindException.class);
        if (setting.isPresent()) {
            var property = setting.get().getProperty();
            String reason = Failures.root(setting.get()).getMessage();
            // A record's own check names its key already ("billing.seller.iban: ...").
            return refused("bad configuration: " + (reason.startsWith(setting.get().getName() + ".") ? reason
                    : setting.get().getName() + (property == null ? "" : " = '" + property.getValue() + "'") + ": "
                            + reason));
        }
        Optional<SQLException> store = Failures.find(e, SQLException.class);
        if (store.isPresent() && rejectedCredentials(store.get())) {
            return refused("the database refused the user name or password (" + Failures.root(store.get())
                    .getMessage() + "): check spring.datasource.username and password (BILLING_DB_USER,"
                    + " BILLING_DB_PASSWORD)");
        }
        if (store.isPresent()) {
            err.println("support-billing: cannot open the store: " + Failures.root(store.get()).getMessage()
                    + " (is the database up, and is it a support-billing store? A damaged store is restored from its"
                    + " backup). Nothing was done.");
            return ExitCode.FAILED.code();
        }
        err.println("support-billing: could not start: " + Failures.message(e, List.of()));
        return ExitCode.FAILED.code();
    }
}
