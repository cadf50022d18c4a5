package lu.mixvoip.billing.issue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.springframework.core.task.AsyncTaskExecutor;

import lu.mixvoip.billing.core.invoice.CreditNote;
import lu.mixvoip.billing.core.invoice.Customer;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.einvoice.EInvoiceXml;
import lu.mixvoip.billing.einvoice.EInvoicing;
import lu.mixvoip.billing.pdf.InvoicePdfRenderer;
import lu.mixvoip.billing.report.AtomicFiles;
import lu.mixvoip.billing.run.FaultInjection;
import lu.mixvoip.billing.store.DocumentRepository;
import lu.mixvoip.billing.store.DocumentRepository.Addressee;

/**
 * The files of a month's documents under the month's folder: {@code invoices/<number>.pdf} and
 * {@code credit-notes/<number>.pdf}, archival PDF/A-3 documents and Factur-X invoices (their CII inside; a preview's
 * PDF carries none), and for customers with an electronic address their Peppol UBL beside them
 * ({@code <number>.xml}, for the access point). Rendered and written by all workers at once,
 * each file whole or not at all, the same bytes whichever thread writes it. A file already there is never replaced by
 * other content (see {@link AtomicFiles#writeOnce}).
 */
public class DocumentFiles {
    private static final int CHUNKS_BEHIND = 2;
    private static final int NUMBERS_PER_QUERY = 10_000;

    private final Path folder;
    private final InvoicePdfRenderer renderer;
    private final EInvoicing eInvoicing;
    private final boolean preview;
    private final FaultInjection faults;
    private final AsyncTaskExecutor workers;
    private final Deque<Writing> behind = new ArrayDeque<>();

    /** @param preview marks every page "APERÇU / PREVIEW / VORSCHAU" */
    DocumentFiles(Path folder, InvoicePdfRenderer renderer, EInvoicing eInvoicing, boolean preview,
                  FaultInjection faults, AsyncTaskExecutor workers) {
        this.folder = folder;
        this.renderer = renderer;
        this.eInvoicing = eInvoicing;
        this.preview = preview;
        this.faults = faults;
        this.workers = workers;
    }

    /** Files being written; {@link Writing#await()} returns once all are on disk or rethrows the first failure. */
    interface Writing {
        void await() throws Exception;
    }

    /** Starts rendering and writing the documents' files on the workers, and returns at once. */
    Writing write(List<IssuedInvoice> invoices, List<CreditNote> creditNotes) {
        List<Future<?>> files = new ArrayList<>();
        for (IssuedInvoice invoice : invoices) {
            files.add(workers.submit(() -> {
                Optional<EInvoiceXml> xml = eInvoicing.invoice(invoice);
                writeFiles(invoiceFile(invoice.number()), renderer.render(invoice, preview, facturX(xml)), ubl(xml));
            }));
        }
        for (CreditNote note : creditNotes) {
            files.add(workers.submit(() -> {
                Optional<EInvoiceXml> xml = eInvoicing.creditNote(note);
                writeFiles(creditNoteFile(note.number()), renderer.render(note, preview, facturX(xml)), ubl(xml));
            }));
        }
        return () -> {
            for (Future<?> file : files) {
                try {
                    file.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        };
    }

    /**
     * Starts writing a chunk's files, and returns at once: the next chunk is read, rated and stored while these render.
     * At most {@value #CHUNKS_BEHIND} chunks are in flight, so the workers always have the next chunk queued when they
     * finish one; before starting another this waits for the oldest (or rethrows why its files are not on disk).
     * {@link #finish()} waits for all.
     */
    void writeBehind(IssuedDocuments issued) throws Exception {
        while (behind.size() >= CHUNKS_BEHIND) {
            behind.removeFirst().await();
        }
        behind.addLast(write(issued.invoices(), issued.creditNotes()));
    }

    /** Waits until the files started by {@link #writeBehind} are on disk, or rethrows why the first are not. */
    void finish() throws Exception {
        Exception failure = null;
        while (!behind.isEmpty()) {
            try {
                behind.removeFirst().await();
            } catch (Exception e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Renders the files of the month's documents that are missing from the folder (deleted, or lost in a crash), from
     * the store, byte-identical to the first rendering; returns how many it wrote.
     */
    public int restoreMissing(DocumentRepository documents, YearMonth month) throws Exception {
        return restore(documents, month, DocumentRepository.INVOICE, this::invoiceFile, documents::invoices,
                batch -> write(batch, List.of()))
                + restore(documents, month, DocumentRepository.CREDIT_NOTE, this::creditNoteFile,
                documents::creditNotes, batch -> write(List.of(), batch));
    }

    /**
     * The documents of a type whose PDF is missing, or whose e-invoice is missing while its customer has an address;
     * rendered again, a hundred at a time. Usually none: only numbers and customers are read, many at once.
     */
    private <T> int restore(DocumentRepository documents, YearMonth month, String type, Function<String, Path> pdf,
                            Function<List<String>, List<T>> load, Function<List<T>, Writing> render)
            throws Exception {
        int restored = 0;
        String after = "";
        for (List<Addressee> page = documents.addresseesOfMonth(month, type, after, NUMBERS_PER_QUERY);
             !page.isEmpty(); page = documents.addresseesOfMonth(month, type, after, NUMBERS_PER_QUERY)) {
            List<String> missing = page.stream().filter(d -> filesMissing(pdf.apply(d.number()), d.customer()))
                    .map(Addressee::number).toList();
            for (int from = 0; from < missing.size(); from += 100) {
                List<T> batch = load.apply(missing.subList(from, Math.min(missing.size(), from + 100)));
                render.apply(batch).await();
                restored += batch.size();
            }
            after = page.get(page.size() - 1).number();
        }
        return restored;
    }

    private boolean filesMissing(Path pdf, Customer customer) {
        return !Files.isRegularFile(pdf) || eInvoicing.isOn() && EInvoicing.addressOf(customer).isPresent()
                && !Files.isRegularFile(xml(pdf));
    }

    private static byte[] facturX(Optional<EInvoiceXml> xml) {
        return xml.map(EInvoiceXml::facturX).orElse(null);
    }

    private static byte[] ubl(Optional<EInvoiceXml> xml) {
        return xml.map(EInvoiceXml::ubl).orElse(null);
    }

    private Path invoiceFile(String number) {
        return folder.resolve("invoices").resolve(number + ".pdf");
    }

    private Path creditNoteFile(String number) {
        return folder.resolve("credit-notes").resolve(number + ".pdf");
    }

    /** The document's PDF, and its e-invoice beside it when it has one. */
    private void writeFiles(Path pdf, byte[] content, byte[] eInvoice) {
        if (eInvoice != null) {
            AtomicFiles.writeOnce(xml(pdf), eInvoice);
        }
        AtomicFiles.writeOnce(pdf, content);
        faults.reach("render");
    }

    private static Path xml(Path pdf) {
        String name = pdf.getFileName().toString();
        return pdf.resolveSibling(name.substring(0, name.length() - ".pdf".length()) + ".xml");
    }
}
