package lu.mixvoip.billing.core.invoice;

import java.time.ZonedDateTime;

import lu.mixvoip.billing.core.tariff.Mode;
import lu.mixvoip.billing.core.tariff.Skill;

/** A technician's logged work; start and end are in Luxembourg time. */
public record Intervention(String id, String customerId, String ticket, String technician, ZonedDateTime start,
                           ZonedDateTime end, Mode mode, Skill skill, String description) {
}
