package lu.mixvoip.billing.store;

import org.springframework.jdbc.core.JdbcTemplate;

import lu.mixvoip.billing.core.invoice.Contract;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.Intervention;
import lu.mixvoip.billing.input.InputFile;
import lu.mixvoip.billing.input.MonthInputLoader;
import lu.mixvoip.billing.input.SourceRecord;

/** Writes a load's accepted rows to the staging tables in JDBC batches. */
public class StagingWriter implements MonthInputLoader.Sink {
    private final long runId;
    private final RejectRepository rejects;
    private final BatchedInsert customers;
    private final BatchedInsert contracts;
    private final BatchedInsert interventions;

    StagingWriter(JdbcTemplate jdbc, long runId, RejectRepository rejects) {
        this.runId = runId;
        this.rejects = rejects;
        this.customers = new BatchedInsert(jdbc, CUSTOMER_INSERT);
        this.contracts = new BatchedInsert(jdbc, CONTRACT_INSERT);
        this.interventions = new BatchedInsert(jdbc, INTERVENTION_INSERT);
    }

    @Override
    public void customer(Customer c, Long line) {
        customers.add(runId, c.id(), line, c.name(), c.street(), c.postalCode(), c.city(), c.country(),
                c.vatNumber(), c.email(), c.language().name(), c.travelZone());
    }

    @Override
    public void contract(Contract c, Long line) {
        contracts.add(runId, c.id(), c.customerId(), line, c.tier().name(), java.sql.Date.valueOf(c.startDate()),
                c.endDate() == null ? null : java.sql.Date.valueOf(c.endDate()));
    }

    @Override
    public void intervention(Intervention i, Long line) {
        interventions.add(runId, i.id(), i.customerId(), line, i.ticket(), i.technician(),
                StagingRepository.epochMinute(i.start()), StagingRepository.epochMinute(i.end()), i.mode().name(),
                i.skill().name(), i.description());
    }

    @Override
    public void reject(InputFile file, SourceRecord row, String reason) {
        rejects.add(runId, file, row.file(), row.line(), row.get(file.idColumn()), reason);
    }

    public void flush() {
        customers.flush();
        contracts.flush();
        interventions.flush();
    }

    private static final String CUSTOMER_INSERT = "INSERT INTO staged_customer (run_id, customer_id, line, name,"
            + " street, postal_code, city, country, vat_number, email, language, travel_zone)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String CONTRACT_INSERT = "INSERT INTO staged_contract (run_id, contract_id, customer_id,"
            + " line, tier, start_date, end_date) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String INTERVENTION_INSERT = "INSERT INTO staged_intervention (run_id, intervention_id,"
            + " customer_id, line, ticket, technician, start_minute, end_minute, mode, skill, description)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
}
