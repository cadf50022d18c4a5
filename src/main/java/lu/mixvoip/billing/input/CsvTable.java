package lu.mixvoip.billing.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
import com.opencsv.exceptions.CsvValidationException;

/**
 * Streams the records of one input CSV file: UTF-8 with or without BOM, ',' or ';' detected from the header,
 * RFC 4180 quoting (commas, quotes and newlines inside quotes), columns matched by name, blank lines skipped.
 */
public final class CsvTable implements RecordSource {
    private static final char BOM = '\uFEFF';

    private final String fileName;
    private final CSVReader reader;
    private final Map<String, Integer> columns;
    private final int width;

    private CsvTable(String fileName, CSVReader reader, Map<String, Integer> columns, int width) {
        this.fileName = fileName;
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
        try {
            BufferedReader text = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)), 1 << 16);
            text.mark(1);
            if (text.read() != BOM) {
                text.reset();
            }
            text.mark(1 << 16);
            String headerLine = Optional.ofNullable(text.readLine()).orElse("");
            text.reset();
            char separator = count(headerLine, ';') > count(headerLine, ',') ? ';' : ',';
            CSVReader reader = new CSVReaderBuilder(text)
                    .withCSVParser(new RFC4180ParserBuilder().withSeparator(separator).build())
                    .build();
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
            return new CsvTable(name, reader, columns, header.length);
        } catch (CharacterCodingException e) {
            throw new InputException(file + ": line 1: the file is not UTF-8 text", e);
        } catch (IOException | CsvValidationException e) {
            throw new InputException(file + ": cannot read the header: " + e.getMessage(), e);
        }
    }

    /** The next non-blank record, or empty at the end of the file. */
    @Override
    public Optional<SourceRecord> next() {
        try {
            while (true) {
                long line = reader.getLinesRead() + 1;
                String[] fields = reader.readNext();
                if (fields == null) {
                    return Optional.empty();
                }
                if (fields.length == 1 && fields[0].isBlank()) {
                    continue;
                }
                return Optional.of(new CsvRecord(fileName, line, fields, columns, width));
            }
        } catch (CharacterCodingException e) {
            throw new InputException(fileName + ": line " + (reader.getLinesRead() + 1) + ": not UTF-8 text", e);
        } catch (IOException | CsvValidationException e) {
            throw new UncheckedIOException(new IOException(fileName + ": line " + (reader.getLinesRead() + 1)
                    + ": " + e.getMessage(), e));
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

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }

    private record CsvRecord(String file, Long line, String[] fields, Map<String, Integer> columns, int width)
            implements SourceRecord {

        @Override
        public String get(String column) {
            Integer index = columns.get(column);
            return index == null || index >= fields.length ? "" : fields[index].trim();
        }

        @Override
        public String shapeProblem() {
            return fields.length == width ? null
                    : "expected " + width + " fields as in the header, found " + fields.length;
        }
    }
}
