package lu.mixvoip.billing.batch;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import lu.mixvoip.billing.issue.DocumentFiles;
import lu.mixvoip.billing.run.RunContext;
import lu.mixvoip.billing.store.DocumentRepository;

/**
 * Renders every document of the month whose file is missing from the output folder: those of a chunk committed just
 * before a crash, or deleted since. Usually none.
 */
public class RestoreDocumentsTasklet implements Tasklet {
    public static final String RESTORED = "restored";

    private final DocumentFiles files;
    private final DocumentRepository documents;

    RestoreDocumentsTasklet(DocumentFiles files, DocumentRepository documents) {
        this.files = files;
        this.documents = documents;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        RunContext run = RunContext.of(contribution.getStepExecution());
        int restored = files.restoreMissing(documents, run.parameters().month());
        contribution.getStepExecution().getExecutionContext().putInt(RESTORED, restored);
        return RepeatStatus.FINISHED;
    }
}
