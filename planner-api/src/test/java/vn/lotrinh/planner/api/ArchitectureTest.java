package vn.lotrinh.planner.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.util.HashSet;
import java.util.Set;
import org.springframework.data.repository.Repository;
import org.springframework.web.bind.annotation.RestController;

/** The rules the service's packages keep, checked on its production classes. */
@AnalyzeClasses(packages = "vn.lotrinh.planner.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Each feature package reaches another only one way, so that every arrow between them points down. */
    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles = slices()
            .matching("vn.lotrinh.planner.api.(*)..")
            .should().beFreeOfCycles();

    /** Controllers do HTTP only: what they store or read goes through a service. */
    @ArchTest
    static final ArchRule controllersNeverUseRepositories = noClasses()
            .that().areAnnotatedWith(RestController.class)
            .should().dependOnClassesThat().areAssignableTo(Repository.class);

    /** Requests and answers are records of their own, never the JPA entities behind them. */
    @ArchTest
    static final ArchRule controllersNeitherTakeNorReturnEntities = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
            .should(new ArchCondition<>("neither take nor return a JPA entity") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    Set<JavaClass> involved = new HashSet<>(method.getReturnType().getAllInvolvedRawTypes());
                    method.getParameterTypes().forEach(type -> involved.addAll(type.getAllInvolvedRawTypes()));
                    involved.stream()
                            .filter(type -> type.isAnnotatedWith(Entity.class))
                            .forEach(entity -> events.add(SimpleConditionEvent.violated(method,
                                    method.getFullName() + " takes or returns the entity " + entity.getName())));
                }
            });
}
