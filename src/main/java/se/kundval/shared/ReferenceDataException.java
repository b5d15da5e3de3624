package se.kundval.shared;

/**
 * A problem in a providers-data file. The message names the file, the line and the field, so the
 * person editing the file can find it at once.
 */
public class ReferenceDataException extends RuntimeException {

    private final String file;
    private final int line;
    private final String field;

    public ReferenceDataException(String file, int line, String field, String problem) {
        super(file + ", line " + line + (field == null ? "" : ", field '" + field + "'") + ": " + problem);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String field() {
        return field;
    }
}
