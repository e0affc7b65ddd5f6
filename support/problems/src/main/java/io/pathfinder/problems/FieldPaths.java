package io.pathfinder.problems;

import io.pathfinder.contracts.model.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Names a bad value by where the client put it, as the contract's FieldError does: {@code query.size},
 * {@code path.id}, {@code header.If-Match}, {@code body.constraints.monthsToUpskill}.
 */
final class FieldPaths {

    private FieldPaths() {
    }

    /** Where the value a constraint violation is about came from. */
    static String of(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString()
                .replace(".<list element>", "").replace(".<iterable element>", "")
                .replace(".<map value>", "").replace(".<map key>", "");
        Path.MethodNode method = null;
        Path.ParameterNode parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            // Hibernate Validator's nodes implement every node interface: only the kind tells them apart.
            if (node.getKind() == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
            } else if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.as(Path.ParameterNode.class);
                break;
            }
        }
        if (method == null || parameter == null) {
            return path;
        }
        String rest = path.substring(Math.min(path.length(), method.getName().length() + 1 + parameter.getName().length()));
        int index = parameter.getParameterIndex();
        Annotation[] annotations = interfaceMethod(violation.getRootBeanClass(), method.getName(),
                method.getParameterTypes().toArray(Class<?>[]::new))
                .map(m -> m.getParameterAnnotations()[index])
                .orElse(new Annotation[0]);
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam q) {
                return "query." + q.value() + rest;
            }
            if (annotation instanceof PathParam p) {
                return "path." + p.value() + rest;
            }
            if (annotation instanceof HeaderParam h) {
                return "header." + h.value() + rest;
            }
        }
        return "body" + rest;
    }

    /** The query and path parameters of the resource method whose values do not convert to their types. */
    static List<FieldError> unconvertibleParameters(UriInfo uriInfo, SimpleResourceInfo resource) {
        List<FieldError> errors = new ArrayList<>();
        interfaceMethod(resource.getResourceClass(), resource.getMethodName(), resource.parameterTypes())
                .ifPresent(method -> {
                    for (int i = 0; i < method.getParameterCount(); i++) {
                        for (Annotation annotation : method.getParameterAnnotations()[i]) {
                            String field = annotation instanceof QueryParam q ? "query." + q.value()
                                    : annotation instanceof PathParam p ? "path." + p.value() : null;
                            if (field == null) {
                                continue;
                            }
                            MultivaluedMap<String, String> values = field.startsWith("query.")
                                    ? uriInfo.getQueryParameters() : uriInfo.getPathParameters();
                            String value = values.getFirst(field.substring(field.indexOf('.') + 1));
                            Class<?> type = method.getParameterTypes()[i];
                            if (value != null && !converts(type, value)) {
                                errors.add(new FieldError(field, "'" + value + "' is not a valid " + kind(type)));
                            }
                        }
                    }
                });
        return errors;
    }

    /** Converts as JAX-RS does, through the type's fromString, valueOf or parse. */
    private static boolean converts(Class<?> type, String value) {
        for (String factory : List.of("fromString", "valueOf", "parse")) {
            for (Class<?> argument : List.of(String.class, CharSequence.class)) {
                try {
                    Method convert = type.getMethod(factory, argument);
                    if (Modifier.isStatic(convert.getModifiers())) {
                        convert.invoke(null, value);
                        return true;
                    }
                } catch (NoSuchMethodException e) {
                    // try the next way of converting
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String kind(Class<?> type) {
        if (type == Integer.class || type == Long.class) {
            return "integer";
        }
        if (type == UUID.class) {
            return "UUID";
        }
        if (type == OffsetDateTime.class) {
            return "date-time";
        }
        return "value";
    }

    /** Parameter annotations live on the generated interface, not on the implementing resource. */
    private static Optional<Method> interfaceMethod(Class<?> resourceClass, String name, Class<?>[] parameterTypes) {
        for (Class<?> type = resourceClass; type != null; type = type.getSuperclass()) {
            for (Class<?> api : type.getInterfaces()) {
                try {
                    return Optional.of(api.getMethod(name, parameterTypes));
                } catch (NoSuchMethodException e) {
                    // not declared by this interface
                }
            }
        }
        return Optional.empty();
    }
}
