package lu.mixvoip.billing.input;

import java.util.List;

/**
 * The inputs of a month, in the order rejects.csv lists them. tickets.csv (billing-rules §15) may be absent: then
 * nothing is assessed.
 */
public enum InputFile {
    CUSTOMERS("customers.csv", "customers", "customer_id", InputRows.CUSTOMER_COLUMNS,
            InputRows.CUSTOMER_OPTIONAL_COLUMNS, false),
    CONTRACTS("contracts.csv", "contracts", "contract_id", InputRows.CONTRACT_COLUMNS,
            InputRows.CONTRACT_OPTIONAL_COLUMNS, false),
    INTERVENTIONS("interventions.csv", "interventions", "intervention_id", InputRows.INTERVENTION_COLUMNS, List.of(),
            false),
    TICKETS("tickets.csv", "tickets", "ticket", InputRows.TICKET_COLUMNS, List.of(), true);

    private final String fileName;
    private final String tableName;
    private final String idColumn;
    private final List<String> columns;
    private final List<String> optionalColumns;
    private final boolean optional;

    InputFile(String fileName, String tableName, String idColumn, List<String> columns,
              List<String> optionalColumns, boolean optional) {
        this.fileName = fileName;
        this.tableName = tableName;
        this.idColumn = idColumn;
        this.columns = columns;
        this.optionalColumns = optionalColumns;
        this.optional = optional;
    }

    public String fileName() {
        return fileName;
    }

    public String tableName() {
        return tableName;
    }

    public String idColumn() {
        return idColumn;
    }

    /** The required columns. */
    public List<String> columns() {
        return columns;
    }

    /** Columns a file may lack; a row of such a file reads them as blank. */
    public List<String> optionalColumns() {
        return optionalColumns;
    }

    /** Whether a month may come without this file. */
    public boolean isOptional() {
        return optional;
    }
}
