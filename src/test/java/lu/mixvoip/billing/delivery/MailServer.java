package lu.mixvoip.billing.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server for the tests: GreenMail on 127.0.0.1 and a free port, which accepts every mailbox except those
 * told to {@link #refuse} (answered at RCPT with the reply given: 5xx for good, 4xx for now).
 */
final class MailServer implements AutoCloseable {
    private static final String HOST = "127.0.0.1";

    private final Map<String, String> refusals = new ConcurrentHashMap<>();
    private final int port;
    private final GreenMail greenMail;

    private MailServer(int port) {
        this.port = port;
        this.greenMail = new GreenMail(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP)) {
            @Override
            protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
                return super.createServices(config, new RefusingManagers(managers));
            }
        };
        greenMail.start();
    }

    /** On a free port. */
    static MailServer start() {
        return new MailServer(freePort());
    }

    /** On {@code port} (one where nothing answered before: the server comes back). */
    static MailServer startOn(int port) {
        return new MailServer(port);
    }

    /** A port nothing listens on: a mail server that is down. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The options that point a run at a server on {@code port}. */
    static List<String> options(int port) {
        return List.of("--spring.mail.host=" + HOST, "--spring.mail.port=" + port);
    }

    List<String> options() {
        return options(port);
    }

    void refuse(String address, String reply) {
        refusals.put(address, reply);
    }

    void accept(String address) {
        refusals.remove(address);
    }

    /** Every message accepted so far, one per recipient. */
    List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    /** GreenMail's managers with an SMTP manager that refuses the mailboxes of {@link #refusals}. */
    private final class RefusingManagers extends Managers {
        private final Managers managers;
        private final SmtpManager smtp;

        RefusingManagers(Managers managers) {
            this.managers = managers;
            this.smtp = new SmtpManager(managers.getImapHostManager(), managers.getUserManager()) {
                @Override
                public String checkRecipient(SmtpState state, MailAddress recipient) {
                    return refusals.get(recipient.getEmail());
                }
            };
        }

        @Override
        public SmtpManager getSmtpManager() {
            return smtp;
        }

        @Override
        public UserManager getUserManager() {
            return managers.getUserManager();
        }

        @Override
        public ImapHostManager getImapHostManager() {
            return managers.getImapHostManager();
        }
    }
}
