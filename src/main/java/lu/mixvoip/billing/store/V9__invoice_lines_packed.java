package lu.mixvoip.billing.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import lu.mixvoip.billing.core.invoice.InvoiceLine;
import lu.mixvoip.billing.core.invoice.LineKind;
import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;
import lu.mixvoip.billing.core.tariff.Tier;
import lu.mixvoip.billing.core.tariff.TimeClass;

/**
 * Schema version 9, on both stores: an invoice's lines move from {@code invoice_line} (one row a line, ~24 an
 * invoice) into one packed value of the invoice row, {@code invoice.lines} ({@link InvoiceLinesText}); an issued
 * invoice is never changed and always read whole. The lines of the invoices already issued are carried over in
 * their order before {@code invoice_line} is dropped. A Spring bean that Spring Boot hands to Flyway: Flyway's class
 * scanning does not see it.
 */
public class V9__invoice_lines_packed extends BaseJavaMigration {
    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        try (Statement ddl = db.createStatement()) {
            ddl.execute("ALTER TABLE invoice ADD COLUMN lines VARCHAR");
            packIssuedLines(db);
            ddl.execute("UPDATE invoice SET lines = '' WHERE lines IS NULL"); // an invoice without lines
            ddl.execute("ALTER TABLE invoice ALTER COLUMN lines SET NOT NULL");
            ddl.execute("DROP TABLE invoice_line");
        }
    }

    /** One pass over {@code invoice_line} in invoice and line order, one update an invoice. */
    private static void packIssuedLines(Connection db) throws SQLException {
        try (Statement read = db.createStatement();
             PreparedStatement update = db.prepareStatement("UPDATE invoice SET lines = ? WHERE invoice_number = ?")) {
            read.setFetchSize(BATCH);
            ResultSet rows = read.executeQuery("SELECT * FROM invoice_line ORDER BY invoice_number, position");
            boolean more = rows.next();
            for (int invoices = 1; more; invoices++) {
                String number = rows.getString("invoice_number");
                List<InvoiceLine> lines = new ArrayList<>();
                do {
                    lines.add(line(rows));
                    more = rows.next();
                } while (more && rows.getString("invoice_number").equals(number));
                update.setString(1, InvoiceLinesText.pack(lines));
                update.setString(2, number);
                update.addBatch();
                if (invoices % BATCH == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
    }

    private static InvoiceLine line(ResultSet rs) throws SQLException {
        return new InvoiceLine(LineKind.valueOf(rs.getString("kind")), rs.getDate("line_date").toLocalDate(),
                rs.getString("reference"), rs.getString("ticket"), rs.getString("description"),
                parse(Tier.class, rs.getString("tier")), parse(Mode.class, rs.getString("mode")),
                parse(Skill.class, rs.getString("skill")), parse(TimeClass.class, rs.getString("time_class")),
                rs.getObject("actual_minutes", Long.class), rs.getLong("quantity"),
                rs.getObject("basis", Long.class), rs.getBigDecimal("unit_rate"), rs.getBigDecimal("amount"));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
