package lu.mixvoip.billing.run;

import java.io.PrintStream;

/** How a run ended: the process exit code and what to tell the operator. */
public record RunOutcome(ExitCode exitCode, RunReport report, String message) {

    public static RunOutcome of(ExitCode exitCode, String message) {
        return new RunOutcome(exitCode, null, message);
    }

    public void print(PrintStream out, PrintStream err) {
        if (report != null) {
            report.print(out);
        }
        if (message != null) {
            (exitCode.completed() ? out : err).println(message);
        }
    }
}
