package lu.mixvoip.billing.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The text COPY receives for a timestamp: ISO 8601 with seconds and offset, the same instant as java.time's. */
class PostgresCopyIT {

    @ParameterizedTest
    @CsvSource({
            "2026-10-05T09:10+02:00, 2026-10-05T09:10:00+02:00",
            "2026-10-25T02:30+01:00, 2026-10-25T02:30:00+01:00",
            "2026-12-01T00:00Z, 2026-12-01T00:00:00Z",
            "0999-01-02T03:04:05-09:30, 0999-01-02T03:04:05-09:30",
            "2026-10-05T09:10:00.5+02:00, 2026-10-05T09:10:00.500+02:00"})
    void timestampsAreWrittenInFull(String time, String expected) {
        StringBuilder text = new StringBuilder();
        PostgresCopy.appendTimestamp(text, OffsetDateTime.parse(time));
        assertThat(text).hasToString(expected);
    }

    @Test
    void everyTimestampReadsBackAsTheSameInstantAndOffset() {
        Random random = new Random(5);
        for (int i = 0; i < 100_000; i++) {
            OffsetDateTime time = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 250_000_000_000L))
                    .atOffset(ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 60, 18 * 60 + 1) * 60));
            StringBuilder text = new StringBuilder();
            PostgresCopy.appendTimestamp(text, time);
            assertThat(OffsetDateTime.parse(text)).as(text.toString()).isEqualTo(time);
        }
    }
}
