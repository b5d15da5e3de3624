package se.kundval.shared;

/** Someone else saved the same record after this user loaded it; nothing was overwritten. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException() {
        super("Changed by someone else since it was loaded");
    }
}
