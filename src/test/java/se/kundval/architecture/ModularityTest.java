package se.kundval.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;

import se.kundval.KundvalApplication;

/**
 * The walls between modules, verified on every build: Spring Modulith's rules (no cycles, no use of
 * another module's internal packages, only the dependencies each package-info allows) plus this
 * project's own: views package-private behind one *Navigation class per UI package, repositories
 * in internal packages, no fully-qualified class names in code, and docs/architecture.md's table
 * matching what the modules declare.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(KundvalApplication.class);
    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.kundval");

    @Test
    void modulesKeepTheirWalls() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagrams() throws IOException {
        // target/spring-modulith-docs: the overview (components.puml) and one diagram per module;
        // docs/modules.puml is the committed copy that docs/architecture.md shows.
        // Plain UML style: it renders with any PlantUML (the C4 style needs PlantUML's C4 library).
        DiagramOptions options = DiagramOptions.defaults().withStyle(DiagramStyle.UML);
        new Documenter(MODULES).writeModulesAsPlantUml(options).writeIndividualModulesAsPlantUml(options);
        assertThat(Path.of("target/spring-modulith-docs/components.puml")).exists();
    }

    @Test
    void viewsArePackagePrivateBehindTheirNavigation() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .notHaveModifier(JavaModifier.PUBLIC)
                .because("other modules link to a view through its package's *Navigation class")
                .check(MAIN);
        classes()
                .that()
                .resideInAPackage("se.kundval.(*).ui")
                .and()
                .haveModifier(JavaModifier.PUBLIC)
                .and()
                .resideOutsideOfPackages("se.kundval.ui", "se.kundval.shared.ui")
                .and()
                .areTopLevelClasses()
                .should()
                .haveSimpleNameEndingWith("Navigation")
                .because("a feature's UI package offers only its navigation to the rest of the portal")
                .check(MAIN);
    }

    @Test
    void repositoriesLiveInInternalPackages() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .and()
                .areInterfaces()
                .should()
                .resideInAPackage("se.kundval.*.internal")
                .check(MAIN);
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .because("views call services, never repositories")
                .check(MAIN);
    }

    @Test
    void codeNamesProjectClassesByImportNotInline() throws IOException {
        // An inline se.kundval.x.Y hides a dependency from a reader; string literals (JPQL enum
        // constants, configuration) and comments are not code and are left out.
        Pattern inline = Pattern.compile("\\bse\\.kundval\\.[a-z][a-z.]*\\.[A-Z]\\w*");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = withoutStringsAndComments(Files.readString(file));
                int lineNo = 0;
                for (String line : code.split("\n")) {
                    lineNo++;
                    String trimmed = line.strip();
                    if (trimmed.startsWith("import ") || trimmed.startsWith("package ")) {
                        continue;
                    }
                    Matcher m = inline.matcher(line);
                    if (m.find()) {
                        found.add(file + ":" + lineNo + " " + m.group());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void architectureDocumentListsEveryModuleWithItsAllowedDependencies() throws IOException {
        String doc = Files.readString(Path.of("docs/architecture.md"));
        Map<String, String> documented = new TreeMap<>();
        Matcher row =
                Pattern.compile("(?m)^\\| `(\\w+)` \\| [^|]+ \\| ([^|]*) \\|$").matcher(doc);
        while (row.find()) {
            documented.put(row.group(1), row.group(2).strip());
        }
        Map<String, String> declared = new TreeMap<>();
        for (ApplicationModule module : MODULES) {
            String allowed = allowedDependencies(module.getBasePackage().getName());
            declared.put(module.getIdentifier().toString(), allowed);
        }
        assertThat(documented).as("module table in docs/architecture.md").isEqualTo(declared);
    }

    /** The allowedDependencies of a module's package-info, as the document writes them. */
    private static String allowedDependencies(String basePackage) throws IOException {
        Path info = Path.of("src/main/java", basePackage.replace('.', '/'), "package-info.java");
        String source = Files.readString(info);
        Matcher m = Pattern.compile("allowedDependencies = \\{([^}]*)}").matcher(source);
        if (!m.find()) {
            return "*(any: open module)*";
        }
        List<String> deps = Pattern.compile("\"([^\"]+)\"")
                .matcher(m.group(1))
                .results()
                .map(r -> r.group(1))
                .toList();
        return deps.isEmpty() ? "–" : deps.stream().map(d -> "`" + d + "`").collect(Collectors.joining(", "));
    }

    private static String withoutStringsAndComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", " ")
                .replaceAll("(?s)\"\"\".*?\"\"\"", "\"\"")
                .replaceAll("\"(?:\\\\.|[^\"\\\\\\n])*\"", "\"\"")
                .replaceAll("//[^\\n]*", "");
    }
}
