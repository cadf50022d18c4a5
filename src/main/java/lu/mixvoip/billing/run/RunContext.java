package lu.mixvoip.billing.run;

import org.springframework.batch.core.step.StepExecution;

/** The run a step belongs to: its parameters and the job instance id that keys its staged data. */
public record RunContext(BillingParameters parameters, long runId) {

    public static RunContext of(StepExecution step) {
        return new RunContext(BillingParameters.from(step.getJobExecution().getJobParameters()),
                step.getJobExecution().getJobInstanceId());
    }

}
