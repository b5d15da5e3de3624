package se.kundval.catalogue;

import java.util.List;

/**
 * The check of a quality-indicator file before anything is stored: how many rows are fine and,
 * for every other row, why not.
 */
public record QualityImportReport(int rowsOk, List<RowProblem> problems) {

    public boolean clean() {
        return problems.isEmpty() && rowsOk > 0;
    }

    public record RowProblem(int line, String message) {}
}
