package se.kundval.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Deny by default for services: every public method of a feature's service (its public API) must
 * state who may call it. (Components that people cannot reach, such as the start-up importer,
 * are {@code @Component}s, not services.)
 */
class ServiceSecurityTest {

    @Test
    void everyPublicServiceMethodStatesWhoMayCallIt() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        List<String> unguarded = new ArrayList<>();
        int checked = 0;
        for (var candidate : scanner.findCandidateComponents("se.kundval")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            for (Method method : type.getDeclaredMethods()) {
                // Static helpers hold no data access and are not called through the security proxy.
                if (!Modifier.isPublic(method.getModifiers())
                        || Modifier.isStatic(method.getModifiers())
                        || method.isSynthetic()) {
                    continue;
                }
                checked++;
                boolean guarded = method.isAnnotationPresent(RolesAllowed.class)
                        || method.isAnnotationPresent(PermitAll.class)
                        || method.isAnnotationPresent(DenyAll.class)
                        || method.isAnnotationPresent(PreAuthorize.class);
                if (!guarded) {
                    unguarded.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(checked).as("service methods found").isPositive();
        assertThat(unguarded)
                .as("public service methods without @RolesAllowed/@PermitAll/@DenyAll")
                .isEmpty();
    }
}
