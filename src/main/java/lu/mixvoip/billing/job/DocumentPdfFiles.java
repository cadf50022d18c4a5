package lu.mixvoip.billing.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.springframework.core.task.AsyncTaskExecutor;

import lu.mixvoip.billing.core.invoice.CreditNote;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.pdf.InvoicePdfRenderer;
import lu.mixvoip.billing.report.AtomicFiles;

/**
 * The PDFs of a run's documents, {@code invoices/<number>.pdf} and {@code credit-notes/<number>.pdf} under a month's
 * folder: rendered and written by all workers at once, each file whole or not at all, the same bytes whichever thread
 * writes it.
 */
class DocumentPdfFiles {
    private static final int CHUNKS_BEHIND = 2;

    /** Writes nothing: a dry run that only reports. */
    static final DocumentPdfFiles NONE = new DocumentPdfFiles(null, null, false, new FaultInjection(""), null);

    private final Path folder;
    private final InvoicePdfRenderer renderer;
    private final boolean preview;
    private final FaultInjection faults;
    private final AsyncTaskExecutor workers;
    private final Deque<Writing> behind = new ArrayDeque<>();

    /** @param preview marks every page "APERÇU / PREVIEW / VORSCHAU" */
    DocumentPdfFiles(Path folder, InvoicePdfRenderer renderer, boolean preview, FaultInjection faults,
                     AsyncTaskExecutor workers) {
        this.folder = folder;
        this.renderer = renderer;
        this.preview = preview;
        this.faults = faults;
        this.workers = workers;
    }

    /** Files being written; {@link Writing#await()} returns once all are on disk or rethrows the first failure. */
    interface Writing {
        void await() throws Exception;
    }

    /** Starts rendering and writing the documents' files on the workers, and returns at once. */
    Writing write(List<? extends IssuedInvoice> invoices, List<? extends CreditNote> creditNotes) {
        if (folder == null) {
            return () -> { };
        }
        List<Future<?>> files = new ArrayList<>();
        for (IssuedInvoice invoice : invoices) {
            files.add(workers.submit(() -> writeFile(invoiceFile(invoice.number()), renderer.render(invoice, preview))));
        }
        for (CreditNote note : creditNotes) {
            files.add(workers.submit(() -> writeFile(creditNoteFile(note.number()), renderer.render(note, preview))));
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
     * finish one; before starting another this waits for the oldest (or rethrows why its files are not on disk). Files
     * of a committed chunk lost in a crash are rendered again by the render steps. {@link #finish()} waits for all.
     */
    void writeBehind(List<? extends IssuedInvoice> invoices, List<? extends CreditNote> creditNotes)
            throws Exception {
        while (behind.size() >= CHUNKS_BEHIND) {
            behind.removeFirst().await();
        }
        behind.addLast(write(invoices, creditNotes));
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

    boolean hasInvoice(String number) {
        return Files.isRegularFile(invoiceFile(number));
    }

    boolean hasCreditNote(String number) {
        return Files.isRegularFile(creditNoteFile(number));
    }

    private Path invoiceFile(String number) {
        return folder.resolve("invoices").resolve(number + ".pdf");
    }

    private Path creditNoteFile(String number) {
        return folder.resolve("credit-notes").resolve(number + ".pdf");
    }

    private void writeFile(Path file, byte[] pdf) {
        AtomicFiles.write(file, pdf);
        faults.reach("render");
    }
}
