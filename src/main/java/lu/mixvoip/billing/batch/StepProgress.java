package lu.mixvoip.billing.batch;

import java.util.function.ToLongFunction;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import lu.mixvoip.billing.run.Progress;
import lu.mixvoip.billing.run.RunContext;

/** Reports a chunk step's progress against a total counted when the step starts. */
class StepProgress<O> implements StepExecutionListener, ItemWriteListener<O> {
    private final Progress progress;
    private final String step;
    private final String unit;
    private final ToLongFunction<RunContext> total;
    private Progress.Tracker tracker;

    StepProgress(Progress progress, String step, String unit, ToLongFunction<RunContext> total) {
        this.progress = progress;
        this.step = step;
        this.unit = unit;
        this.total = total;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        tracker = progress.start(step, unit, total.applyAsLong(RunContext.of(stepExecution)));
        tracker.advance(stepExecution.getWriteCount());
    }

    @Override
    public void afterWrite(Chunk<? extends O> items) {
        tracker.advance(items.size());
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        tracker.finish();
        return stepExecution.getExitStatus();
    }
}
