package lu.mixvoip.billing.job;

import org.springframework.batch.core.BatchStatus;
import lu.mixvoip.billing.run.RunMode;

/**
 * What a billing command does with a month, from what the store holds of it: the runs the month has had (its first
 * billing and re-bills) and how the last one ended. A month billed before is first compared with its invoices in
 * force; {@link #afterComparison} decides then.
 */
enum RunDecision {
    /** A dry run while a run of the month is unfinished: its preview would mix documents; refused. */
    REFUSE_PREVIEW_OF_UNFINISHED,
    /** The last run did not finish: run it on to the end. */
    RESUME,
    /** A dry run: preview the first billing or the re-bill. */
    PREVIEW,
    /** The month was never billed. */
    FIRST_BILLING,
    /** The month is billed: compare the data with its invoices in force. */
    COMPARE;

    static RunDecision of(int runs, BatchStatus lastStatus, RunMode mode) {
        boolean unfinished = runs > 0 && lastStatus != BatchStatus.COMPLETED;
        if (unfinished) {
            return mode.dryRun() ? REFUSE_PREVIEW_OF_UNFINISHED : RESUME;
        }
        if (mode.dryRun()) {
            return PREVIEW;
        }
        return runs == 0 ? FIRST_BILLING : COMPARE;
    }

    /** What follows the comparison of a billed month's data with its invoices in force. */
    enum AfterComparison {
        /** The same invoices: nothing to issue (missing outputs are restored). */
        NOTHING_CHANGED,
        /** Other invoices, without --rebill: refused, nothing written. */
        REFUSE_CHANGED,
        /** Other invoices, with --rebill: credit notes and new invoices. */
        REBILL
    }

    static AfterComparison afterComparison(boolean changesNothing, boolean rebill) {
        if (changesNothing) {
            return AfterComparison.NOTHING_CHANGED;
        }
        return rebill ? AfterComparison.REBILL : AfterComparison.REFUSE_CHANGED;
    }
}
