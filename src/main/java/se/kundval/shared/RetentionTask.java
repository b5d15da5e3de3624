package se.kundval.shared;

import java.time.Instant;

/**
 * SPI for retention (gallring): the module that owns a kind of record removes its own records once
 * they are older than the retention period, so no module deletes another's rows. The audit module's
 * retention job finds every implementation, gives each its cutoff from the settings
 * ({@code kundval.retention.<kind>}) and records what was removed.
 */
public interface RetentionTask {

    /** The kind of record, also the setting's name, e.g. {@code notifications}. */
    String kind();

    /**
     * Removes the records of this kind whose retention period started before {@code cutoff}
     * (e.g. created, handled or ended before it), in its own transaction.
     *
     * @return how many records were removed (the main rows, not their parts)
     */
    int removeOlderThan(Instant cutoff);
}
