package lu.mixvoip.billing.core.invoice;

import java.time.YearMonth;
import java.util.List;

/** Everything one invoice is made from: the customer, its contracts touching the month, its month's interventions. */
public record CustomerMonth(Customer customer, YearMonth month, List<Contract> contracts,
                            List<Intervention> interventions) {

    public CustomerMonth {
        contracts = List.copyOf(contracts);
        interventions = List.copyOf(interventions);
    }
}
