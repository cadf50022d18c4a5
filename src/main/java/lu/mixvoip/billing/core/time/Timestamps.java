package lu.mixvoip.billing.core.time;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses the timestamps technicians log: {@code YYYY-MM-DDTHH:MM[:SS]}, a space allowed for the T, local
 * Luxembourg time unless a {@code Z} or {@code ±HH:MM} offset is given. Seconds are dropped.
 */
public final class Timestamps {
    private static final Pattern SHAPE =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2})?");

    private Timestamps() {
    }

    public static Optional<ZonedDateTime> parse(String text) {
        String value = text.trim();
        if (!SHAPE.matcher(value).matches()) {
            return Optional.empty();
        }
        String iso = value.replace(' ', 'T');
        try {
            boolean hasOffset = iso.endsWith("Z") || iso.lastIndexOf('+') > 10 || iso.lastIndexOf('-') > 10;
            if (hasOffset) {
                OffsetDateTime withOffset = OffsetDateTime.parse(iso).truncatedTo(ChronoUnit.MINUTES);
                return Optional.of(withOffset.atZoneSameInstant(LuxembourgCalendar.ZONE));
            }
            // ZonedDateTime.of takes the earlier offset in an overlap and shifts a gap time forward: the spec's rule.
            LocalDateTime local = LocalDateTime.parse(iso).truncatedTo(ChronoUnit.MINUTES);
            return Optional.of(ZonedDateTime.of(local, LuxembourgCalendar.ZONE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
