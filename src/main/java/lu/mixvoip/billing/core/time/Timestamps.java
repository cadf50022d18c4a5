package lu.mixvoip.billing.core.time;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Parses the timestamps technicians log: {@code YYYY-MM-DDTHH:MM[:SS]}, a space allowed for the T, local
 * Luxembourg time unless a {@code Z} or {@code ±HH:MM} offset is given. Seconds are dropped.
 */
public final class Timestamps {
    private Timestamps() {
    }

    public static Optional<ZonedDateTime> parse(String text) {
        String value = text.trim();
        if (!hasShape(value)) {
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

    /**
     * {@code \\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2})?}, checked by hand: as a regular
     * expression it was a tenth of a million-row load.
     */
    private static boolean hasShape(String v) {
        if (v.length() < 16 || !digits(v, 0, 4) || v.charAt(4) != '-' || !digits(v, 5, 2) || v.charAt(7) != '-'
                || !digits(v, 8, 2) || (v.charAt(10) != 'T' && v.charAt(10) != ' ') || !digits(v, 11, 2)
                || v.charAt(13) != ':' || !digits(v, 14, 2)) {
            return false;
        }
        int at = 16;
        if (at < v.length() && v.charAt(at) == ':') {
            if (v.length() < 19 || !digits(v, 17, 2)) {
                return false;
            }
            at = 19;
        }
        if (at == v.length()) {
            return true;
        }
        char zone = v.charAt(at);
        if (zone == 'Z') {
            return at + 1 == v.length();
        }
        return (zone == '+' || zone == '-') && at + 6 == v.length() && digits(v, at + 1, 2)
                && v.charAt(at + 3) == ':' && digits(v, at + 4, 2);
    }

    private static boolean digits(String text, int from, int count) {
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
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
