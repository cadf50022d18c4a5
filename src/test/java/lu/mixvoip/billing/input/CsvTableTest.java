package lu.mixvoip.billing.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {
    @TempDir
    Path folder;

    @Test
    void readsQuotedFieldsAndReportsThePhysicalLineEachRecordStartsOn() throws IOException {
        Path file = write("customers.csv", "customer_id,name\n"
                + "A1,\"Dupont, Avocats\"\n"
                + "\n"
                + "A2,\"two\nlines and \"\"quotes\"\"\"\n"
                + "A3,  padded  \n");

        List<SourceRecord> rows = readAll(file, List.of("customer_id", "name"));

        assertThat(rows).extracting(SourceRecord::line).containsExactly(2L, 4L, 6L);
        assertThat(rows).extracting(r -> r.get("name"))
                .containsExactly("Dupont, Avocats", "two\nlines and \"quotes\"", "padded");
        assertThat(rows).allMatch(r -> r.shapeProblem() == null);
    }

    @Test
    void acceptsBomSemicolonsAndColumnsInAnyOrderAndCase() throws IOException {
        Path file = folder.resolve("contracts.csv");
        Files.write(file, ("\uFEFFTier ; Contract_ID;extra;customer_id\r\n"
                + "Bureau;K1;x;C1\r\n").getBytes(StandardCharsets.UTF_8));

        List<SourceRecord> rows = readAll(file, List.of("contract_id", "customer_id", "tier"));

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("contract_id")).isEqualTo("K1");
            assertThat(r.get("tier")).isEqualTo("Bureau");
            assertThat(r.get("customer_id")).isEqualTo("C1");
            assertThat(r.line()).isEqualTo(2L);
        });
    }

    @Test
    void flagsRowsWithTheWrongNumberOfFields() throws IOException {
        Path file = write("customers.csv", "customer_id,name\nA1\nA2,b,c\n");

        List<SourceRecord> rows = readAll(file, List.of("customer_id", "name"));

        assertThat(rows).extracting(SourceRecord::shapeProblem).containsExactly(
                "expected 2 fields as in the header, found 1", "expected 2 fields as in the header, found 3");
    }

    @Test
    void aMissingColumnNamesFileAndColumn() throws IOException {
        Path file = write("customers.csv", "customer_id,nom\nA1,x\n");

        assertThatThrownBy(() -> CsvTable.open(file, List.of("customer_id", "name")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("customers.csv: line 1: missing column 'name'");
    }

    @Test
    void aMissingFileIsReportedAsSuch() {
        assertThatThrownBy(() -> CsvTable.open(folder.resolve("interventions.csv"), List.of("intervention_id")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("interventions.csv: input file not found");
    }

    @Test
    void aByteThatIsNotUtf8IsReportedOnTheLineOfItsRecord() throws IOException {
        StringBuilder rows = new StringBuilder("customer_id,name\n");
        for (int i = 0; i < 5000; i++) {
            rows.append("A").append(i).append(",Client ").append(i).append('\n'); // past any read-ahead buffer
        }
        byte[] head = rows.toString().getBytes(StandardCharsets.UTF_8);
        byte[] broken = "B1,\"Caf\u00e9\nsur deux lignes\"\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = folder.resolve("customers.csv");
        Files.write(file, head);
        Files.write(file, broken, java.nio.file.StandardOpenOption.APPEND);

        assertThatThrownBy(() -> readAll(file, List.of("customer_id", "name")))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ": line 5002: not UTF-8 text");
    }

    @Test
    void aQuoteNeverClosedIsReportedWhereItsRecordStarts() throws IOException {
        Path file = write("customers.csv", "customer_id,name\nA1,ok\nA2,\"no end\nA3,lost\nA4,lost too\n");

        assertThatThrownBy(() -> readAll(file, List.of("customer_id", "name")))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ": line 3: a quoted field is never closed");
    }

    @Test
    void aRecordOfMegabytesStopsTheReadInsteadOfFillingMemory() throws IOException {
        Path file = write("customers.csv", "customer_id,name\nA1,ok\nA2," + "x".repeat(10 << 20) + "\nA3,after\n");

        assertThatThrownBy(() -> readAll(file, List.of("customer_id", "name")))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ": line 3: the record starting on this line is longer than 1,048,576"
                        + " characters");
    }

    @Test
    void aLongButSaneRecordIsReadWhole() throws IOException {
        String description = "y".repeat(500_000);
        Path file = write("customers.csv", "customer_id,name\nA1,\"" + description + "\"\nA2,next\n");

        List<SourceRecord> rows = readAll(file, List.of("customer_id", "name"));

        assertThat(rows).extracting(r -> r.get("name")).containsExactly(description, "next");
        assertThat(rows).extracting(SourceRecord::line).containsExactly(2L, 3L);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }

    private static List<SourceRecord> readAll(Path file, List<String> columns) {
        List<SourceRecord> rows = new ArrayList<>();
        try (CsvTable table = CsvTable.open(file, columns)) {
            for (Optional<SourceRecord> row = table.next(); row.isPresent(); row = table.next()) {
                rows.add(row.get());
            }
        }
        return rows;
    }
}
