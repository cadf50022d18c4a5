package lu.mixvoip.billing.bench;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * For scripts/bench-delivery: a local SMTP server (GreenMail on 127.0.0.1, a free port) that takes every message
 * through the whole SMTP dialogue and parses it, then counts and drops it instead of keeping 50,000 in memory. Prints
 * its port, runs until standard input closes, then prints how many messages it accepted.
 */
public final class SmtpSink {
    private SmtpSink() {
    }

    public static void main(String[] args) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = socket.getLocalPort();
        }
        AtomicLong accepted = new AtomicLong();
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)) {
            @Override
            protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
                return super.createServices(config, new Managers() {
                    private final SmtpManager counting = new SmtpManager(managers.getImapHostManager(),
                            managers.getUserManager()) {
                        @Override
                        public synchronized void send(SmtpState state) {
                            accepted.incrementAndGet();
                        }
                    };

                    @Override
                    public SmtpManager getSmtpManager() {
                        return counting;
                    }
                });
            }
        };
        server.start();
        System.out.println(port);
        System.out.flush();
        while (System.in.read() >= 0) {
            // wait for the script to close our input
        }
        server.stop();
        System.out.println("accepted " + accepted.get());
    }
}
