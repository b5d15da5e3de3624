package se.kundval.shared;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Makes the test's own application context's security-context holder the one the test logs in
 * with, and clears it after each test, so a test that logged in as a resident or an officer never
 * leaks that user into the next test on the same thread.
 *
 * <p>Why the first part: each Vaadin application context installs its own holder strategy (with
 * its own thread-local) as the JVM-wide one when it starts. With several cached contexts in one
 * test JVM, the global holder belongs to whichever started last, while the method security of an
 * older context reads its own: a test logging in through {@link SecurityContextHolder} would then
 * be "not logged in" for the services it calls.
 */
final class LogOutAfterEach implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        ApplicationContext spring = SpringExtension.getApplicationContext(context);
        SecurityContextHolderStrategy own =
                spring.getBeanProvider(SecurityContextHolderStrategy.class).getIfUnique();
        if (own != null) {
            SecurityContextHolder.setContextHolderStrategy(own);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SecurityContextHolder.clearContext();
    }
}
