package lu.mixvoip.billing.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PackedRowsTest {
    @Test
    void packsFieldsAsTabSeparatedLinesWithEscapes() {
        PackedRows.Writer writer = new PackedRows.Writer();
        writer.field("a\tb").field((String) null).field(42L).endRow();
        writer.field("line\nbreak\\ and \r").endRow();

        assertThat(writer.toString()).isEqualTo("a\\tb\t\\N\t42\nline\\nbreak\\\\ and \\r\n");
    }

    @Test
    void readsBackExactlyWhatWasWritten() {
        Random random = new Random(5);
        String alphabet = "ab\t\n\r\\N é€";
        List<String[]> rows = new ArrayList<>();
        PackedRows.Writer writer = new PackedRows.Writer();
        for (int r = 0; r < 500; r++) {
            String[] row = new String[1 + random.nextInt(5)];
            for (int f = 0; f < row.length; f++) {
                if (random.nextInt(6) == 0) {
                    row[f] = random.nextBoolean() ? null : "";
                    continue;
                }
                StringBuilder value = new StringBuilder();
                for (int n = random.nextInt(8); n > 0; n--) {
                    value.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                row[f] = value.toString();
            }
            rows.add(row);
            Arrays.stream(row).forEach(writer::field);
            writer.endRow();
        }

        PackedRows.Reader reader = new PackedRows.Reader(writer.toString());
        for (String[] row : rows) {
            assertThat(reader.hasRow()).isTrue();
            String[] read = new String[row.length];
            for (int f = 0; f < row.length; f++) {
                read[f] = reader.field();
            }
            assertThat(read).containsExactly(row);
        }
        assertThat(reader.hasRow()).isFalse();
    }

    @Test
    void readsNumbersAndNulls() {
        PackedRows.Writer writer = new PackedRows.Writer();
        writer.field(-7L).field((Long) null).field(Long.valueOf(3)).endRow();
        PackedRows.Reader reader = new PackedRows.Reader(writer.toString());

        assertThat(reader.longField()).isEqualTo(-7);
        assertThat(reader.nullableLongField()).isNull();
        assertThat(reader.nullableLongField()).isEqualTo(3L);
    }
}
