package org.duban.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import io.quarkus.security.Authenticated;
import org.junit.jupiter.api.Test;

/**
 * Deny by default: every resource method says who may call it (on the method or its class), and an
 * endpoint that someone forgets to annotate is refused by configuration rather than left open.
 */
class RolesDeclaredTest {
    private static final List<Class<? extends Annotation>> HTTP_METHODS =
            List.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class, HEAD.class);
    private static final List<Class<? extends Annotation>> SECURITY =
            List.of(RolesAllowed.class, PermitAll.class, Authenticated.class, DenyAll.class);

    private static List<Class<?>> compiledClasses() throws IOException {
        Path root = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(root.resolve("org/duban"))) {
            List<Class<?>> classes = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    classes.add(Class.forName(name, false, RolesDeclaredTest.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new AssertionError("cannot load " + name, e);
                }
            }
            return classes;
        }
    }

    private static boolean declaresSecurity(java.lang.reflect.AnnotatedElement element) {
        return SECURITY.stream().anyMatch(element::isAnnotationPresent);
    }

    @Test
    void everyResourceMethodDeclaresWhoMayCallIt() throws IOException {
        List<String> undeclared = new ArrayList<>();
        int resourceMethods = 0;
        for (Class<?> type : compiledClasses()) {
            for (Method method : type.getDeclaredMethods()) {
                if (HTTP_METHODS.stream().noneMatch(method::isAnnotationPresent)) {
                    continue;
                }
                resourceMethods++;
                if (!declaresSecurity(method) && !declaresSecurity(type)) {
                    undeclared.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        System.out.printf("roles declared: %d resource methods checked, %d without a declaration%n", resourceMethods,
                undeclared.size());
        assertTrue(resourceMethods > 100, "found only " + resourceMethods + " resource methods: is the scan broken?");
        assertEquals(List.of(), undeclared, "resource methods that do not say who may call them");
    }

    @Test
    void unannotatedEndpointsAreDeniedByConfiguration() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RolesDeclaredTest.class.getClassLoader().getResourceAsStream("application.properties")) {
            properties.load(in);
        }
        assertEquals("true", properties.getProperty("quarkus.security.jaxrs.deny-unannotated-endpoints"));
        assertTrue(properties.stringPropertyNames().stream()
                .noneMatch(key -> key.endsWith("quarkus.security.jaxrs.deny-unannotated-endpoints")
                        && !"true".equals(properties.getProperty(key))),
                "no profile turns deny-by-default off");
    }
}
