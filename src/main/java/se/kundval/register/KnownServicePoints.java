package se.kundval.register;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.identity.ServicePointDirectory;

/** Answers identity's question whether a service-point user's service point is one the municipality has. */
@Component
class KnownServicePoints implements ServicePointDirectory {

    private final Registers registers;

    KnownServicePoints(Registers registers) {
        this.registers = registers;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isKnownServicePoint(String code) {
        return registers.servicePoint(code).isPresent();
    }
}
