package lu.mixvoip.billing.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * For scripts/bench: starts the same embedded PostgreSQL server as the tests, prints its JDBC URL, and keeps it up
 * until standard input closes.
 */
public final class EmbeddedPostgresServer {
    private EmbeddedPostgresServer() {
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            System.out.println("jdbc:postgresql://localhost:" + server.getPort() + "/postgres");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the script to close our input
            }
        }
    }
}
