package lu.mixvoip.billing.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Optional;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import lu.mixvoip.billing.SupportBillingApplication;
import lu.mixvoip.billing.input.CsvTable;
import lu.mixvoip.billing.input.InputException;
import lu.mixvoip.billing.input.InputFile;
import lu.mixvoip.billing.imports.ImportRun;
import lu.mixvoip.billing.job.BillingParameters;
import lu.mixvoip.billing.job.BillingParameters.Source;
import lu.mixvoip.billing.job.BillingRun;
import lu.mixvoip.billing.job.RunLock;
import lu.mixvoip.billing.job.RunOutcome;

/** The program: checks the options and inputs, starts the application, bills the month, returns the exit code. */
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
        try {
            options = BillingOptions.parse(args, clock);
            if (options.help()) {
                out.print(BillingOptions.USAGE);
                return RunOutcome.COMPLETED;
            }
            parameters = options.parameters();
            parameters.tariff();
            if (options.command() == BillingOptions.Command.IMPORT || parameters.source() == Source.CSV) {
                checkInputFiles(parameters);
            }
        } catch (InputException e) {
            err.println("support-billing: " + e.getMessage());
            err.println("Nothing was billed. Run with --help for the options.");
            return RunOutcome.BAD_INPUT;
        }
        Optional<RunLock> lock = RunLock.tryAcquire(options.dataDir());
        if (lock.isEmpty()) {
            err.println("support-billing: refused: another run is using the store in " + options.dataDir() + ": "
                    + RunLock.holder(options.dataDir()) + ". Nothing was done; try again when it has finished.");
            return RunOutcome.REFUSED;
        }
        lock.get().describe((options.command() == BillingOptions.Command.IMPORT ? "an import"
                : "a run of " + parameters.month()) + " (process " + ProcessHandle.current().pid() + ", starting)");
        try (RunLock held = lock.get();
             ConfigurableApplicationContext context = new SpringApplicationBuilder(SupportBillingApplication.class)
                .logStartupInfo(false)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("runLock", held))
                .run(options.springArguments().toArray(String[]::new))) {
            RunOutcome outcome;
            if (options.command() == BillingOptions.Command.IMPORT) {
                out.println("Importing " + parameters.input() + " into the database");
                outcome = context.getBean(ImportRun.class).run(parameters.input(), parameters.output(),
                        parameters.tariff());
            } else {
                out.println("Billing " + parameters.month() + " from " + (parameters.source() == Source.DB
                        ? "the database" : parameters.input()) + " into " + parameters.monthOutput());
                outcome = context.getBean(BillingRun.class).run(parameters, options.mode(), out);
            }
            outcome.print(out, err);
            return outcome.exitCode();
        } catch (RuntimeException e) {
            err.println("support-billing: could not start: " + rootMessage(e));
            return RunOutcome.FAILED;
        }
    }

    /** Missing files and missing columns stop the run before anything is billed. */
    private static void checkInputFiles(BillingParameters parameters) {
        for (InputFile file : InputFile.values()) {
            CsvTable.open(parameters.input().resolve(file.fileName()), file.columns()).close();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
