package lu.mixvoip.billing.store;

import java.sql.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
 * The import's writer: accepted rows go into the operational tables, each with its source line; a row whose id is
 * already stored (from an earlier import) is updated: on PostgreSQL with COPY and INSERT ... ON CONFLICT, elsewhere
 * with batches of standard SQL MERGE.
 */
public class OperationalTablesWriter implements MonthRows {
    private final Map<Table, RowSink> tables = new EnumMap<>(Table.class);

    public OperationalTablesWriter(JdbcTemplate jdbc) {
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
