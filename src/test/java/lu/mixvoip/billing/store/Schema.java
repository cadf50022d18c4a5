package lu.mixvoip.billing.store;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import lu.mixvoip.billing.Store;

/** A store's schema as the application's Flyway makes it, for tests of the store without the job. */
public final class Schema {
    private Schema() {
    }

    public static void migrate(Store store, DataSource db) {
        Flyway.configure().dataSource(db).locations(store.migrationLocations().toArray(String[]::new)).load()
                .migrate();
    }
}
