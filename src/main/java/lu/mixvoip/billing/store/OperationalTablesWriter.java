package lu.mixvoip.billing.store;

import java.sql.Date;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import lu.mixvoip.billing.core.invoice.Contract;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.Intervention;
import lu.mixvoip.billing.core.servicelevel.Ticket;
import lu.mixvoip.billing.core.servicelevel.TicketOfMonth;
import lu.mixvoip.billing.store.OperationalTables.Column;
import lu.mixvoip.billing.store.OperationalTables.Table;

/**
 * The import's writer: accepted rows go into the operational tables, each with its source line, and the starts of
 * refused intervention rows that §15 still counts into theirs; a row whose id is
 * already stored (from an earlier import) is updated: on PostgreSQL with COPY and INSERT ... ON CONFLICT, elsewhere
 * with batches of standard SQL MERGE.
 */
public class OperationalTablesWriter implements MonthRows {
    private final Map<Table, RowSink> tables = new EnumMap<>(Table.class);
    private final JdbcTemplate jdbc;
    /** Ids whose refused start an earlier import kept; those this import accepts lose it (their row now counts). */
    private final Set<String> refusedBefore;
    private final List<Object[]> acceptedNow = new ArrayList<>();

    public OperationalTablesWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.refusedBefore = new HashSet<>(jdbc.queryForList("SELECT intervention_id FROM "
                + Table.REFUSED_INTERVENTION_STARTS.tableName(), String.class));
        boolean postgres = "PostgreSQL".equals(jdbc.execute((ConnectionCallback<String>) connection ->
                connection.getMetaData().getDatabaseProductName()));
        PostgresCopy.Channel copies = new PostgresCopy.Channel(jdbc);
        for (Table file : Table.values()) {
            List<Column> columns = OperationalTables.columns(file);
            tables.put(file, postgres ? new PostgresCopy(copies, file.tableName(), columns.stream().map(Column::name)
                    .toList()) : new BatchedInsert(jdbc, merge(file.tableName(), columns)));
        }
    }

    @Override
    public void customer(Customer c, Long line) {
        tables.get(Table.CUSTOMERS).add(c.id(), c.name(), c.street(), c.postalCode(), c.city(), c.country(),
                c.vatNumber(), c.email(), c.language().code(), c.travelZone(),
                c.peppolId() == null ? null : c.peppolId().toString(), line);
    }

    @Override
    public void contract(Contract c, Long line) {
        tables.get(Table.CONTRACTS).add(c.id(), c.customerId(), c.tier().name(), Date.valueOf(c.startDate()),
                c.endDate() == null ? null : Date.valueOf(c.endDate()), c.monthlyFee(), line);
    }

    @Override
    public void intervention(Intervention i, Long line) {
        tables.get(Table.INTERVENTIONS).add(i.id(), i.customerId(), i.ticket(), i.technician(),
                i.start().toOffsetDateTime(), i.end().toOffsetDateTime(), i.mode().name(), i.skill().name(),
                i.description(), line);
        if (refusedBefore.contains(i.id())) {
            acceptedNow.add(new Object[] {i.id()});
        }
    }

    @Override
    public void refusedStart(String interventionId, String customerId, String ticket, ZonedDateTime start,
                             Long line) {
        tables.get(Table.REFUSED_INTERVENTION_STARTS).add(interventionId, customerId, ticket,
                start.toOffsetDateTime(), line);
    }

    @Override
    public void ticket(TicketOfMonth t, Long line) {
        Ticket ticket = t.ticket();
        tables.get(Table.TICKETS).add(ticket.id(), ticket.customerId(), ticket.reportedAt().toOffsetDateTime(),
                ticket.respondedAt() == null ? null : ticket.respondedAt().toOffsetDateTime(), line);
    }

    @Override
    public void flush() {
        tables.values().forEach(RowSink::flush);
        if (!acceptedNow.isEmpty()) { // after the COPYs: no statement may run on the connection during one
            jdbc.batchUpdate("DELETE FROM " + Table.REFUSED_INTERVENTION_STARTS.tableName()
                    + " WHERE intervention_id = ?", acceptedNow);
            acceptedNow.clear();
        }
    }

    /** Standard MERGE of one row given as parameters, in the order of {@code columns} (key first). */
    static String merge(String table, List<Column> columns) {
        List<String> names = columns.stream().map(Column::name).toList();
        String key = names.get(0);
        String select = "SELECT " + String.join(", ", columns.stream().map(c -> "CAST(? AS " + c.type() + ") AS "
                + c.name()).toList());
        List<String> others = names.subList(1, names.size());
        return "MERGE INTO " + table + " t USING (" + select + ") s ON t." + key + " = s." + key
                + " WHEN MATCHED THEN UPDATE SET " + String.join(", ", others.stream().map(n -> n + " = s." + n)
                .toList())
                + " WHEN NOT MATCHED THEN INSERT (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", names.stream().map(n -> "s." + n).toList()) + ")";
    }
}
