package vn.lotrinh.planner.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The core's dependency rules: it knows nothing of the service, the plan model knows nothing of what uses it, the
 * checker and the projection stay independent of the solver, and inside the solver every layer uses only the ones
 * below it (domain ← score ← search ← explain ← the facade), the exact search beside them on the domain alone.
 */
@AnalyzeClasses(packages = "vn.lotrinh.planner.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String PLAN = "vn.lotrinh.planner.core.plan..";
    private static final String SOLVER = "vn.lotrinh.planner.core.solver..";
    private static final String SOLVER_TOP = "vn.lotrinh.planner.core.solver";
    private static final String DOMAIN = "vn.lotrinh.planner.core.solver.domain..";
    private static final String SCORE = "vn.lotrinh.planner.core.solver.score..";
    private static final String SEARCH = "vn.lotrinh.planner.core.solver.search..";
    private static final String EXPLAIN = "vn.lotrinh.planner.core.solver.explain..";
    private static final String EXACT = "vn.lotrinh.planner.core.solver.exact..";

    @ArchTest
    static final ArchRule coreNeverUsesSpringJpaOrTheService = noClasses()
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "javax.persistence..",
                    "org.hibernate..", "vn.lotrinh.planner.api..")
            .as("the core never uses Spring, JPA or the service");

    @ArchTest
    static final ArchRule planUsesNothingElseOfTheCore = noClasses()
            .that().resideInAPackage(PLAN)
            .should().dependOnClassesThat()
            .resideInAnyPackage("vn.lotrinh.planner.core.solver..", "vn.lotrinh.planner.core.roadmap..",
                    "vn.lotrinh.planner.core.projection..")
            .as("the plan model uses nothing else of the core");

    @ArchTest
    static final ArchRule priorityUsesOnlyThePlanModel = noClasses()
            .that().resideInAPackage("vn.lotrinh.planner.core.priority..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("vn.lotrinh.planner.core.plan.read..", SOLVER, "vn.lotrinh.planner.core.roadmap..",
                    "vn.lotrinh.planner.core.projection..", "vn.lotrinh.planner.core.scenario..")
            .as("the priorities' arithmetic uses only the plan model");

    @ArchTest
    static final ArchRule projectionNeverUsesTheSolver = noClasses()
            .that().resideInAPackage("vn.lotrinh.planner.core.projection..")
            .should().dependOnClassesThat().resideInAPackage(SOLVER)
            .as("the cost projection never uses the solver");

    @ArchTest
    static final ArchRule checkerSharesNoCodeWithTheSolver = noClasses()
            .that().resideInAPackage("vn.lotrinh.planner.core.roadmap..")
            .should().dependOnClassesThat().resideInAPackage(SOLVER)
            .as("the roadmap and its checker share no code with the solver");

    @ArchTest
    static final ArchRule domainUsesNoOtherSolverLayer = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(SCORE, SEARCH, EXPLAIN, SOLVER_TOP)
            .as("the planning domain uses no other layer of the solver");

    @ArchTest
    static final ArchRule scoreUsesOnlyTheDomain = noClasses()
            .that().resideInAPackage(SCORE)
            .should().dependOnClassesThat().resideInAnyPackage(SEARCH, EXPLAIN, SOLVER_TOP)
            .as("the score rules use only the planning domain");

    @ArchTest
    static final ArchRule searchUsesOnlyTheDomain = noClasses()
            .that().resideInAPackage(SEARCH)
            .should().dependOnClassesThat().resideInAnyPackage(SCORE, EXPLAIN, SOLVER_TOP)
            .as("construction and moves use only the planning domain");

    @ArchTest
    static final ArchRule explanationsDoNotUseTheFacade = noClasses()
            .that().resideInAPackage(EXPLAIN)
            .should().dependOnClassesThat().resideInAnyPackage(SOLVER_TOP)
            .as("explanations do not use the solver's facade");

    @ArchTest
    static final ArchRule exactSearchUsesOnlyTheDomain = noClasses()
            .that().resideInAPackage(EXACT)
            .should().dependOnClassesThat().resideInAnyPackage(SCORE, SEARCH, EXPLAIN, SOLVER_TOP)
            .as("the exact search uses only the planning domain");

    @ArchTest
    static final ArchRule onlyTheFacadeUsesTheExactSearch = noClasses()
            .that().resideInAnyPackage(DOMAIN, SCORE, SEARCH, EXPLAIN)
            .should().dependOnClassesThat().resideInAPackage(EXACT)
            .as("only the solver's facade uses the exact search");

    @ArchTest
    static final ArchRule noPackageCycles = slices()
            .matching("vn.lotrinh.planner.core.(**)")
            .should().beFreeOfCycles()
            .as("no cycles between the core's packages");
}
