package lu.mixvoip.billing.store;

import java.sql.Date;
import java.util.List;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import lu.mixvoip.billing.core.invoice.Contract;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.Intervention;
import lu.mixvoip.billing.input.InputFile;
import lu.mixvoip.billing.input.MonthInputLoader;
import lu.mixvoip.billing.input.RejectedRows;
import lu.mixvoip.billing.input.SourceRecord;

/**
 * The import's writer: accepted rows go into the operational tables in JDBC batches; a row whose id is already
 * stored (from an earlier import) is updated: on PostgreSQL with COPY and INSERT ... ON CONFLICT, elsewhere with
 * batches of standard SQL MERGE.
 */
public class OperationalTablesWriter implements MonthInputLoader.Sink {
    // Each table's columns with their SQL types, the key first, in the order rows are given.
    private static final List<String> CUSTOMER_COLUMNS = List.of("customer_id VARCHAR(32)", "name VARCHAR(1000)",
            "street VARCHAR(1000)", "postal_code VARCHAR(100)", "city VARCHAR(1000)", "country VARCHAR(2)",
            "vat_number VARCHAR(100)", "email VARCHAR(1000)", "language VARCHAR(2)", "travel_zone VARCHAR(100)");
    private static final List<String> CONTRACT_COLUMNS = List.of("contract_id VARCHAR(32)",
            "customer_id VARCHAR(32)", "tier VARCHAR(16)", "start_date DATE", "end_date DATE", "monthly_fee NUMERIC(14,2)");
    private static final List<String> INTERVENTION_COLUMNS = List.of("intervention_id VARCHAR(32)",
            "customer_id VARCHAR(32)", "ticket VARCHAR(1000)", "technician VARCHAR(1000)",
            "start_at TIMESTAMP WITH TIME ZONE", "end_at TIMESTAMP WITH TIME ZONE", "mode VARCHAR(16)",
            "skill VARCHAR(16)", "description VARCHAR(4000)");

    private final RejectedRows rejected;
    private final RowSink customers;
    private final RowSink contracts;
    private final RowSink interventions;

    public OperationalTablesWriter(JdbcTemplate jdbc, RejectedRows rejected) {
        this.rejected = rejected;
        boolean postgres = "PostgreSQL".equals(jdbc.execute((ConnectionCallback<String>) connection ->
                connection.getMetaData().getDatabaseProductName()));
        PostgresCopy.Channel copies = new PostgresCopy.Channel(jdbc);
        this.customers = postgres ? new PostgresCopy(copies, "customers", columns(CUSTOMER_COLUMNS))
                : new BatchedInsert(jdbc, merge("customers", CUSTOMER_COLUMNS));
        this.contracts = postgres ? new PostgresCopy(copies, "contracts", columns(CONTRACT_COLUMNS))
                : new BatchedInsert(jdbc, merge("contracts", CONTRACT_COLUMNS));
        this.interventions = postgres ? new PostgresCopy(copies, "interventions", columns(INTERVENTION_COLUMNS))
                : new BatchedInsert(jdbc, merge("interventions", INTERVENTION_COLUMNS));
    }

    @Override
    public void customer(Customer c, Long line) {
        customers.add(c.id(), c.name(), c.street(), c.postalCode(), c.city(), c.country(), c.vatNumber(), c.email(),
                c.language().code(), c.travelZone());
    }

    @Override
    public void contract(Contract c, Long line) {
        contracts.add(c.id(), c.customerId(), c.tier().name(), Date.valueOf(c.startDate()),
                c.endDate() == null ? null : Date.valueOf(c.endDate()), c.monthlyFee());
    }

    @Override
    public void intervention(Intervention i, Long line) {
        interventions.add(i.id(), i.customerId(), i.ticket(), i.technician(), i.start().toOffsetDateTime(),
                i.end().toOffsetDateTime(), i.mode().name(), i.skill().name(), i.description());
    }

    @Override
    public void reject(InputFile file, SourceRecord row, String reason) {
        rejected.reject(file, row, reason);
    }

    public void flush() {
        customers.flush();
        contracts.flush();
        interventions.flush();
    }

    private static List<String> columns(List<String> typedColumns) {
        return typedColumns.stream().map(typed -> typed.substring(0, typed.indexOf(' '))).toList();
    }

    /** Standard MERGE of one row given as parameters, in the order of {@code typedColumns} (key first). */
    static String merge(String table, List<String> typedColumns) {
        List<String> names = columns(typedColumns);
        String key = names.get(0);
        String select = "SELECT " + String.join(", ", typedColumns.stream().map(typed -> "CAST(? AS "
                + typed.substring(typed.indexOf(' ') + 1) + ") AS " + typed.substring(0, typed.indexOf(' ')))
                .toList());
        List<String> others = names.subList(1, names.size());
        return "MERGE INTO " + table + " t USING (" + select + ") s ON t." + key + " = s." + key
                + " WHEN MATCHED THEN UPDATE SET " + String.join(", ", others.stream().map(n -> n + " = s." + n)
                .toList())
                + " WHEN NOT MATCHED THEN INSERT (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", names.stream().map(n -> "s." + n).toList()) + ")";
    }
}
