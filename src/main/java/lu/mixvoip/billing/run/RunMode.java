package lu.mixvoip.billing.run;

import java.time.LocalDate;

/**
 * How the user asked to bill: {@code --rebill} to replace changed invoices of a billed month with credit notes and
 * new invoices, {@code --dry-run} to only preview; {@code rebillIssueDate} dates re-bill documents (the given
 * --issue-date, else today).
 */
public record RunMode(boolean rebill, boolean dryRun, LocalDate rebillIssueDate) {
}
