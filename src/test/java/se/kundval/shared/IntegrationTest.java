package se.kundval.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;

/**
 * A Spring integration test: the whole application on the real (embedded) MariaDB and index, as
 * the services run in production. Also logs the test thread out after every test, because the
 * tests log in by putting a user into Spring Security's thread-bound context and a user left
 * there would silently run the next test of the class as that user.
 *
 * <p>Every such test used to repeat {@code @SpringBootTest} and an {@code @AfterEach} that cleared
 * the security context; this annotation says both once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@ExtendWith(LogOutAfterEach.class)
public @interface IntegrationTest {

    /** Extra Spring properties for this test class only (e.g. a different database). */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};

    /** Whether to start the servlet container (browser tests need {@code RANDOM_PORT}). */
    @AliasFor(annotation = SpringBootTest.class, attribute = "webEnvironment")
    SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;
}
