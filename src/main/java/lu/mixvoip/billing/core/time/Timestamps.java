package lu.mixvoip.billing.core.time;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
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
        // The shape is checked: read the digits where they stand (a million rows a month; no formatter needed).
        try {
            LocalDateTime local = LocalDateTime.of(number(value, 0, 4), number(value, 5, 2), number(value, 8, 2),
                    number(value, 11, 2), number(value, 14, 2));
            boolean hasSeconds = value.length() > 16 && value.charAt(16) == ':';
            if (hasSeconds && number(value, 17, 2) > 59) {
                return Optional.empty();
            }
            int zone = hasSeconds ? 19 : 16;
            if (zone == value.length()) {
                // ZonedDateTime.of takes the earlier offset in an overlap and shifts a gap time forward: the spec's rule.
                return Optional.of(ZonedDateTime.of(local, LuxembourgCalendar.ZONE));
            }
            ZoneOffset offset = value.charAt(zone) == 'Z' ? ZoneOffset.UTC
                    : ZoneOffset.ofHoursMinutes(sign(value.charAt(zone)) * number(value, zone + 1, 2),
                            sign(value.charAt(zone)) * number(value, zone + 4, 2));
            return Optional.of(local.atOffset(offset).atZoneSameInstant(LuxembourgCalendar.ZONE));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int number(String text, int from, int digits) {
        int value = 0;
        for (int i = from; i < from + digits; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    private static int sign(char c) {
        return c == '-' ? -1 : 1;
    }
}
