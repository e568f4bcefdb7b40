package io.supportcoach.systemtest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that runs against real processes: its methods (and {@code @BeforeAll} methods) may take a
 * {@link RunningSuite} parameter, the one started for the whole module.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SystemUnderTest.class)
@Tag("system")
public @interface SystemTest {
}
