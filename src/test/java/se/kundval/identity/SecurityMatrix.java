package se.kundval.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The access rules as docs/security.md writes them down: the tables "Pages" and "Service
 * operations", each row a page or an operation, each column a role. The tests check the running
 * app against exactly this, so the document cannot drift from the code.
 */
public record SecurityMatrix(
        List<String> roles, Map<String, Map<String, Boolean>> pages, Map<String, Map<String, Boolean>> operations) {

    public static final String ANONYMOUS = "anonymous";

    public static SecurityMatrix read() {
        Path file = Path.of("docs/security.md");
        try {
            List<String> lines = Files.readAllLines(file);
            List<String> roles = new ArrayList<>();
            Map<String, Map<String, Boolean>> pages = table(lines, "## Pages", roles);
            Map<String, Map<String, Boolean>> operations = table(lines, "## Service operations", roles);
            return new SecurityMatrix(List.copyOf(roles), pages, operations);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.toAbsolutePath(), e);
        }
    }

    private static Map<String, Map<String, Boolean>> table(List<String> lines, String heading, List<String> roles) {
        int start = lines.indexOf(heading);
        if (start < 0) {
            throw new IllegalStateException("docs/security.md has no section " + heading);
        }
        Map<String, Map<String, Boolean>> rows = new LinkedHashMap<>();
        List<String> header = null;
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("|") || line.startsWith("|---")) {
                continue;
            }
            List<String> cells = cells(line);
            if (header == null) {
                header = cells.subList(1, cells.size());
                if (roles.isEmpty()) {
                    roles.addAll(header);
                } else if (!roles.equals(header)) {
                    throw new IllegalStateException("The tables of docs/security.md have different role columns");
                }
                continue;
            }
            Map<String, Boolean> cellsByRole = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                String cell = cells.get(c + 1);
                if (!cell.equals("✓") && !cell.equals("–")) {
                    throw new IllegalStateException("Cell '" + cell + "' in " + line + " is neither ✓ nor –");
                }
                cellsByRole.put(header.get(c), cell.equals("✓"));
            }
            rows.put(cells.get(0).replace("`", ""), cellsByRole);
        }
        return rows;
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.length() - 1);
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|")) {
            cells.add(cell.strip());
        }
        return cells;
    }
}
