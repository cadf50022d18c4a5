package lu.mixvoip.billing.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import lu.mixvoip.billing.store.TicketAssessmentRepository;

class RunReportTest {
    private static final TicketAssessmentRepository.Counts NO_TICKETS =
            new TicketAssessmentRepository.Counts(0, 0, 0, 0, 0, 0, 0, 0);

    /** Issue 24 item 8: a name that loses letters on the PDF is named in the report, not dropped silently. */
    @Test
    void namesTheCustomersWhoseNamesHaveCharactersTheFontCannotPrint() {
        String text = printed(List.of("C007", "C012"));

        assertThat(text).contains("  unprintable     C007, C012: characters the invoice font cannot print, shown as"
                + " '?' on the PDF");
    }

    @Test
    void saysNothingOfItWhenEveryCharacterPrints() {
        assertThat(printed(List.of())).doesNotContain("unprintable");
    }

    private static String printed(List<String> unprintable) {
        RunReport report = new RunReport("Billed 2026-10.", 2, new BigDecimal("10.00"), new BigDecimal("11.70"), 3,
                0, 0, NO_TICKETS, "none", 0, List.of(), Duration.ofSeconds(4), unprintable,
                List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.print(new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
