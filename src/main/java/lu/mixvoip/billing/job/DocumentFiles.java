package lu.mixvoip.billing.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.core.task.AsyncTaskExecutor;

import lu.mixvoip.billing.core.invoice.CreditNote;
import lu.mixvoip.billing.core.invoice.IssuedInvoice;
import lu.mixvoip.billing.pdf.InvoicePdfRenderer;
import lu.mixvoip.billing.report.AtomicFiles;
import lu.mixvoip.billing.store.DocumentRepository;

/**
 * The files of a month's documents, {@code invoices/<number>.pdf} and {@code credit-notes/<number>.pdf} under the
 * month's folder: rendered and written by all workers at once, each file whole or not at all, the same bytes whichever
 * thread writes it. A file already there is never replaced by other content (see {@link AtomicFiles#writeOnce}).
 */
class DocumentFiles {
    private static final int CHUNKS_BEHIND = 2;
    private static final int NUMBERS_PER_QUERY = 10_000;

    /** Writes nothing: a preview that only compares. */
    static final DocumentFiles NONE = new DocumentFiles(null, null, false, new FaultInjection(""), null);

    private final Path folder;
    private final InvoicePdfRenderer renderer;
    private final boolean preview;
    private final FaultInjection faults;
    private final AsyncTaskExecutor workers;
    private final Deque<Writing> behind = new ArrayDeque<>();

    /** @param preview marks every page "APERÇU / PREVIEW / VORSCHAU" */
    DocumentFiles(Path folder, InvoicePdfRenderer renderer, boolean preview, FaultInjection faults,
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
    Writing write(List<IssuedInvoice> invoices, List<CreditNote> creditNotes) {
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
    int restoreMissing(DocumentRepository documents, YearMonth month) throws Exception {
        int invoices = restore(documents, month, DocumentRepository.INVOICE, this::invoiceFile, documents::invoices,
                batch -> write(batch, List.of()));
        int creditNotes = restore(documents, month, DocumentRepository.CREDIT_NOTE, this::creditNoteFile,
                documents::creditNotes, batch -> write(List.of(), batch));
        return invoices + creditNotes;
    }

    private <T> int restore(DocumentRepository documents, YearMonth month, String type, Function<String, Path> file,
                            Function<List<String>, List<T>> load, Function<List<T>, Writing> render)
            throws Exception {
        Predicate<String> missing = number -> !Files.isRegularFile(file.apply(number));
        int restored = 0;
        String after = "";
        for (List<String> numbers = documents.numbersOfMonth(month, type, after, NUMBERS_PER_QUERY);
             !numbers.isEmpty(); numbers = documents.numbersOfMonth(month, type, after, NUMBERS_PER_QUERY)) {
            List<String> toRender = numbers.stream().filter(missing).toList();
            for (int from = 0; from < toRender.size(); from += 100) {
                render.apply(load.apply(toRender.subList(from, Math.min(toRender.size(), from + 100)))).await();
            }
            restored += toRender.size();
            after = numbers.get(numbers.size() - 1);
        }
        return restored;
    }

    private Path invoiceFile(String number) {
        return folder.resolve("invoices").resolve(number + ".pdf");
    }

    private Path creditNoteFile(String number) {
        return folder.resolve("credit-notes").resolve(number + ".pdf");
    }

    private void writeFile(Path file, byte[] content) {
        AtomicFiles.writeOnce(file, content);
        faults.reach("render");
    }
}
