package io.supportcoach.clientcheck;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.slf4j.LoggerFactory;

/**
 * A Java client (openapi-generator, generator {@code java}, library {@code native}) generated from each
 * service's committed contract must come out without invented operation names or invented/renamed models,
 * expose every operationId as a method, and compile.
 *
 * <p>What the generator reports goes through slf4j; a logback appender on the root logger collects it.
 * Failing: anything about an operationId (a missing one is replaced by an invented name such as
 * {@code skillsGet}) and anything about inline schemas turned into models or models renamed. Every other
 * warning is printed, not failed on.
 */
class GeneratedClientsTest {

    private static final Path MODULE_DIR = Path.of(System.getProperty("basedir", "")).toAbsolutePath();

    /** A warning about an operationId: missing (and so invented), reserved, renamed. */
    private static final Pattern OPERATION_ID_ISSUE = Pattern.compile("(?i)operationId");

    /** A model the contract does not name: an inline schema made into a model, or a model renamed. */
    private static final Pattern MODEL_ISSUE = Pattern.compile(
            "Inline schema created as|InlineObject|inline_response|_request\\b|cannot be used as model name");

    /** Java types a model must not shadow (a sign that a format or a $ref was taken for a model). */
    private static final Set<String> JAVA_TYPE_NAMES = Set.of(
            "Instant", "LocalDate", "LocalDateTime", "OffsetDateTime", "ZonedDateTime", "UUID", "URI",
            "BigDecimal");

    /** Model names the generator invents: InlineObject, InlineObject1, InlineResponse200, SkillRequest1... */
    private static final Pattern INVENTED_MODEL_NAME =
            Pattern.compile("Inline(Object|Response)\\w*|\\w*(Request|Response|Object)\\d+");

    static {
        // The generator logs many messages through a "once" logger that drops a message repeated within 2 s:
        // a warning of the second contract would go unseen when the first one had the same text.
        System.setProperty("org.openapitools.codegen.utils.oncelogger.enabled", "false");
    }

    private static final Collector COLLECTOR = new Collector();
    private static JavaCompiler compiler;

    @BeforeAll
    static void captureGeneratorLog() {
        assertTrue(LoggerFactory.getILoggerFactory() instanceof LoggerContext,
                "slf4j must be bound to logback to collect the generator's warnings, but is bound to "
                        + LoggerFactory.getILoggerFactory().getClass().getName());
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        COLLECTOR.setContext(context);
        COLLECTOR.setName("generator-report");
        COLLECTOR.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(COLLECTOR);
        compiler = ToolProvider.getSystemJavaCompiler();
        assertTrue(compiler != null, "no system Java compiler: the tests need a JDK, not a JRE");
    }

    @AfterAll
    static void releaseGeneratorLog() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(COLLECTOR);
        COLLECTOR.stop();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"skills-service", "coaching-service", "secondment-service"})
    void generatedClientCompilesWithoutInventedNames(String service) throws Exception {
        Path contract = MODULE_DIR.resolve("..").resolve(service).resolve("openapi/openapi.yaml").normalize();
        assertTrue(Files.isRegularFile(contract), "no committed contract at " + contract);
        String shortName = service.substring(0, service.indexOf('-'));
        String basePackage = "io.supportcoach.client." + shortName;
        String apiPackage = basePackage + ".api";
        String modelPackage = basePackage + ".model";
        Path out = MODULE_DIR.resolve("target/generated-clients").resolve(service);
        Path classes = MODULE_DIR.resolve("target/generated-clients").resolve(service + "-classes");
        deleteRecursively(out);
        deleteRecursively(classes);

        List<String> problems = new ArrayList<>();
        List<String> report = new ArrayList<>();

        // 1. Generate, collecting what the generator logs meanwhile.
        long start = System.nanoTime();
        COLLECTOR.clear();
        CodegenConfigurator configurator = new CodegenConfigurator()
                .setGeneratorName("java")
                .setLibrary("native")
                .setInputSpec(contract.toString())
                .setOutputDir(out.toString())
                .setInvokerPackage(basePackage)
                .setApiPackage(apiPackage)
                .setModelPackage(modelPackage)
                .setQuiet(true)
                .addAdditionalProperty("hideGenerationTimestamp", true)
                .addAdditionalProperty("useJakartaEe", true)
                .addGlobalProperty("apiTests", "false")
                .addGlobalProperty("modelTests", "false")
                .addGlobalProperty("apiDocs", "false")
                .addGlobalProperty("modelDocs", "false");
        ClientOptInput input = configurator.toClientOptInput();
        DefaultGenerator generator = new DefaultGenerator();
        generator.setGenerateMetadata(false);
        generator.opts(input).generate();
        List<ILoggingEvent> events = COLLECTOR.drain();
        long generated = System.nanoTime();

        // 2. What the generator reported.
        Map<String, Integer> otherWarnings = new LinkedHashMap<>();
        for (ILoggingEvent event : events) {
            String message = event.getFormattedMessage();
            String line = event.getLevel() + " [" + event.getLoggerName() + "] " + message;
            if (event.getLoggerName().startsWith("org.openapitools") && OPERATION_ID_ISSUE.matcher(message).find()) {
                problems.add("generator, operationId: " + line);
            } else if (event.getLoggerName().startsWith("org.openapitools") && MODEL_ISSUE.matcher(message).find()) {
                problems.add("generator, invented/renamed model: " + line);
            } else if (event.getLevel().isGreaterOrEqual(Level.WARN)) {
                otherWarnings.merge(line, 1, Integer::sum);
            }
        }
        report.add("generator warnings not failed on (" + otherWarnings.values().stream().mapToInt(n -> n).sum()
                + "):");
        otherWarnings.forEach((w, n) -> report.add("  " + (n > 1 ? n + "x " : "") + w));

        // 3a. The contract's operations, read with swagger-parser.
        Map<String, String> operations = operationIds(contract, problems);
        Path sources = out.resolve("src/main/java");
        Path modelDir = sources.resolve(modelPackage.replace('.', '/'));
        Path apiDir = sources.resolve(apiPackage.replace('.', '/'));

        // 3b. No model named after a Java type or invented by the generator.
        Set<String> models = simpleNames(modelDir);
        Set<String> schemas = componentSchemas(contract);
        for (String model : models) {
            if (JAVA_TYPE_NAMES.contains(model)) {
                problems.add("model named after a Java type: " + modelPackage + "." + model);
            }
            if (INVENTED_MODEL_NAME.matcher(model).matches()) {
                problems.add("model with an invented name: " + modelPackage + "." + model);
            }
        }
        Set<String> unnamed = new TreeSet<>(models);
        unnamed.removeAll(schemas);
        unnamed.remove("AbstractOpenApiSchema"); // the native library's base of oneOf/anyOf models, always there
        report.add("models that are no component schema of the contract (listed, not failed on): "
                + (unnamed.isEmpty() ? "none" : unnamed));

        // 4. Compile the generated sources against the test class path.
        List<Path> javaFiles;
        try (Stream<Path> walk = Files.walk(sources)) {
            javaFiles = walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
        Files.createDirectories(classes);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean compiled;
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of(
                    "-d", classes.toString(),
                    "-classpath", testClassPath(),
                    "--release", "17",
                    "-encoding", "UTF-8",
                    "-proc:none",
                    "-Xlint:all",
                    "-Xmaxwarns", "100000");
            compiled = compiler.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(javaFiles)).call();
        }
        long compiledAt = System.nanoTime();
        List<String> compilerWarnings = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            String where = d.getSource() == null ? ""
                    : sources.relativize(Path.of(d.getSource().toUri())) + ":" + d.getLineNumber() + ": ";
            String text = where + d.getMessage(Locale.ROOT).lines().findFirst().orElse("");
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                problems.add("compiler error: " + text);
            } else {
                compilerWarnings.add(d.getKind() + " " + text);
            }
        }
        report.add("compiler warnings (" + compilerWarnings.size() + "):");
        compilerWarnings.forEach(w -> report.add("  " + w));
        if (!compiled && problems.stream().noneMatch(p -> p.startsWith("compiler error"))) {
            problems.add("compiler failed without reporting an error");
        }

        // 3c. Every operationId is a method of a generated API class (by reflection over what compiled).
        if (compiled) {
            Set<String> methods = apiMethodNames(classes, apiPackage, simpleNames(apiDir));
            operations.forEach((operationId, where) -> {
                if (!methods.contains(operationId)) {
                    problems.add("operationId " + operationId + " (" + where + ") is no method of " + apiPackage);
                }
            });
        }

        System.out.printf("%s: %d operations, %d models, %d source files; generated in %d ms, compiled in %d ms%n",
                service, operations.size(), models.size(), javaFiles.size(),
                (generated - start) / 1_000_000, (compiledAt - generated) / 1_000_000);
        report.forEach(line -> System.out.println(service + ": " + line));
        problems.forEach(line -> System.out.println(service + ": PROBLEM " + line));
        if (!problems.isEmpty()) {
            fail("the Java client generated from " + MODULE_DIR.relativize(contract) + " is not clean:\n  "
                    + String.join("\n  ", problems));
        }
    }

    /** operationId to "METHOD /path"; an operation without one is a problem of its own. */
    private static Map<String, String> operationIds(Path contract, List<String> problems) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIV3Parser().readLocation(contract.toUri().toString(), null, options);
        OpenAPI api = result.getOpenAPI();
        assertTrue(api != null, "swagger-parser could not read " + contract + ": " + result.getMessages());
        Map<String, String> operations = new TreeMap<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String where = method + " " + path;
            if (operation.getOperationId() == null || operation.getOperationId().isBlank()) {
                problems.add("contract: " + where + " has no operationId");
            } else {
                operations.put(operation.getOperationId(), where);
            }
        }));
        assertTrue(!operations.isEmpty(), contract + " has no operations");
        return operations;
    }

    private static Set<String> componentSchemas(Path contract) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        OpenAPI api = new OpenAPIV3Parser().readLocation(contract.toUri().toString(), null, options).getOpenAPI();
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return Set.of();
        }
        return new TreeSet<>(api.getComponents().getSchemas().keySet());
    }

    private static Set<String> apiMethodNames(Path classes, String apiPackage, Set<String> apiClasses)
            throws Exception {
        Set<String> names = new TreeSet<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                GeneratedClientsTest.class.getClassLoader())) {
            for (String simpleName : apiClasses) {
                Class<?> type = Class.forName(apiPackage + "." + simpleName, false, loader);
                for (Method method : type.getDeclaredMethods()) {
                    if (Modifier.isPublic(method.getModifiers())) {
                        names.add(method.getName());
                    }
                }
            }
        }
        return names;
    }

    private static Set<String> simpleNames(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".java"))
                    .map(n -> n.substring(0, n.length() - ".java".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Surefire may start the JVM through a manifest-only jar; its own property then has the real path. */
    private static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Keeps WARN and above from anywhere, and anything from the generator that names an invented model. */
    private static final class Collector extends AppenderBase<ILoggingEvent> {
        private final List<ILoggingEvent> events = Collections.synchronizedList(new ArrayList<>());

        @Override
        protected void append(ILoggingEvent event) {
            if (event.getLevel().isGreaterOrEqual(Level.WARN)
                    || MODEL_ISSUE.matcher(event.getFormattedMessage()).find()
                    || OPERATION_ID_ISSUE.matcher(event.getFormattedMessage()).find()) {
                events.add(event);
            }
        }

        void clear() {
            events.clear();
        }

        List<ILoggingEvent> drain() {
            synchronized (events) {
                List<ILoggingEvent> copy = List.copyOf(events);
                events.clear();
                return copy;
            }
        }
    }
}
