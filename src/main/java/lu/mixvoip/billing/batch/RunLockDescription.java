package lu.mixvoip.billing.batch;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.ObjectProvider;

import lu.mixvoip.billing.run.RunLock;

/** Writes into the run lock which execution holds it, so that a refused run can name it. */
class RunLockDescription implements JobExecutionListener {
    private final ObjectProvider<RunLock> runLock;

    RunLockDescription(ObjectProvider<RunLock> runLock) {
        this.runLock = runLock;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        runLock.ifAvailable(lock -> lock.describe("execution " + execution.getId() + " of "
                + execution.getJobParameters().getString("month") + " (process " + ProcessHandle.current().pid()
                + ", started " + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS) + ")"));
    }
}
