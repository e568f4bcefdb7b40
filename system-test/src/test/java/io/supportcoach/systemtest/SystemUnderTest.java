package io.supportcoach.systemtest;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the {@link RunningSuite} on first use and keeps it in the root context store, so every test class of
 * the run shares it; JUnit closes it (it is {@link AutoCloseable}) when the whole run is over. A start that
 * failed is remembered too: the next test class fails at once with the same cause instead of trying again.
 */
public final class SystemUnderTest implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SystemUnderTest.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningSuite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Started started = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Started.class, key -> Started.attempt(), Started.class);
        if (started.failure() != null) {
            throw new ParameterResolutionException("the system under test did not start", started.failure());
        }
        return started.suite();
    }

    /** The outcome of the one attempt to start: a running suite, or why there is none. */
    record Started(RunningSuite suite, RuntimeException failure) implements AutoCloseable {

        static Started attempt() {
            try {
                return new Started(RunningSuite.start(Settings.fromEnvironment()), null);
            } catch (RuntimeException e) {
                return new Started(null, e);
            }
        }

        @Override
        public void close() {
            if (suite != null) {
                suite.close();
            }
        }
    }
}
