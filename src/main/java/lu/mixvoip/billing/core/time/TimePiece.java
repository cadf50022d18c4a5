package lu.mixvoip.billing.core.time;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import lu.mixvoip.billing.core.tariff.TimeClass;

/** A maximal run of billed minutes with one local date and one time class: one invoice line. */
public record TimePiece(ZonedDateTime start, LocalDate date, TimeClass timeClass, long minutes) {
}
