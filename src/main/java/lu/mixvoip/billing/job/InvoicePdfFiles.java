package lu.mixvoip.billing.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.core.task.AsyncTaskExecutor;

import lu.mixvoip.billing.report.AtomicFiles;

/**
 * Render steps' writer: {@code <folder>/<number>.pdf}, each file written whole or not at all, the chunk's files
 * written by all workers at once (the same bytes whichever thread writes them).
 */
class InvoicePdfFiles implements ItemWriter<RenderedInvoice> {
    private final Path folder;
    private final FaultInjection faults;
    private final AsyncTaskExecutor workers;

    InvoicePdfFiles(Path folder, FaultInjection faults, AsyncTaskExecutor workers) {
        this.folder = folder;
        this.faults = faults;
        this.workers = workers;
    }

    @Override
    public void write(Chunk<? extends RenderedInvoice> chunk) throws Exception {
        List<Future<?>> written = new ArrayList<>();
        for (RenderedInvoice invoice : chunk) {
            written.add(workers.submit(() -> {
                AtomicFiles.write(folder.resolve(invoice.number() + ".pdf"), invoice.pdf());
                faults.reach("render");
            }));
        }
        for (Future<?> file : written) {
            try {
                file.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
    }
}
