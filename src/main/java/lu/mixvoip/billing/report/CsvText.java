package lu.mixvoip.billing.report;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;

/**
 * The CSV dialect of the outputs: UTF-8 without BOM, ',' separator, '\n' line ends, a field quoted only when it holds
 * a comma, a quote, CR or LF (quotes doubled), and text cells that a spreadsheet would run as a formula prefixed
 * with {@code '}. Written by opencsv, the library that reads the inputs.
 */
public final class CsvText {
    private final StringWriter text = new StringWriter();
    private final ICSVWriter writer = new CSVWriterBuilder(text).withSeparator(',').withQuoteChar('"')
            .withEscapeChar('"').withLineEnd("\n").build();

    public CsvText row(List<String> cells) {
        writer.writeNext(cells.toArray(String[]::new), false); // quotes only the cells that need them
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
}
