package se.kundval.architecture;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import se.kundval.KundvalApplication;

class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(KundvalApplication.class);

    @Test
    void modulesKeepTheirWalls() {
        MODULES.verify();
    }
}
