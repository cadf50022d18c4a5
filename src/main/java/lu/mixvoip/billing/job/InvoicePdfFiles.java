package lu.mixvoip.billing.job;

import java.nio.file.Path;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import lu.mixvoip.billing.report.AtomicFiles;

/** Step 3's writer: {@code <folder>/<number>.pdf}, each file written whole or not at all. */
class InvoicePdfFiles implements ItemWriter<RenderedInvoice> {
    private final Path folder;
    private final FaultInjection faults;

    InvoicePdfFiles(Path folder, FaultInjection faults) {
        this.folder = folder;
        this.faults = faults;
    }

    @Override
    public void write(Chunk<? extends RenderedInvoice> chunk) {
        for (RenderedInvoice invoice : chunk) {
            AtomicFiles.write(folder.resolve(invoice.number() + ".pdf"), invoice.pdf());
            faults.reach("render");
        }
    }
}
