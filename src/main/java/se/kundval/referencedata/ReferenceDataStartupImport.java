package se.kundval.referencedata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.kundval.identity.DemoSwitch;
import se.kundval.shared.ReferenceDataException;

/**
 * Imports providers-data at start-up: the folder the operator gives ({@code kundval.providers-data},
 * none by default) and, only with the demo switch on, the demo content ({@code kundval.demo.data}:
 * fictional providers, listings, quality figures and residents). So the production configuration
 * imports nothing it was not given, and fictional residents cannot reach its database. A broken file
 * stops the start with a message naming file, line and field; since the import is one transaction
 * the database stays as it was.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "kundval.import.enabled", havingValue = "true", matchIfMissing = true)
class ReferenceDataStartupImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataStartupImport.class);

    private final ReferenceDataImporter importer;
    private final List<Path> folders;

    ReferenceDataStartupImport(
            ReferenceDataImporter importer,
            @Value("${kundval.providers-data:}") String folder,
            @Value("${kundval.demo.data:}") String demoFolder,
            DemoSwitch demo) {
        this.importer = importer;
        this.folders = folders(folder, demoFolder, demo);
    }

    /** The folders to import, in order; the demo content only with the demo switch. */
    static List<Path> folders(String folder, String demoFolder, DemoSwitch demo) {
        List<Path> folders = new ArrayList<>();
        if (!folder.isBlank()) {
            folders.add(Path.of(folder).toAbsolutePath().normalize());
        }
        if (demo.enabled() && !demoFolder.isBlank()) {
            folders.add(Path.of(demoFolder).toAbsolutePath().normalize());
        }
        return List.copyOf(folders);
    }

    List<Path> folders() {
        return folders;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (folders.isEmpty()) {
            log.info("No providers-data folder is configured (KUNDVAL_PROVIDERS_DATA): nothing imported.");
            return;
        }
        try {
            importer.importFolders(folders);
        } catch (ReferenceDataException e) {
            log.error("providers-data was not imported, nothing was changed: {}", e.getMessage());
            throw e;
        }
    }
}
