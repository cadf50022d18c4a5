package lu.mixvoip.billing.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** billing-rules §3: timestamp syntax, offsets, seconds, DST overlap and gap. */
class TimestampsTest {

    private static ZonedDateTime parse(String text) {
        return Timestamps.parse(text).orElseThrow(() -> new AssertionError("not parsed: " + text));
    }

    @ParameterizedTest(name = "\"{0}\" -> local {1} offset {2}")
    @CsvSource(delimiter = '|', value = {
            "2026-10-05T09:10|2026-10-05T09:10|+02:00",
            "2026-10-05 09:10|2026-10-05T09:10|+02:00",
            "2026-10-05T09:10:00|2026-10-05T09:10|+02:00",
            "2026-10-05T09:10:59|2026-10-05T09:10|+02:00",     // seconds dropped, not rounded
            "2026-10-05 09:10:30|2026-10-05T09:10|+02:00",
            "2026-12-01T09:10|2026-12-01T09:10|+01:00",        // winter time
            // offsets: converted to Luxembourg time
            "2026-10-05T07:10Z|2026-10-05T09:10|+02:00",
            "2026-10-05 07:10Z|2026-10-05T09:10|+02:00",
            "2026-10-05T07:10:59Z|2026-10-05T09:10|+02:00",
            "2026-10-05T09:10+02:00|2026-10-05T09:10|+02:00",
            "2026-12-01T09:10+02:00|2026-12-01T08:10|+01:00",
            "2026-12-01T09:10Z|2026-12-01T10:10|+01:00",
            "2026-10-05T04:10-03:00|2026-10-05T09:10|+02:00",
            "2026-10-05T12:40+05:30|2026-10-05T09:10|+02:00",
            "2026-10-31T23:30Z|2026-11-01T00:30|+01:00",       // the offset moves the local date
            "2026-10-05T23:30-01:00|2026-10-06T02:30|+02:00",
            // autumn overlap 25 Oct 2026, 02:00-02:59 occurs twice: the earlier (summer time)
            "2026-10-25T02:00|2026-10-25T02:00|+02:00",
            "2026-10-25T02:30|2026-10-25T02:30|+02:00",
            "2026-10-25T02:59|2026-10-25T02:59|+02:00",
            "2026-10-25T03:00|2026-10-25T03:00|+01:00",
            "2026-10-25T01:59|2026-10-25T01:59|+02:00",
            // with an explicit offset the second 02:30 is reachable
            "2026-10-25T01:30Z|2026-10-25T02:30|+01:00",
            "2026-10-25T00:30Z|2026-10-25T02:30|+02:00",
            // spring gap 29 Mar 2026, 02:00-02:59 does not exist: as if the clock had not moved yet
            "2026-03-29T02:30|2026-03-29T03:30|+02:00",
            "2026-03-29T02:00|2026-03-29T03:00|+02:00",
            "2026-03-29T02:59|2026-03-29T03:59|+02:00",
            "2026-03-29T01:59|2026-03-29T01:59|+01:00",
            "2026-03-29T03:00|2026-03-29T03:00|+02:00",
            "2025-03-30T02:15|2025-03-30T03:15|+02:00",
            "2027-03-28T02:45|2027-03-28T03:45|+02:00",
            "2025-10-26T02:10|2025-10-26T02:10|+02:00",
            "2027-10-31T02:10|2027-10-31T02:10|+02:00"})
    void parses(String text, LocalDateTime local, String offset) {
        ZonedDateTime parsed = parse(text);
        assertThat(parsed.getZone()).isEqualTo(LuxembourgCalendar.ZONE);
        assertThat(parsed.toLocalDateTime()).isEqualTo(local);
        assertThat(parsed.getOffset()).isEqualTo(ZoneOffset.of(offset));
    }

    @Test
    void overlapAndGapInstants() {
        assertThat(parse("2026-10-25T02:30").toInstant()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(parse("2026-03-29T02:30").toInstant()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        // "02:30 = 03:30 summer time"
        assertThat(parse("2026-03-29T02:30").toInstant()).isEqualTo(parse("2026-03-29T03:30").toInstant());
    }

    @Test
    void surroundingSpacesAreIgnored() {
        assertThat(parse("  2026-10-05T09:10  ").toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 10, 5, 9, 10));
    }

    @Test
    void actualMinutesAreRealElapsedTime() {
        // autumn: a wall-clock span of 2 h is 3 h of real time
        assertThat(BillableTime.actualMinutes(parse("2026-10-25T01:30"), parse("2026-10-25T03:30"))).isEqualTo(180);
        // spring: a wall-clock span of 2 h is 1 h of real time
        assertThat(BillableTime.actualMinutes(parse("2026-03-29T01:30"), parse("2026-03-29T03:30"))).isEqualTo(60);
        // spring gap: 02:30 counts as 03:30 summer time, 01:50 -> 02:30 is 40 real minutes
        assertThat(BillableTime.actualMinutes(parse("2026-03-29T01:50"), parse("2026-03-29T02:30"))).isEqualTo(40);
        // overlap: both ends take the earlier occurrence
        assertThat(BillableTime.actualMinutes(parse("2026-10-25T02:10"), parse("2026-10-25T02:40"))).isEqualTo(30);
        assertThat(BillableTime.actualMinutes(parse("2026-10-25T01:50"), parse("2026-10-25T03:10"))).isEqualTo(140);
        // seconds are dropped before computing the duration
        assertThat(BillableTime.actualMinutes(parse("2026-10-05T09:10:59"), parse("2026-10-05T09:41:01")))
                .isEqualTo(31);
        // mixed notations
        assertThat(BillableTime.actualMinutes(parse("2026-10-05T07:10Z"), parse("2026-10-05 09:41"))).isEqualTo(31);
    }

    @ParameterizedTest(name = "rejects \"{0}\"")
    @ValueSource(strings = {"", " ", "not-a-date", "2026-10-05", "09:10", "2026-10-05T9:10", "2026-10-5T09:10",
            "26-10-05T09:10", "2026/10/05 09:10", "05.10.2026 09:10", "2026-10-05T09", "2026-10-05T09:10:5",
            "2026-10-05T09:10:00.000", "2026-10-05X09:10", "2026-10-05T09:10 Z", "2026-10-05T09:10+2",
            "2026-10-05T09:10+0200", "2026-10-05T09:10+02", "2026-10-05T09:10 +02:00",
            "2026-10-05T09:10[Europe/Luxembourg]", "2026-10-05T09:10+02:00[Europe/Luxembourg]",
            "2026-02-30T10:00", "2026-13-01T10:00", "2026-00-10T10:00", "2026-10-32T10:00", "2026-10-05T24:00",
            "2026-10-05T09:60", "2026-10-05T09:10:60", "2026-10-05T09:10+19:00", "2026-10-05T09:10+02:60",
            "2026-10-05TT09:10", "2026-10-05  09:10", "२०२६-१०-०५T09:10"})
    void rejectsGarbage(String text) {
        assertThat(Timestamps.parse(text)).isEmpty();
    }

    /** The shape of §3 as a regular expression; the parser checks it by hand. */
    private static final Pattern SHAPE =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2})?");

    @Test
    void nothingOutsideTheShapeParsesAndEveryShapeWithValuesInRangeDoes() {
        String[] forms = {"2026-10-05T09:10", "2026-10-05 09:10:30", "2026-10-05T09:10Z", "2026-10-05T09:10:30Z",
            "2026-10-05T09:10+02:00", "2026-10-05 09:10:30-01:30"};
        String alphabet = "0123456789-T :Z+x";
        Random random = new Random(3);
        int parsed = 0;
        for (int i = 0; i < 300_000; i++) {
            StringBuilder text = new StringBuilder(forms[random.nextInt(forms.length)]);
            for (int edits = 1 + random.nextInt(2); edits > 0; edits--) {
                int at = random.nextInt(text.length() + 1);
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                switch (random.nextInt(3)) {
                    case 0 -> text.insert(at, c);
                    case 1 -> text.deleteCharAt(Math.min(at, text.length() - 1));
                    default -> text.setCharAt(Math.min(at, text.length() - 1), c);
                }
            }
            String candidate = text.toString().trim(); // surrounding spaces are ignored (see above)
            boolean inShape = SHAPE.matcher(candidate).matches();
            assertThat(Timestamps.parse(candidate).isPresent()).as(candidate).isEqualTo(inShape
                    && inRange(candidate));
            parsed += inShape ? 1 : 0;
        }
        assertThat(parsed).as("edits that keep the shape").isGreaterThan(10_000);
    }

    /** Month, day, hour, minute, second and offset in range (the shape is known). */
    private static boolean inRange(String text) {
        try {
            LocalDateTime.parse(text.substring(0, 16).replace(' ', 'T'));
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
        boolean seconds = text.length() > 16 && text.charAt(16) == ':';
        if (seconds && Integer.parseInt(text.substring(17, 19)) > 59) {
            return false;
        }
        int zone = seconds ? 19 : 16;
        if (zone == text.length() || text.charAt(zone) == 'Z') {
            return true;
        }
        int hours = Integer.parseInt(text.substring(zone + 1, zone + 3));
        int minutes = Integer.parseInt(text.substring(zone + 4, zone + 6));
        return minutes <= 59 && hours * 60 + minutes <= 18 * 60;
    }
}
