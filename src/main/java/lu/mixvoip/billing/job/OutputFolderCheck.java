package lu.mixvoip.billing.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.ToLongBiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lu.mixvoip.billing.issue.DocumentNumbering;

/**
 * Before a run issues numbers: the output folder must not hold a document numbered beyond what the store has issued.
 * If it does, the store was lost, replaced or emptied, or points at another store's folder, and numbering on would
 * give those documents' numbers to other customers.
 */
final class OutputFolderCheck {
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DOCUMENT = Pattern.compile("(INV|CN)-(\\d{4})-(\\d{6})\\.pdf");

    private OutputFolderCheck() {
    }

    /**
     * A document in {@code output}'s month folders numbered in {@code year} beyond the store's last number of its
     * sequence ({@code lastValue} of prefix and year), if there is one.
     */
    static Optional<String> documentUnknownToStore(Path output, int year, ToLongBiFunction<String, Integer> lastValue) {
        if (!Files.isDirectory(output)) {
            return Optional.empty();
        }
        long lastInvoice = lastValue.applyAsLong(DocumentNumbering.INVOICE_PREFIX, year);
        long lastCreditNote = lastValue.applyAsLong(DocumentNumbering.CREDIT_NOTE_PREFIX, year);
        try (DirectoryStream<Path> months = Files.newDirectoryStream(output,
                p -> MONTH.matcher(p.getFileName().toString()).matches() && Files.isDirectory(p))) {
            for (Path month : months) {
                for (String kind : new String[] {"invoices", "credit-notes"}) {
                    Optional<String> unknown = unknownIn(month.resolve(kind), year, lastInvoice, lastCreditNote);
                    if (unknown.isPresent()) {
                        return unknown;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + output + ": " + e.getMessage(), e);
        }
        return Optional.empty();
    }

    private static Optional<String> unknownIn(Path folder, int year, long lastInvoice, long lastCreditNote)
            throws IOException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        String yearText = Integer.toString(year);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*-" + yearText + "-*.pdf")) {
            for (Path file : files) {
                Matcher name = DOCUMENT.matcher(file.getFileName().toString());
                if (name.matches() && name.group(2).equals(yearText)) {
                    long last = name.group(1).equals(DocumentNumbering.INVOICE_PREFIX) ? lastInvoice : lastCreditNote;
                    if (Long.parseLong(name.group(3)) > last) {
                        return Optional.of(file + " is a document this store never issued (its last "
                                + name.group(1) + "-" + yearText + " number is " + last + ")");
                    }
                }
            }
        }
        return Optional.empty();
    }
}
