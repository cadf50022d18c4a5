package lu.mixvoip.billing.job;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Waits, when the issue step ends however it ends, for the PDFs its last chunk is still writing, so that no file is
 * being written behind the render steps' back. Files that failed are missing: the render steps render them again.
 */
class LastPdfsOfStep implements StepExecutionListener {
    private static final Log log = LogFactory.getLog(LastPdfsOfStep.class);

    private final DocumentPdfFiles files;

    LastPdfsOfStep(DocumentPdfFiles files) {
        this.files = files;
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        try {
            files.finish();
        } catch (Exception e) {
            log.warn("PDFs of the last chunk not written (the render steps render them again): " + e.getMessage(), e);
        }
        return stepExecution.getExitStatus();
    }
}
