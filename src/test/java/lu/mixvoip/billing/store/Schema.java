package lu.mixvoip.billing.store;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import lu.mixvoip.billing.Store;

/** A store's schema as the application's Flyway makes it, SQL and Java migrations, for tests without the job. */
final class Schema {
    private Schema() {
    }

    static void migrate(Store store, DataSource db) {
        migrate(store, db, "latest");
    }

    static void migrate(Store store, DataSource db, String toVersion) {
        Flyway.configure().dataSource(db).locations(store.migrationLocations().toArray(String[]::new))
                .javaMigrations(new V9__invoice_lines_packed(), new V12_2__staged_rows_packed()).target(toVersion)
                .load().migrate();
    }
}
