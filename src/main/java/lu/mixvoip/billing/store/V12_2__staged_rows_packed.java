package lu.mixvoip.billing.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import lu.mixvoip.billing.core.invoice.Contract;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.Language;
import lu.mixvoip.billing.core.tariff.Tier;

/**
 * Schema version 12.2, on both stores: the customers and contracts an interrupted run had staged one row each move
 * into the blocks of V12, cut into the same ranges as that run's interventions, so that the run resumes where it
 * stopped; then {@code staged_customer} and {@code staged_contract} are dropped. A Spring bean that Spring Boot hands
 * to Flyway, like {@link V9__invoice_lines_packed}.
 */
public class V12_2__staged_rows_packed extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        List<Long> runs = new ArrayList<>();
        try (Statement read = db.createStatement();
             ResultSet rs = read.executeQuery("SELECT DISTINCT run_id FROM staged_customer ORDER BY run_id")) {
            while (rs.next()) {
                runs.add(rs.getLong(1));
            }
        }
        for (long run : runs) {
            packRun(db, run);
        }
        try (Statement ddl = db.createStatement()) {
            ddl.execute("DROP TABLE staged_contract");
            ddl.execute("DROP TABLE staged_customer");
        }
    }

    /** The ranges are those the run was staged with: its customers' ids in ascending order, cut every hundred. */
    private static void packRun(Connection db, long run) throws SQLException {
        List<String> ids = new ArrayList<>();
        Map<String, PackedRows.Writer> customers = new HashMap<>();
        try (PreparedStatement read = db.prepareStatement("SELECT * FROM staged_customer WHERE run_id = ?")) {
            read.setLong(1, run);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    PackedRows.Writer row = new PackedRows.Writer();
                    StagedRows.pack(row, customer(rs), rs.getObject("line", Long.class));
                    ids.add(rs.getString("customer_id"));
                    customers.put(rs.getString("customer_id"), row);
                }
            }
        }
        CustomerRanges ranges = CustomerRanges.of(ids, StagingWriter.CUSTOMERS_PER_RANGE);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO staged_customer_block (run_id, range_no,"
                + " first_customer_id, last_customer_id, customers) VALUES (?, ?, ?, ?, ?)")) {
            for (int range = 0; range < ranges.count(); range++) {
                StringBuilder block = new StringBuilder();
                for (int customer = ranges.start(range); customer < ranges.end(range); customer++) {
                    block.append(customers.get(ranges.idAt(customer)));
                }
                insert.setLong(1, run);
                insert.setInt(2, range);
                insert.setString(3, ranges.first(range));
                insert.setString(4, ranges.last(range));
                insert.setString(5, block.toString());
                insert.executeUpdate();
            }
        }
        packContracts(db, run, ranges);
    }

    private static void packContracts(Connection db, long run, CustomerRanges ranges) throws SQLException {
        Map<Integer, PackedRows.Writer> blocks = new HashMap<>();
        try (PreparedStatement read = db.prepareStatement("SELECT * FROM staged_contract WHERE run_id = ?"
                + " ORDER BY line, contract_id")) {
            read.setLong(1, run);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    int customer = ranges.indexOf(rs.getString("customer_id"));
                    if (customer >= 0) { // a customer not staged was never billed
                        StagedRows.pack(blocks.computeIfAbsent(ranges.rangeAt(customer), r -> new PackedRows.Writer()),
                                contract(rs), rs.getObject("line", Long.class));
                    }
                }
            }
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO staged_contract_block (run_id, range_no,"
                + " block_no, contracts) VALUES (?, ?, 0, ?)")) {
            for (Map.Entry<Integer, PackedRows.Writer> block : blocks.entrySet()) {
                insert.setLong(1, run);
                insert.setInt(2, block.getKey());
                insert.setString(3, block.getValue().toString());
                insert.executeUpdate();
            }
        }
    }

    private static Customer customer(ResultSet rs) throws SQLException {
        return new Customer(rs.getString("customer_id"), rs.getString("name"), rs.getString("street"),
                rs.getString("postal_code"), rs.getString("city"), rs.getString("country"),
                rs.getString("vat_number"), rs.getString("email"),
                Language.valueOf(rs.getString("language").trim().toUpperCase()), rs.getString("travel_zone"));
    }

    private static Contract contract(ResultSet rs) throws SQLException {
        java.sql.Date end = rs.getDate("end_date");
        return new Contract(rs.getString("contract_id"), rs.getString("customer_id"),
                Tier.valueOf(rs.getString("tier")), rs.getDate("start_date").toLocalDate(),
                end == null ? null : end.toLocalDate());
    }
}
