package lu.mixvoip.billing.delivery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import lu.mixvoip.billing.run.Failures;

/**
 * SMTP through the mail sender Spring Boot configures from {@code spring.mail.*} (host, port, username, password,
 * {@code spring.mail.properties.mail.smtp.starttls.enable}, ...): its session and settings, with one connection kept
 * open for all the run's messages instead of one per message. The server's reply code decides what a refusal means.
 */
final class SmtpTransport implements MessageTransport {
    /** A reply line: three digits, then a space, a dash or the end. */
    private static final Pattern REPLY = Pattern.compile("^\\s*([2-5])\\d\\d(?:[ -]|$)");

    private final JavaMailSenderImpl sender;
    private Transport transport;

    SmtpTransport(JavaMailSenderImpl sender) {
        this.sender = sender;
        // Before the sender makes its session from these properties; a socket factory or SMTPS configured wins.
        Properties properties = sender.getJavaMailProperties();
        if (!"true".equalsIgnoreCase(properties.getProperty("mail.smtp.ssl.enable"))) {
            properties.putIfAbsent("mail.smtp.socketFactory", new NoDelaySockets());
        }
    }

    @Override
    public Session session() {
        return sender.getSession();
    }

    @Override
    public void send(Delivery delivery, MimeMessage message) throws DeliveryFailure {
        connected();
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            close(); // a refused transaction or a broken connection: the next message starts on a fresh one
            throw classified(e);
        }
    }

    @Override
    public String describe() {
        return "SMTP server " + sender.getHost() + (sender.getPort() > 0 ? ":" + sender.getPort() : "");
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the connection is gone either way
            }
            transport = null;
        }
    }

    private void connected() throws DeliveryFailure {
        if (transport != null) { // not isConnected(): it costs a NOOP round trip a message; a broken one fails the send
            return;
        }
        try {
            Transport opened = sender.getSession().getTransport(sender.getProtocol() == null ? "smtp"
                    : sender.getProtocol());
            opened.connect(sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
            transport = opened;
        } catch (AuthenticationFailedException e) {
            throw new DeliveryFailure(DeliveryFailure.Kind.UNREACHABLE, "the " + describe()
                    + " refused the login (spring.mail.username, spring.mail.password): " + answer(e), e);
        } catch (MessagingException e) {
            throw new DeliveryFailure(DeliveryFailure.Kind.UNREACHABLE, "cannot connect to the " + describe()
                    + ": " + Failures.root(e).getMessage(), e);
        }
    }

    /**
     * A recipient refused with 5xx, or a message refused with 5xx after its data: refused for good. The sender
     * refused: no message can go (a setting to fix), so the run stops. 4xx: later. No reply at all (the connection
     * broke, a timeout): later.
     */
    private DeliveryFailure classified(MessagingException e) {
        String answer = answer(e);
        Optional<Integer> code = replyClass(e);
        if (code.isEmpty()) {
            return new DeliveryFailure(DeliveryFailure.Kind.TEMPORARY, "no answer from " + describe() + ": "
                    + answer, e);
        }
        if (code.get() == 4) {
            return new DeliveryFailure(DeliveryFailure.Kind.TEMPORARY, answer, e);
        }
        boolean recipientRefused = e instanceof SendFailedException failed && failed.getInvalidAddresses() != null
                && failed.getInvalidAddresses().length > 0;
        if (!recipientRefused && senderRefused(e)) {
            return new DeliveryFailure(DeliveryFailure.Kind.UNREACHABLE, "the " + describe()
                    + " refuses the sender " + sender.getUsername() + " / billing.seller.email: " + answer, e);
        }
        return new DeliveryFailure(DeliveryFailure.Kind.REFUSED, answer, e);
    }

    /** The first server reply in the exception chain (Angus puts it in the message of the nested exception). */
    private static Optional<Integer> replyClass(Throwable e) {
        for (Throwable t : chain(e)) {
            Matcher reply = REPLY.matcher(t.getMessage() == null ? "" : t.getMessage());
            if (reply.find()) {
                return Optional.of(Integer.parseInt(reply.group(1)));
            }
            if (t instanceof IOException) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The server's answer (the innermost reply line), on one line. */
    private static String answer(Throwable e) {
        String found = null;
        for (Throwable t : chain(e)) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (REPLY.matcher(message).find() || found == null) {
                found = message;
            }
        }
        return found.replaceAll("\\s+", " ").trim();
    }

    private static boolean senderRefused(Throwable e) {
        return chain(e).stream().anyMatch(t -> t.getClass().getSimpleName().equals("SMTPSenderFailedException"));
    }

    /** The exception, its causes and the next exceptions of MessagingExceptions. */
    private static List<Throwable> chain(Throwable e) {
        List<Throwable> all = new ArrayList<>();
        for (Throwable t = e; t != null && !all.contains(t); ) {
            all.add(t);
            Throwable next = t instanceof MessagingException m && m.getNextException() != null
                    ? m.getNextException() : t.getCause();
            t = next;
        }
        return all;
    }
}
