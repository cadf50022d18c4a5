package lu.mixvoip.billing.run;

/** The process exit codes cron sees (billing-rules §13). */
public enum ExitCode {
    /** Completed, nothing rejected. */
    COMPLETED(0),
    /** Failed; running the same command again resumes and completes the run. */
    FAILED(1),
    /** Bad arguments, configuration or input: nothing billed. */
    BAD_INPUT(2),
    /** Completed, some rows rejected (see rejects.csv). */
    COMPLETED_WITH_REJECTS(3),
    /** Refused: the month was billed from other data, another run holds the store, or the store and the output
     * folder do not match. */
    REFUSED(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public boolean completed() {
        return this == COMPLETED || this == COMPLETED_WITH_REJECTS;
    }

    public static ExitCode completed(long rejected) {
        return rejected > 0 ? COMPLETED_WITH_REJECTS : COMPLETED;
    }
}
