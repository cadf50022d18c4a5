package lu.mixvoip.billing.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.batch.core.BatchStatus;
import lu.mixvoip.billing.run.RunMode;

/** What a command does with a month, from what the store holds of it (README: "Correcting a month"). */
class RunDecisionTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final RunMode BILL = new RunMode(false, false, TODAY);
    private static final RunMode REBILL = new RunMode(true, false, TODAY);
    private static final RunMode DRY_RUN = new RunMode(false, true, TODAY);
    private static final RunMode REBILL_DRY_RUN = new RunMode(true, true, TODAY);

    @Test
    void aMonthNeverBilledIsBilledOrPreviewed() {
        assertThat(RunDecision.of(0, null, BILL)).isEqualTo(RunDecision.FIRST_BILLING);
        assertThat(RunDecision.of(0, null, REBILL)).isEqualTo(RunDecision.FIRST_BILLING);
        assertThat(RunDecision.of(0, null, DRY_RUN)).isEqualTo(RunDecision.PREVIEW);
    }

    @Test
    void aBilledMonthIsComparedWithItsInvoicesInForceOrPreviewed() {
        assertThat(RunDecision.of(1, BatchStatus.COMPLETED, BILL)).isEqualTo(RunDecision.COMPARE);
        assertThat(RunDecision.of(3, BatchStatus.COMPLETED, REBILL)).isEqualTo(RunDecision.COMPARE);
        assertThat(RunDecision.of(2, BatchStatus.COMPLETED, REBILL_DRY_RUN)).isEqualTo(RunDecision.PREVIEW);
    }

    @ParameterizedTest
    @EnumSource(value = BatchStatus.class, names = {"FAILED", "STOPPED", "STARTED", "ABANDONED", "UNKNOWN"})
    void anUnfinishedRunIsResumedWhateverTheOptionsButNeverPreviewed(BatchStatus status) {
        assertThat(RunDecision.of(1, status, BILL)).isEqualTo(RunDecision.RESUME);
        assertThat(RunDecision.of(2, status, REBILL)).isEqualTo(RunDecision.RESUME);
        assertThat(RunDecision.of(2, status, DRY_RUN)).isEqualTo(RunDecision.REFUSE_PREVIEW_OF_UNFINISHED);
    }

    @Test
    void afterTheComparisonTheSameInvoicesChangeNothingAndOthersNeedRebill() {
        assertThat(RunDecision.afterComparison(true, false)).isEqualTo(RunDecision.AfterComparison.NOTHING_CHANGED);
        assertThat(RunDecision.afterComparison(true, true)).isEqualTo(RunDecision.AfterComparison.NOTHING_CHANGED);
        assertThat(RunDecision.afterComparison(false, false)).isEqualTo(RunDecision.AfterComparison.REFUSE_CHANGED);
        assertThat(RunDecision.afterComparison(false, true)).isEqualTo(RunDecision.AfterComparison.REBILL);
    }
}
