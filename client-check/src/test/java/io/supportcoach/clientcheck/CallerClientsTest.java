package io.supportcoach.clientcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Yaml;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.openapitools.codegen.config.CodegenConfiguratorUtils;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A service that calls another builds its REST client from the callee's committed contract (the root pom's
 * {@code callee-client} execution). This shows what that buys: a field the caller reads, once gone from the callee's
 * contract, breaks the caller's build. Each case generates the caller's client exactly as its build does, from a copy
 * of skills-service's contract without that field, and compiles the caller's {@code client} package against it; with
 * the committed contract, the same sources compile.
 */
class CallerClientsTest {

    private static final Path MODULE_DIR = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    private static final Path ROOT = MODULE_DIR.getParent();
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "coaching-service", "secondment-service", "skills-service" })
    void callerCompilesAgainstTheCommittedContract(String caller) throws Exception {
        Path calleeContract = calleeContract(caller);
        List<String> errors = generateAndCompile(caller, "committed", Files.readString(calleeContract));

        assertTrue(errors.isEmpty(), caller + "'s client package does not compile against "
                + ROOT.relativize(calleeContract) + ":\n  " + String.join("\n  ", errors));
    }

    @ParameterizedTest(name = "{0} without {1}.{2}")
    @CsvSource({
            "coaching-service, Skill, code, getCode()",
            "coaching-service, Skill, status, getStatus()",
            "coaching-service, Skill, replacedBy, getReplacedBy()",
            "coaching-service, SkillPage, items, getItems()",
            "secondment-service, Skill, code, getCode()",
            "secondment-service, Skill, status, getStatus()",
            "skills-service, PersonChangeRequest, employeeId, employeeId(java.lang.String)",
            "skills-service, PersonChangeRequest, changedAt, changedAt(java.time.OffsetDateTime)" })
    void aFieldTheCallerReadsRemovedFromTheCalleesContractBreaksTheCallersBuild(String caller, String schema,
            String field, String getter) throws Exception {
        ObjectNode contract = (ObjectNode) Yaml.mapper().readTree(calleeContract(caller).toFile());
        ObjectNode definition = (ObjectNode) contract.path("components").path("schemas").path(schema);
        assertTrue(definition.path("properties").has(field), schema + "." + field + " is not in the contract any more");
        ((ObjectNode) definition.get("properties")).remove(field);
        if (definition.get("required") instanceof ArrayNode required) {
            required.removeIf(name -> name.asText().equals(field));
        }

        List<String> errors = generateAndCompile(caller, "without-" + schema + "-" + field,
                Yaml.mapper().writeValueAsString(contract));

        assertFalse(errors.isEmpty(), caller + " still compiles without " + schema + "." + field);
        assertTrue(errors.stream().anyMatch(error -> error.contains("symbol") && error.contains(getter)),
                "no compile error names " + getter + ":\n  " + String.join("\n  ", errors));
        assertTrue(errors.stream().allMatch(error -> error.startsWith("client/")),
                "only the client package should fail, not the generated code:\n  " + String.join("\n  ", errors));
    }

    /** The compile errors of the caller's client package against a client generated from {@code contract}. */
    private static List<String> generateAndCompile(String caller, String variant, String contract) throws Exception {
        Path work = MODULE_DIR.resolve("target/caller-clients").resolve(caller).resolve(variant);
        deleteRecursively(work);
        Path spec = Files.createDirectories(work).resolve("openapi.yaml");
        Files.writeString(spec, contract, StandardCharsets.UTF_8);
        Path generated = work.resolve("generated");
        Map<String, String> properties = callerProperties(caller);
        new DefaultGenerator().opts(configurator(calleeClientExecution(), properties, spec, generated,
                calleeContract(caller)).toClientOptInput()).generate();
        String generatedPackage = properties.get("callee.client-package");
        Path callerSources = ROOT.resolve(caller).resolve("src/main/java");
        // The package the generated one sits in: its bean and the types it hands to the rest of the service.
        String clientPackage = generatedPackage.substring(0, generatedPackage.lastIndexOf('.'));
        Path clientDir = callerSources.resolve(clientPackage.replace('.', '/'));
        List<Path> sources = new ArrayList<>(javaFiles(clientDir, false));
        assertFalse(sources.isEmpty(), "no client package at " + clientDir);
        sources.addAll(javaFiles(generated, true));
        // The caller's clients of other callees, generated as its own pom says, from their committed contracts.
        for (Element execution : ownClientExecutions(caller)) {
            Path otherContract = Path.of(resolve(child(child(execution, "configuration"), "inputSpec").getTextContent()
                    .trim(), properties));
            Path otherGenerated = work.resolve("generated-" + child(execution, "id").getTextContent().trim());
            new DefaultGenerator().opts(configurator(execution, properties, otherContract, otherGenerated,
                    otherContract).toClientOptInput()).generate();
            sources.addAll(javaFiles(otherGenerated, true));
        }
        return compile(sources, work.resolve("classes"), callerSources);
    }

    /** The executions of openapi-generator-maven-plugin that the caller's own pom configures in full. */
    private static List<Element> ownClientExecutions(String caller) throws Exception {
        List<Element> executions = new ArrayList<>();
        Element build = child(xml(ROOT.resolve(caller).resolve("pom.xml")), "build");
        for (Element plugin : children(child(build, "plugins"))) {
            boolean generator = optionalChild(plugin, "artifactId")
                    .filter(artifact -> "openapi-generator-maven-plugin".equals(artifact.getTextContent().trim()))
                    .isPresent();
            if (!generator) {
                continue;
            }
            for (Element execution : optionalChild(plugin, "executions").map(CallerClientsTest::children)
                    .orElse(List.of())) {
                if (optionalChild(execution, "configuration").flatMap(config -> optionalChild(config, "inputSpec"))
                        .isPresent()) {
                    executions.add(execution);
                }
            }
        }
        return executions;
    }

    /** The committed contract of the service the caller calls, as its pom names it. */
    private static Path calleeContract(String caller) throws Exception {
        return Path.of(resolve(callerProperties(caller).get("callee.contract"), callerProperties(caller)));
    }

    /**
     * An execution with the caller's properties, as the Maven plugin reads it, generating from {@code spec} (a copy
     * of {@code contract}, which the execution must name) into {@code output}.
     */
    private static CodegenConfigurator configurator(Element execution, Map<String, String> properties, Path spec,
            Path output, Path contract) {
        // As the plugin starts: APIs, models and supporting files on ("" is all of them), until a setting narrows them.
        var configurator = new CodegenConfigurator().setInputSpec(spec.toString()).setOutputDir(output.toString())
                .addGlobalProperty("apis", "").addGlobalProperty("models", "").addGlobalProperty("supportingFiles", "");
        for (Element setting : children(child(execution, "configuration"))) {
            if (setting.getTagName().equals("output")) {
                // Where the build writes; this test writes where it says.
                continue;
            }
            String value = resolve(setting.getTextContent().trim(), properties);
            switch (setting.getTagName()) {
                case "inputSpec" -> assertEquals(contract.normalize(), Path.of(value).normalize(),
                        "the client is built from another contract than this test changes");
                case "generatorName" -> configurator.setGeneratorName(value);
                case "library" -> configurator.setLibrary(value);
                case "apiPackage" -> configurator.setApiPackage(value);
                case "modelPackage" -> configurator.setModelPackage(value);
                case "openapiNormalizer" -> CodegenConfiguratorUtils.applyOpenapiNormalizerKvp(value, configurator);
                case "modelsToGenerate" -> configurator.addGlobalProperty("models", value);
                case "supportingFilesToGenerate" -> configurator.addGlobalProperty("supportingFiles", value);
                case "generateApiTests" -> configurator.addGlobalProperty("apiTests", value);
                case "generateModelTests" -> configurator.addGlobalProperty("modelTests", value);
                case "generateApiDocumentation" -> configurator.addGlobalProperty("apiDocs", value);
                case "generateModelDocumentation" -> configurator.addGlobalProperty("modelDocs", value);
                case "configOptions" -> children(setting).forEach(option -> configurator.addAdditionalProperty(
                        option.getTagName(), resolve(option.getTextContent().trim(), properties)));
                default -> throw new AssertionError("the callee-client execution sets " + setting.getTagName()
                        + ", which this test does not apply yet: teach configurator() to, so it generates as the "
                        + "build does");
            }
        }
        return configurator;
    }

    private static Element calleeClientExecution() throws Exception {
        Element project = xml(ROOT.resolve("pom.xml"));
        for (Element plugin : children(child(child(child(project, "build"), "pluginManagement"), "plugins"))) {
            if ("openapi-generator-maven-plugin".equals(child(plugin, "artifactId").getTextContent().trim())) {
                for (Element execution : children(child(plugin, "executions"))) {
                    if ("callee-client".equals(child(execution, "id").getTextContent().trim())) {
                        return execution;
                    }
                }
            }
        }
        throw new AssertionError("the root pom manages no callee-client execution of openapi-generator-maven-plugin");
    }

    private static Map<String, String> callerProperties(String caller) throws Exception {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("project.basedir", ROOT.resolve(caller).toString());
        children(child(xml(ROOT.resolve(caller).resolve("pom.xml")), "properties"))
                .forEach(property -> properties.put(property.getTagName(), property.getTextContent().trim()));
        return properties;
    }

    private static String resolve(String value, Map<String, String> properties) {
        Matcher reference = PROPERTY.matcher(value);
        var resolved = new StringBuilder();
        while (reference.find()) {
            String known = properties.get(reference.group(1));
            assertTrue(known != null, "no property " + reference.group(1) + " to resolve " + value);
            reference.appendReplacement(resolved, Matcher.quoteReplacement(resolve(known, properties)));
        }
        return reference.appendTail(resolved).toString();
    }

    /** Compile errors, each as "path from the caller's sources or generated root:line: message". */
    private static List<String> compile(List<Path> sources, Path classes, Path callerSources) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertTrue(compiler != null, "no system Java compiler: the tests need a JDK, not a JRE");
        Files.createDirectories(classes);
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            // The caller's other sources on the source path: a client bean may hand the rest of the service a record
            // of its own feature (what an outbox message carries, say), which javac then reads as well.
            List<String> options = List.of("-d", classes.toString(), "-classpath", testClassPath(), "-sourcepath",
                    callerSources.toString(), "-implicit:none", "--release", "17",
                    "-encoding", "UTF-8", "-proc:none", "-nowarn");
            compiler.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources))
                    .call();
        }
        return diagnostics.getDiagnostics().stream()
                .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
                .map(diagnostic -> where(diagnostic, callerSources)
                        + diagnostic.getMessage(Locale.ROOT).replace('\n', ' '))
                .toList();
    }

    /** "client/SkillsServiceClient.java:92: " for the caller's sources, the generated path otherwise. */
    private static String where(Diagnostic<? extends JavaFileObject> diagnostic, Path callerSources) {
        if (diagnostic.getSource() == null) {
            return "";
        }
        Path source = Path.of(diagnostic.getSource().toUri());
        String shown = source.startsWith(callerSources)
                ? source.getParent().getFileName() + "/" + source.getFileName() : source.toString();
        return shown + ":" + diagnostic.getLineNumber() + ": ";
    }

    private static List<Path> javaFiles(Path dir, boolean recursive) throws IOException {
        try (Stream<Path> files = recursive ? Files.walk(dir) : Files.list(dir)) {
            return files.filter(path -> path.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
    }

    private static Element xml(Path file) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    }

    private static Element child(Element parent, String name) {
        return children(parent).stream().filter(element -> element.getTagName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">"));
    }

    private static Optional<Element> optionalChild(Element parent, String name) {
        return children(parent).stream().filter(element -> element.getTagName().equals(name)).findFirst();
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
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
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
