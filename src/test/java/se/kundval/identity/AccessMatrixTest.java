package se.kundval.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import se.kundval.catalogue.OfferingQuery;
import se.kundval.shared.IntegrationTest;

/**
 * Every service operation × every role, as docs/security.md lists them: each call goes through the
 * real Spring proxy with that role, and must be refused exactly where the document says "–". Also
 * fails when a service operation exists that the document does not list (or the other way round).
 */
@IntegrationTest
class AccessMatrixTest {

    @Autowired
    ApplicationContext context;

    @Test
    void everyServiceOperationIsAllowedOrDeniedExactlyAsDocumented() throws Exception {
        SecurityMatrix matrix = SecurityMatrix.read();
        Map<String, Object> services = context.getBeansWithAnnotation(Service.class);
        Set<String> found = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        for (Object bean : services.values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("se.kundval")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers())
                        || Modifier.isStatic(method.getModifiers())
                        || method.isSynthetic()) {
                    continue;
                }
                String name = type.getSimpleName() + "." + method.getName();
                found.add(name);
                Map<String, Boolean> expected = matrix.operations().get(name);
                if (expected == null) {
                    continue;
                }
                for (String role : matrix.roles()) {
                    boolean allowed = call(bean, method, role);
                    if (allowed != expected.get(role)) {
                        wrong.add(name + " as " + role + ": " + (allowed ? "allowed" : "denied") + ", documented "
                                + (expected.get(role) ? "allowed" : "denied"));
                    }
                }
            }
        }
        assertThat(found)
                .as("service operations in the code vs docs/security.md")
                .containsExactlyInAnyOrderElementsOf(matrix.operations().keySet());
        assertThat(wrong)
                .as("cells of docs/security.md the running app disagrees with")
                .isEmpty();
    }

    /** Calls through the security proxy; true unless Spring Security refused before the method ran. */
    private boolean call(Object bean, Method method, String role) throws IllegalAccessException {
        if (role.equals(SecurityMatrix.ANONYMOUS)) {
            SecurityContextHolder.getContext()
                    .setAuthentication(new AnonymousAuthenticationToken(
                            "matrix", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        } else {
            KundvalUser user = new KundvalUser(
                    "matrix-" + role, "Matrix " + role, Set.of(role), Optional.empty(), Optional.empty());
            SecurityContextHolder.getContext()
                    .setAuthentication(new TestingAuthenticationToken(user, null, "ROLE_" + role));
        }
        Method onProxy = org.springframework.util.ReflectionUtils.findMethod(
                bean.getClass(), method.getName(), method.getParameterTypes());
        try {
            onProxy.invoke(bean, arguments(method));
            return true;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            // Anything but a refusal means the method ran (harmless arguments may make it fail).
            return !(cause instanceof AccessDeniedException
                    || cause instanceof AuthenticationCredentialsNotFoundException);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Harmless arguments: nothing that exists, so allowed calls change nothing that matters. */
    private static Object[] arguments(Method method) {
        Class<?>[] types = method.getParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            Class<?> t = types[i];
            args[i] = t == long.class
                    ? -1L
                    : t == int.class
                            ? 0
                            : t == boolean.class
                                    ? false
                                    : t == String.class
                                            ? "MATRIX-INGEN"
                                            : t == Locale.class
                                                    ? Locale.of("sv")
                                                    : t == OfferingQuery.class
                                                            ? OfferingQuery.all("MATRIX-INGEN", 0)
                                                            : java.util.Set.class.isAssignableFrom(t)
                                                                    ? java.util.Set.of()
                                                                    : List.class.isAssignableFrom(t)
                                                                                    || Collection.class
                                                                                            .isAssignableFrom(t)
                                                                            ? List.of()
                                                                            : null;
        }
        return args;
    }
}
