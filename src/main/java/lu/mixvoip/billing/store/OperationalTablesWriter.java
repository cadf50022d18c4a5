package lu.mixvoip.billing.store;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

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
 * stored (from an earlier import) is updated. Standard SQL MERGE, which H2 and PostgreSQL 15+ both run.
 */
public class OperationalTablesWriter implements MonthInputLoader.Sink {
    private static final String CUSTOMERS = merge("customers", "customer_id",
            "name VARCHAR(1000)", "street VARCHAR(1000)", "postal_code VARCHAR(100)", "city VARCHAR(1000)",
            "country VARCHAR(2)", "vat_number VARCHAR(100)", "email VARCHAR(1000)", "language VARCHAR(2)",
            "travel_zone VARCHAR(100)");
    private static final String CONTRACTS = merge("contracts", "contract_id",
            "customer_id VARCHAR(32)", "tier VARCHAR(16)", "start_date DATE", "end_date DATE");
    private static final String INTERVENTIONS = merge("interventions", "intervention_id",
            "customer_id VARCHAR(32)", "ticket VARCHAR(1000)", "technician VARCHAR(1000)",
            "start_at TIMESTAMP WITH TIME ZONE", "end_at TIMESTAMP WITH TIME ZONE", "mode VARCHAR(16)",
            "skill VARCHAR(16)", "description VARCHAR(4000)");

    private final RejectedRows rejected;
    private final BatchedInsert customers;
    private final BatchedInsert contracts;
    private final BatchedInsert interventions;

    public OperationalTablesWriter(JdbcTemplate jdbc, RejectedRows rejected) {
        this.rejected = rejected;
        this.customers = new BatchedInsert(jdbc, CUSTOMERS);
        this.contracts = new BatchedInsert(jdbc, CONTRACTS);
        this.interventions = new BatchedInsert(jdbc, INTERVENTIONS);
    }

    @Override
    public void customer(Customer c, Long line) {
        customers.add(c.id(), c.name(), c.street(), c.postalCode(), c.city(), c.country(), c.vatNumber(), c.email(),
                c.language().code(), c.travelZone());
    }

    @Override
    public void contract(Contract c, Long line) {
        contracts.add(c.id(), c.customerId(), c.tier().name(), Date.valueOf(c.startDate()),
                c.endDate() == null ? null : Date.valueOf(c.endDate()));
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

    /** MERGE of one row given as parameters: the key first, then each "column TYPE" in order. */
    static String merge(String table, String key, String... typedColumns) {
        List<String> names = new ArrayList<>();
        StringBuilder select = new StringBuilder("SELECT CAST(? AS VARCHAR(32)) AS " + key);
        for (String typed : typedColumns) {
            String name = typed.substring(0, typed.indexOf(' '));
            names.add(name);
            select.append(", CAST(? AS ").append(typed.substring(typed.indexOf(' ') + 1)).append(") AS ").append(name);
        }
        String set = String.join(", ", names.stream().map(n -> n + " = s." + n).toList());
        String columns = key + ", " + String.join(", ", names);
        String values = "s." + key + ", " + String.join(", ", names.stream().map(n -> "s." + n).toList());
        return "MERGE INTO " + table + " t USING (" + select + ") s ON t." + key + " = s." + key
                + " WHEN MATCHED THEN UPDATE SET " + set
                + " WHEN NOT MATCHED THEN INSERT (" + columns + ") VALUES (" + values + ")";
    }
}
