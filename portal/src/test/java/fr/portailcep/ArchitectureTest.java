package fr.portailcep;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import fr.portailcep.shared.Systeme;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The shape of the code, checked: one module per feature with no cycle and no use of another module's internals
 * (Spring Modulith), views that never touch a repository, and a domain that never sees Vaadin.
 */
class ArchitectureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(PortailApplication.class);

    @Test
    void les_modules_respectent_leurs_frontieres() {
        MODULES.verify();
    }

    @Test
    void les_vues_n_appellent_jamais_un_depot() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.portailcep");
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .because("une vue passe par un service, qui vérifie les droits et tient la transaction")
                .check(classes);
    }

    /**
     * A method for other features, jobs and the start-up (annotated {@code @Systeme}) does not check who calls it:
     * a view, which acts for a person, never calls it (every other public service method is in the authorisation
     * matrix, {@code MatriceDesDroitsIT}).
     */
    @Test
    void les_vues_n_appellent_jamais_une_methode_pour_le_systeme() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.portailcep");
        noClasses().that().resideInAPackage("..ui..")
                .should().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.<JavaClass>owner(
                        CanBeAnnotated.Predicates.annotatedWith(Systeme.class)))
                        .or(JavaCall.Predicates.target(CanBeAnnotated.Predicates.annotatedWith(Systeme.class))))
                .because("une vue agit pour une personne : elle passe par une méthode qui vérifie ses droits")
                .check(classes);
    }

    @Test
    void le_metier_ne_depend_pas_de_vaadin() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.portailcep");
        noClasses().that().resideOutsideOfPackages("..ui..", "..web..", "fr.portailcep")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .because("le module backend ne connaît pas l’interface")
                .check(classes);
    }
}
