package lu.mixvoip.billing.core.invoice;

import java.util.List;
import java.util.Optional;

/** The outcome of billing one customer's month: an invoice when there is something to bill, and the rejections. */
public record CustomerBilling(String customerId, Optional<Invoice> invoice, List<Rejection> rejections) {

    public CustomerBilling {
        rejections = List.copyOf(rejections);
    }
}
