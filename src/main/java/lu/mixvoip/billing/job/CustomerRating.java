package lu.mixvoip.billing.job;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import lu.mixvoip.billing.core.invoice.CustomerBilling;
import lu.mixvoip.billing.core.invoice.CustomerMonth;
import lu.mixvoip.billing.core.invoice.InvoiceAssembler;

/** Step 2's processor: the billing rules applied to one customer's month. */
class CustomerRating implements ItemProcessor<CustomerMonth, CustomerBilling> {
    private final InvoiceAssembler assembler;
    private final FaultInjection faults;

    CustomerRating(InvoiceAssembler assembler, FaultInjection faults) {
        this.assembler = assembler;
        this.faults = faults;
    }

    @Override
    public CustomerBilling process(CustomerMonth month) {
        faults.reach("rate");
        return assembler.bill(month);
    }
}
