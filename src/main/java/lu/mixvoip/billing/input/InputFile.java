package lu.mixvoip.billing.input;

import java.util.List;

/** The three inputs of a month, in the order they are read and reported. */
public enum InputFile {
    CUSTOMERS("customers.csv", "customers", "customer_id", InputRows.CUSTOMER_COLUMNS),
    CONTRACTS("contracts.csv", "contracts", "contract_id", InputRows.CONTRACT_COLUMNS),
    INTERVENTIONS("interventions.csv", "interventions", "intervention_id", InputRows.INTERVENTION_COLUMNS);

    private final String fileName;
    private final String tableName;
    private final String idColumn;
    private final List<String> columns;

    InputFile(String fileName, String tableName, String idColumn, List<String> columns) {
        this.fileName = fileName;
        this.tableName = tableName;
        this.idColumn = idColumn;
        this.columns = columns;
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

    public List<String> columns() {
        return columns;
    }
}
