package lu.mixvoip.billing.run;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class FaultInjectionTest {
    @Test
    void failsExactlyAtTheNthPassageOfItsPoint() {
        FaultInjection faults = new FaultInjection("render:3");
        faults.reach("render");
        faults.reach("issue");
        faults.reach("render");
        assertThatIllegalStateException().isThrownBy(() -> faults.reach("render"))
                .withMessage("fault injected at render:3");
        assertThatCode(() -> faults.reach("render")).doesNotThrowAnyException();
    }

    @Test
    void isOffWithoutASpec() {
        assertThatCode(() -> new FaultInjection("").reach("load")).doesNotThrowAnyException();
    }

    @Test
    void aHeldRunThatIsInterruptedFailsLikeAnyInjectedFault() {
        FaultInjection faults = new FaultInjection("load:1:hold");
        Thread.currentThread().interrupt();
        try {
            assertThatIllegalStateException().isThrownBy(() -> faults.reach("load"));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aMalformedSpecIsRefusedWithTheExpectedForm() {
        for (String spec : new String[] {"render", "render:x", "render:3:wait", "a:1:hold:2"}) {
            assertThatIllegalArgumentException().isThrownBy(() -> new FaultInjection(spec))
                    .withMessageContaining("expected POINT:N or POINT:N:hold");
        }
    }
}
