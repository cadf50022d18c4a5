package lu.mixvoip.billing.issue;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import lu.mixvoip.billing.core.invoice.InvoiceAssembler;
import lu.mixvoip.billing.run.FaultInjection;
import lu.mixvoip.billing.staging.StagedMonth;

/** Step 2's processor: the billing rules applied to one customer's month. */
public class CustomerRating implements ItemProcessor<StagedMonth, RatedMonth> {
    private final InvoiceAssembler assembler;
    private final FaultInjection faults;

    CustomerRating(InvoiceAssembler assembler, FaultInjection faults) {
        this.assembler = assembler;
        this.faults = faults;
    }

    @Override
    public RatedMonth process(StagedMonth staged) {
        faults.reach("rate");
        return new RatedMonth(staged, assembler.bill(staged.month()));
    }
}
