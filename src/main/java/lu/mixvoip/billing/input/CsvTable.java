package lu.mixvoip.billing.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvValidationException;

/**
 * Streams the records of one input CSV file: UTF-8 with or without BOM, ',' or ';' detected from the header,
 * RFC 4180 quoting (commas, quotes and newlines inside quotes), columns matched by name, blank lines skipped. A file
 * that cannot be read as CSV (a byte that is not UTF-8, a quote never closed, a record of megabytes) stops the run
 * with the file and the line where the broken record starts.
 */
public final class CsvTable implements RecordSource {
    private final Path path;
    private final String fileName;
    private final Utf8Lines lines;
    private final CSVReader reader;
    private final Map<String, Integer> columns;
    private final int width;

    private CsvTable(Path path, Utf8Lines lines, CSVReader reader, Map<String, Integer> columns, int width) {
        this.path = path;
        this.fileName = path.getFileName().toString();
        this.lines = lines;
        this.reader = reader;
        this.columns = columns;
        this.width = width;
    }

    /** Opens a file and checks its header; a missing file or column stops the run before anything is billed. */
    public static CsvTable open(Path file, List<String> requiredColumns) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": input file not found (expected " + name + " with columns "
                    + String.join(",", requiredColumns) + ")");
        }
        Utf8Lines lines;
        try {
            lines = new Utf8Lines(Files.newInputStream(file));
        } catch (IOException e) {
            throw new InputException(file + ": cannot read the file: " + e.getMessage(), e);
        }
        try {
            String headerLine = Optional.ofNullable(lines.peekFirstLine()).orElse("");
            char separator = count(headerLine, ';') > count(headerLine, ',') ? ';' : ',';
            CSVReader reader = new CSVReaderBuilder(lines)
                    .withCSVParser(new RFC4180ParserBuilder().withSeparator(separator).build())
                    .withVerifyReader(false)
                    .build();
            lines.beginRecord();
            String[] header = reader.readNext();
            if (header == null) {
                reader.close();
                throw new InputException(file + ": the file is empty (expected a header line with columns "
                        + String.join(",", requiredColumns) + ")");
            }
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                String column = header[i].trim().toLowerCase(Locale.ROOT);
                // Keyed by the caller's own names where they match: rows look columns up by those very strings,
                // which then compare by reference (fifteen lookups a row, a million rows).
                int required = requiredColumns.indexOf(column);
                columns.putIfAbsent(required >= 0 ? requiredColumns.get(required) : column, i);
            }
            for (String column : requiredColumns) {
                if (!columns.containsKey(column)) {
                    reader.close();
                    throw new InputException(file + ": line 1: missing column '" + column + "' (the header has "
                            + String.join(",", Arrays.stream(header).map(String::trim).toList()) + ")");
                }
            }
            return new CsvTable(file, lines, reader, columns, header.length);
        } catch (IOException | CsvValidationException e) {
            close(lines);
            throw broken(file.toString(), lines, e);
        }
    }

    /** The next non-blank record, or empty at the end of the file. */
    @Override
    public Optional<SourceRecord> next() {
        try {
            while (true) {
                lines.beginRecord();
                String[] fields = reader.readNext();
                if (fields == null) {
                    return Optional.empty();
                }
                if (fields.length == 1 && fields[0].isBlank()) {
                    continue;
                }
                return Optional.of(new CsvRecord(fileName, lines.recordStart(), fields, columns, width));
            }
        } catch (IOException | CsvValidationException e) {
            throw broken(path.toString(), lines, e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why the record starting at the current record's line cannot be read, as the one line the user sees. */
    private static InputException broken(String file, Utf8Lines lines, Exception e) {
        String why = e instanceof Utf8Lines.BrokenRecord broken ? broken.getMessage()
                : e instanceof CsvMalformedLineException ? "a quoted field is never closed (a quote '\"' is missing"
                        + " at its end, or a quote inside it is not doubled)"
                : e.getMessage();
        long line = e instanceof Utf8Lines.BrokenRecord broken ? broken.line() : lines.recordStart();
        return new InputException(file + ": line " + line + ": " + why, e);
    }

    private static void close(Utf8Lines lines) {
        try {
            lines.close();
        } catch (IOException e) {
            // the file could not be read in the first place: nothing more to say
        }
    }

    /**
     * A field without the spaces around it (billing-rules §10). Only U+0020: a control character at either end is
     * kept, so that the row rules refuse it instead of it vanishing.
     */
    public static String withoutSurroundingSpaces(String field) {
        int start = 0;
        int end = field.length();
        while (start < end && field.charAt(start) == ' ') {
            start++;
        }
        while (end > start && field.charAt(end - 1) == ' ') {
            end--;
        }
        return start == 0 && end == field.length() ? field : field.substring(start, end);
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }

    private record CsvRecord(String file, Long line, String[] fields, Map<String, Integer> columns, int width)
            implements SourceRecord {

        @Override
        public String get(String column) {
            Integer index = columns.get(column);
            return index == null || index >= fields.length ? "" : withoutSurroundingSpaces(fields[index]);
        }

        @Override
        public String shapeProblem() {
            return fields.length == width ? null
                    : "expected " + width + " fields as in the header, found " + fields.length;
        }
    }
}
