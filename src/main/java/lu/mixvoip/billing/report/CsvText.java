package lu.mixvoip.billing.report;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The CSV dialect of the outputs: UTF-8 without BOM, ',' separator, '\n' line ends, a field quoted only when it holds
 * a comma, a quote, CR or LF (quotes doubled), and text cells that a spreadsheet would run as a formula prefixed
 * with {@code '}.
 */
public final class CsvText {
    private final StringBuilder text = new StringBuilder();

    public CsvText row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(quoted(cells.get(i)));
        }
        text.append('\n');
        return this;
    }

    public byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A text cell, defused against spreadsheet formula injection. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    private static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\r') < 0 && cell.indexOf('\n') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
