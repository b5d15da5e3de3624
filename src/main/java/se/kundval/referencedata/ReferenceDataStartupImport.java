package se.kundval.referencedata;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.kundval.shared.ReferenceDataException;

/**
 * Imports providers-data at start-up. A broken file stops the start with a message naming file,
 * line and field; since the import is one transaction the database stays as it was.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "kundval.import.enabled", havingValue = "true", matchIfMissing = true)
class ReferenceDataStartupImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataStartupImport.class);

    private final ReferenceDataImporter importer;
    private final Path folder;

    ReferenceDataStartupImport(ReferenceDataImporter importer, @Value("${kundval.providers-data}") String folder) {
        this.importer = importer;
        this.folder = Path.of(folder).toAbsolutePath().normalize();
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            importer.importFolder(folder);
        } catch (ReferenceDataException e) {
            log.error("providers-data was not imported, nothing was changed: {}", e.getMessage());
            throw e;
        }
    }
}
