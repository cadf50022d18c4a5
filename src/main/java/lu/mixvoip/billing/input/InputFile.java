package lu.mixvoip.billing.input;

import java.util.List;

/** The three inputs of a month, in the order they are read and reported. */
public enum InputFile {
    CUSTOMERS("customers.csv", "customers", "customer_id", InputRows.CUSTOMER_COLUMNS, List.of()),
    CONTRACTS("contracts.csv", "contracts", "contract_id", InputRows.CONTRACT_COLUMNS,
            InputRows.CONTRACT_OPTIONAL_COLUMNS),
    INTERVENTIONS("interventions.csv", "interventions", "intervention_id", InputRows.INTERVENTION_COLUMNS, List.of());

    private final String fileName;
    private final String tableName;
    private final String idColumn;
    private final List<String> columns;
    private final List<String> optionalColumns;

    InputFile(String fileName, String tableName, String idColumn, List<String> columns,
              List<String> optionalColumns) {
        this.fileName = fileName;
        this.tableName = tableName;
        this.idColumn = idColumn;
        this.columns = columns;
        this.optionalColumns = optionalColumns;
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
}
