package lu.mixvoip.billing.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionOperations;

import lu.mixvoip.billing.Store;
import lu.mixvoip.billing.store.DocumentRepository;
import lu.mixvoip.billing.store.RejectRepository;
import lu.mixvoip.billing.store.RejectRepository.RejectedRow;
import lu.mixvoip.billing.store.Schema;

/** Rejects are staged in batches with the rows: none is lost across batches, none is written before the flush. */
class StagingWriterIT {
    @TempDir
    Path work;

    @ParameterizedTest
    @EnumSource(Store.class)
    void rejectsOfSeveralBatchesAreAllStoredByTheFlush(Store store) {
        DataSource db = store.dataSource(work);
        Schema.migrate(store, db);
        JdbcTemplate jdbc = new JdbcTemplate(db);
        RejectRepository rejects = new RejectRepository(jdbc);
        StagingWriter writer = new StagingRepository(jdbc, new DocumentRepository(jdbc)).writer(7,
                TransactionOperations.withoutTransaction());

        for (long line = 2; line < 2502; line++) {
            writer.reject(new RejectedRow("interventions.csv", line, "I" + line, "unknown skill 'plumbing'"), 2);
        }
        long beforeFlush = rejects.count(7);
        writer.flush();

        assertThat(beforeFlush).as("two full batches of 1000").isEqualTo(2000);
        List<RejectedRow> stored = new ArrayList<>();
        rejects.list(7, stored::add);
        assertThat(stored).hasSize(2500);
        assertThat(stored.get(0)).isEqualTo(
                new RejectedRow("interventions.csv", 2L, "I2", "unknown skill 'plumbing'"));
        assertThat(stored.get(2499)).isEqualTo(
                new RejectedRow("interventions.csv", 2501L, "I2501", "unknown skill 'plumbing'"));
        assertThat(rejects.count(8)).isZero();
    }
}
