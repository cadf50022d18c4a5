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

import org.springframework.jdbc.core.JdbcTemplate;
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

    /** The store that run options (as {@link #options} gives them) point at, to read what a run left in it. */
    public static DataSource dataSourceOf(List<String> options) {
        String url = null;
        for (String option : options) {
            if (option.startsWith("--spring.datasource.url=")) {
                return new DriverManagerDataSource(option.substring(option.indexOf('=') + 1), "postgres", "postgres");
            }
            if (option.startsWith("--data-dir=")) {
                url = "jdbc:h2:file:" + Path.of(option.substring(option.indexOf('=') + 1)).resolve("billing");
            }
        }
        if (url == null) {
            throw new IllegalArgumentException("no store in " + options);
        }
        return new DriverManagerDataSource(url, "sa", "");
    }

    /**
     * The documents a store holds, one line each (number, type, customer, what it cancels, totals, issue date) in
     * number order: two runs that must end alike must give the same list.
     */
    public static List<String> documents(List<String> options) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSourceOf(options));
        return jdbc.query("SELECT document_number, document_type, customer_id, COALESCE(cancels, ''), total_excl_vat,"
                + " total_incl_vat, issue_date, (SELECT COUNT(*) FROM document_line l"
                + " WHERE l.document_number = d.document_number) FROM document d ORDER BY document_number",
                (rs, n) -> String.join(" ", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5).toPlainString(), rs.getBigDecimal(6).toPlainString(), rs.getString(7),
                        rs.getLong(8) + " lines"));
    }

    /** Where Flyway finds this store's migrations, as application.yml says. */
    public List<String> migrationLocations() {
        return List.of("classpath:db/migration/" + (this == H2 ? "h2" : "postgresql"));
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
