package lu.mixvoip.billing.job;

import java.io.PrintStream;

/** How a run ended: the process exit code (billing-rules §13) and what to tell the operator. */
public record RunOutcome(int exitCode, RunReport report, String message) {
    public static final int COMPLETED = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;
    public static final int COMPLETED_WITH_REJECTS = 3;
    public static final int REFUSED = 4;

    public void print(PrintStream out, PrintStream err) {
        if (report != null) {
            report.print(out);
        }
        if (message != null) {
            (exitCode == COMPLETED || exitCode == COMPLETED_WITH_REJECTS ? out : err).println(message);
        }
    }
}
