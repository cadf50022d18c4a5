package lu.mixvoip.billing.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import lu.mixvoip.billing.BillingRunner.Result;
import lu.mixvoip.billing.ChildRun;
import lu.mixvoip.billing.Store;

/**
 * A delivery killed with SIGKILL in a child JVM, then the same command: every message reaches the server once. Killed
 * between the server's acceptance and its record, the message is reported unknown and sent again only when asked.
 */
class DeliveryCrashIT {

    static Stream<Arguments> kills() {
        // Before the first message (nothing sent yet) and before the fifth (four sent and recorded).
        return Stream.of(Store.values()).flatMap(store -> Stream.of(1, 5).map(n -> Arguments.of(store, n)));
    }

    @ParameterizedTest(name = "killed before message {1} on {0}")
    @MethodSource("kills")
    void aDeliveryKilledBeforeAMessageIsCompletedByTheSameCommand(Store kind, int n, @TempDir Path work) {
        List<String> store = kind.options(work);
        DeliveryDrill.bill(store, DeliveryDrill.input(work.resolve("in")), work);
        List<String> expected = DeliveryDrill.expectedMessages(store);
        try (MailServer server = MailServer.start()) {
            killed(work, store, server, "deliver:" + n + ":hold");
            assertThat(server.received()).hasSize(n - 1);

            Result resumed = DeliveryDrill.deliver(store, work, server.options());

            assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isZero();
            assertThat(resumed.out()).contains("sent            8 (" + (9 - n) + " in this run)", "unknown         0");
            assertThat(DeliveryDrill.receivedMessages(server.received())).containsExactlyElementsOf(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void aMessageCutOffBetweenTheServersAnswerAndItsRecordIsReportedAndSentAgainOnlyWhenAsked(Store kind,
                                                                                            @TempDir Path work) {
        List<String> store = kind.options(work);
        DeliveryDrill.bill(store, DeliveryDrill.input(work.resolve("in")), work);
        List<String> expected = DeliveryDrill.expectedMessages(store);
        try (MailServer server = MailServer.start()) {
            killed(work, store, server, "delivered:3:hold"); // the server has the third message, the store says sending
            assertThat(server.received()).hasSize(3);
            String third = DeliveryDrill.key(server.received().get(2));

            Result next = DeliveryDrill.deliver(store, work, server.options());

            assertThat(next.exitCode()).as(next.out() + next.err()).isEqualTo(3);
            assertThat(next.out()).contains("1 message of 2026-10 was being handed to the mail server when a run"
                    + " stopped: unknown whether the server accepted it; not sent again", "sent            7",
                    "unknown         1", third.replace(" ", " to "));
            assertThat(DeliveryDrill.receivedMessages(server.received())).containsExactlyElementsOf(expected);
            assertThat(DeliveryDrill.csvRows(work)).filteredOn(r -> r.contains(",unknown,")).singleElement()
                    .matches(r -> r.startsWith(third.split(" ")[0] + ",") && r.contains(third.split(" ")[1]))
                    .matches(r -> r.endsWith(",," + DeliveryRun.UNKNOWN_DETAIL));

            Result again = DeliveryDrill.deliver(store, work, server.options());
            assertThat(again.exitCode()).isEqualTo(3);
            assertThat(server.received()).hasSize(expected.size());

            Result resent = DeliveryDrill.deliver(store, work, server.options(), "--resend-unknown");

            assertThat(resent.exitCode()).as(resent.out() + resent.err()).isZero();
            assertThat(resent.out()).contains("sent            8 (1 in this run)", "unknown         0");
            List<MimeMessage> received = server.received();
            assertThat(received).hasSize(expected.size() + 1);
            assertThat(received.stream().filter(m -> DeliveryDrill.key(m).equals(third)).map(DeliveryCrashIT::id)
                    .toList()).as("the repeat carries the same Message-ID").hasSize(2).containsOnly(id(
                    received.get(2)));
        }
    }

    private static void killed(Path work, List<String> store, MailServer server, String hold) {
        try (ChildRun child = ChildRun.start(work.resolve("child.log"), DeliveryDrill.deliverArguments(store, work,
                server.options(), "--billing.fault-injection=" + hold))) {
            child.awaitHold().kill();
        }
    }

    private static String id(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
