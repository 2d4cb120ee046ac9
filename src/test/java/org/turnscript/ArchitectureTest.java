package org.turnscript;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of the design, as tests. Each rule says why it exists. */
class ArchitectureTest {

    private static final String[] PURE = {
        "org.turnscript.model..", "org.turnscript.formats..", "org.turnscript.cleanup..",
        "org.turnscript.timing..", "org.turnscript.subtitles..", "org.turnscript.convert..", "org.turnscript.audio..",
        "org.turnscript.chapters..", "org.turnscript.suggest.."
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.turnscript");
    }

    @Test
    void coreImportsNoUserInterfaceToolkit() {
        noClasses().that().resideInAnyPackage(PURE)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "org.fxmisc..", "org.controlsfx..", "atlantafx..", "org.kordamp..",
                        "org.turnscript.ui..", "org.turnscript.cli..", "picocli..")
                .because("the core runs headless in the command line and in tests, and must not know who shows it")
                .check(classes);
    }

    @Test
    void onlyTheJsonFormatUsesJackson() {
        noClasses().that().resideOutsideOfPackage("org.turnscript.formats.json..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
                .because("one package owns the JSON mapping, so a Jackson upgrade touches one place")
                .check(classes);
    }

    @Test
    void commandLineNeverTouchesTheWindow() {
        noClasses().that().resideInAPackage("org.turnscript.cli..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.turnscript.ui..", "javafx..", "org.fxmisc..", "org.controlsfx..")
                .because("batch conversion must run on a server without a display")
                .check(classes);
    }

    @Test
    void windowNeverUsesTheCommandLine() {
        noClasses().that().resideInAPackage("org.turnscript.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.turnscript.cli..")
                .because("both sit on the conversion service; neither is built on the other")
                .check(classes);
    }

    @Test
    void onlyTheCommandLinePrintsToStandardStreams() {
        noClasses().that().resideOutsideOfPackages("org.turnscript.cli..")
                .and().doNotHaveFullyQualifiedName("org.turnscript.Launcher")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("the window reports in the window and the core reports through return values")
                .check(classes);
    }

    @Test
    void subtitleLayoutDoesNotKnowFileFormats() {
        noClasses().that().resideInAnyPackage("org.turnscript.subtitles..", "org.turnscript.model..",
                        "org.turnscript.timing..", "org.turnscript.cleanup..")
                .should().dependOnClassesThat().resideInAnyPackage("org.turnscript.formats..",
                        "org.turnscript.convert..")
                .because("formats and the pipeline sit above layout, timing and cleanup, never below them")
                .check(classes);
    }

    @Test
    void packagesFormNoCycles() {
        slices().matching("org.turnscript.(**)")
                .should().beFreeOfCycles()
                .because("every package sits on the ones below it; a cycle means neither can change or be tested alone")
                .check(classes);
    }

    /**
     * The views of the window (every class that builds or shows JavaFX nodes: the area, the gutter, the find bar,
     * the charts, the window and its dialogs) run nothing of the core themselves: reading, writing, cleaning,
     * timing and laying out go through the session or a view model without nodes (ExportDialogModel,
     * CleanupDialogModel, ProblemsModel…). Views may hold and read the core's values (records, enums) and hand a
     * service on to the model they create.
     */
    @Test
    void viewsReachTheCoreOnlyThroughTheSessionOrAViewModel() {
        DescribedPredicate<JavaClass> coreWork = JavaClass.Predicates.resideInAnyPackage(
                        "org.turnscript.convert..", "org.turnscript.cleanup..", "org.turnscript.timing..",
                        "org.turnscript.subtitles..", "org.turnscript.formats..", "org.turnscript.suggest..")
                .and(DescribedPredicate.not(JavaClass.Predicates.assignableTo(Record.class)))
                .and(DescribedPredicate.not(JavaClass.Predicates.assignableTo(Enum.class)))
                .as("a service or algorithm of the core");
        DescribedPredicate<JavaClass> view = DescribedPredicate.describe("build or show JavaFX nodes",
                c -> c.getDirectDependenciesFromSelf().stream()
                        .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("javafx.scene")));
        noClasses().that().resideInAPackage("org.turnscript.ui..")
                .and().resideOutsideOfPackage("org.turnscript.ui.session..")
                .and(view)
                .should().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(coreWork)))
                .orShould().callConstructorWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(coreWork)))
                .because("views bind to the session; what the core does is done in one place and tested without a window")
                .check(classes);
    }

    @Test
    void theCoreAndTheCommandLineCatchNoExceptionBroadly() {
        noClasses().that().resideInAnyPackage(PURE).or().resideInAPackage("org.turnscript.cli..")
                .should(catchBroadly())
                .because("a catch of RuntimeException, Exception or Throwable turns a bug into a message that hides it; "
                        + "a user's mistake is a TurnscriptException, and only that is caught and reported")
                .check(classes);
    }

    /**
     * The editor neither: a bug goes on to the one handler of every thread, ui.InternalErrors, which says "internal
     * error, please report it" and leaves the document open and autosaved. That handler takes every Throwable as
     * the threads' uncaught-exception handler, not with a catch. The one exception is the Launcher's catch around
     * starting JavaFX, before any handler exists: JavaFX says "no display" or "no graphics libraries" with a bare
     * RuntimeException, which the Launcher turns into words (a bug, which comes with a cause, it throws on).
     */
    @Test
    void theEditorAndTheLauncherCatchNoExceptionBroadly() {
        noClasses().that().resideInAPackage("org.turnscript.ui..")
                .or().resideInAPackage("org.turnscript").and().doNotHaveFullyQualifiedName(Launcher.class.getName())
                .should(catchBroadly())
                .because("a bug reaches InternalErrors, which reports it without losing the document")
                .check(classes);
    }

    private static ArchCondition<JavaClass> catchBroadly() {
        Set<String> broad = Set.of(RuntimeException.class.getName(), Exception.class.getName(),
                Throwable.class.getName());
        return new ArchCondition<>("catch RuntimeException, Exception or Throwable") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (JavaCodeUnit unit : javaClass.getCodeUnits()) {
                    for (TryCatchBlock block : unit.getTryCatchBlocks()) {
                        block.getCaughtThrowables().stream().filter(t -> broad.contains(t.getName())).forEach(t ->
                                events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " catches "
                                        + t.getSimpleName() + " in " + block.getSourceCodeLocation())));
                    }
                }
            }
        };
    }
}
