package lu.mixvoip.billing.store;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import lu.mixvoip.billing.core.invoice.Contract;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.CustomerMonth;
import lu.mixvoip.billing.core.invoice.Intervention;
import lu.mixvoip.billing.core.invoice.Rejection;

/**
 * One customer's staged month with the source line of each of its rows, read together so that a row refused while
 * rating is reported with its line without reading the staged month again.
 */
public final class StagedMonth {
    private static final long NO_LINE = 0;

    private final CustomerMonth month;
    private final long[] contractLines;
    private final long[] interventionLines;

    private StagedMonth(CustomerMonth month, long[] contractLines, long[] interventionLines) {
        this.month = month;
        this.contractLines = contractLines;
        this.interventionLines = interventionLines;
    }

    public CustomerMonth month() {
        return month;
    }

    public String customerId() {
        return month.customer().id();
    }

    /** The source line of a refused row, or null when it has none (rows imported into the database keep theirs). */
    public Long lineOf(Rejection rejection) {
        boolean contract = rejection.type() == Rejection.RecordType.CONTRACT;
        List<?> rows = contract ? month.contracts() : month.interventions();
        for (int i = 0; i < rows.size(); i++) {
            String id = contract ? month.contracts().get(i).id() : month.interventions().get(i).id();
            if (id.equals(rejection.id())) {
                long line = contract ? contractLines[i] : interventionLines[i];
                return line == NO_LINE ? null : line;
            }
        }
        return null;
    }

    /** Collects a customer's staged rows in the order read. */
    static final class Builder {
        private final List<Contract> contracts = new ArrayList<>();
        private long[] contractLines = new long[4];
        private final List<Intervention> interventions = new ArrayList<>();
        private long[] interventionLines = new long[16];

        void contract(Contract contract, Long line) {
            contractLines = put(contractLines, contracts.size(), line);
            contracts.add(contract);
        }

        void intervention(Intervention intervention, Long line) {
            interventionLines = put(interventionLines, interventions.size(), line);
            interventions.add(intervention);
        }

        StagedMonth build(Customer customer, YearMonth month) {
            return new StagedMonth(new CustomerMonth(customer, month, contracts, interventions),
                    Arrays.copyOf(contractLines, contracts.size()), Arrays.copyOf(interventionLines, interventions.size()));
        }

        private static long[] put(long[] lines, int index, Long line) {
            long[] grown = index < lines.length ? lines : Arrays.copyOf(lines, lines.length * 2);
            grown[index] = line == null ? NO_LINE : line;
            return grown;
        }
    }
}
