package lu.mixvoip.billing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The two stores every end-to-end test runs on: the embedded H2 default, and a real PostgreSQL 17 server that the
 * build starts itself (one per test JVM, a fresh database per test).
 */
public enum Store {
    H2, POSTGRES;

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    /** The command-line options that point a run at a fresh database of this store under {@code work}. */
    public List<String> options(Path work) {
        if (this == H2) {
            return List.of("--data-dir=" + work.resolve("data"));
        }
        return postgresOptions(work, freshDatabase());
    }

    /** A fresh, empty database of this store under {@code work}, for tests of the store without the job. */
    public DataSource dataSource(Path work) {
        if (this == H2) {
            return new DriverManagerDataSource("jdbc:h2:file:" + work.resolve("data/billing"), "sa", "");
        }
        return new DriverManagerDataSource(jdbcUrl(freshDatabase()), "postgres", "postgres");
    }

    /** Where Flyway finds this store's migrations, as application.yml says. */
    public List<String> migrationLocations() {
        return List.of("classpath:db/migration/common",
                "classpath:db/migration/" + (this == H2 ? "h2" : "postgresql"));
    }

    /** Options for an existing PostgreSQL database (to run twice against the same store). */
    public static List<String> postgresOptions(Path work, String database) {
        return List.of("--data-dir=" + work.resolve("data"), "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + jdbcUrl(database), "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres");
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + server().getPort() + "/" + database;
    }

    public static String freshDatabase() {
        String name = "billing_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return name;
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
                EmbeddedPostgres started = server;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException ignored) {
                        // the JVM is going away anyway
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
        }
        return server;
    }
}
