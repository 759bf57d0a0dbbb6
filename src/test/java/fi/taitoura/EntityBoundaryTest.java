package fi.taitoura;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A feature never sees another feature's entity: it uses the other feature's service and records, and refers to
 * its rows by id (docs/adr/0016-module-boundaries.md, 0027). The uses that existed when the rule came were frozen
 * in a store and removed one by one (issue 11); the last went on 2026-12-03, so the rule now holds without
 * exceptions. Demo data and benchmarks, outside the product, are exempt.
 */
class EntityBoundaryTest {

    private static final Set<String> EXEMPT = Set.of("demo", "benchmark");

    static String module(JavaClass c) {
        String rest = c.getPackageName().startsWith("fi.taitoura.") ? c.getPackageName().substring(12) : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    static final ArchCondition<JavaClass> USE_NO_OTHER_FEATURES_ENTITY =
            new ArchCondition<>("use no entity of another feature") {
                @Override
                public void check(JavaClass c, ConditionEvents events) {
                    String own = module(c);
                    for (Dependency d : c.getDirectDependenciesFromSelf()) {
                        JavaClass target = d.getTargetClass().getBaseComponentType();
                        if (target.getPackageName().startsWith("fi.taitoura.") && target.isAnnotatedWith(Entity.class)
                                && !module(target).equals(own)) {
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                        }
                    }
                }
            };

    @Test
    void featuresDoNotSeeEachOthersEntities() {
        JavaClasses all = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.taitoura");
        ArchRule rule = classes().that().resideInAPackage("fi.taitoura..")
                .and(new com.tngtech.archunit.base.DescribedPredicate<JavaClass>("are in the product") {
                    @Override
                    public boolean test(JavaClass c) {
                        return !EXEMPT.contains(module(c));
                    }
                })
                .should(USE_NO_OTHER_FEATURES_ENTITY);
        rule.check(all);
    }
}
