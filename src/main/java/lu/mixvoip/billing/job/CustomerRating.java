package lu.mixvoip.billing.job;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import lu.mixvoip.billing.core.invoice.CustomerBilling;
import lu.mixvoip.billing.core.invoice.CustomerMonth;
import lu.mixvoip.billing.core.invoice.InvoiceAssembler;

/** Step 2's processor: the billing rules applied to one customer's month. */
class CustomerRating implements ItemProcessor<CustomerMonth, CustomerBilling> {
    private final InvoiceAssembler assembler;

    CustomerRating(InvoiceAssembler assembler) {
        this.assembler = assembler;
    }

    @Override
    public CustomerBilling process(CustomerMonth month) {
        return assembler.bill(month);
    }
}
