package se.kundval.shared;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Clears Spring Security's thread-bound context after each test, so a test that logged in as a
 * resident or an officer never leaks that user into the next test on the same thread.
 */
final class LogOutAfterEach implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        SecurityContextHolder.clearContext();
    }
}
