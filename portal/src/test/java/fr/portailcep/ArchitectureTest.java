package fr.portailcep;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import fr.portailcep.shared.Systeme;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The shape of the code, checked: one module per feature with no cycle and no use of another module's internals
 * (Spring Modulith), views that never touch a repository nor the persistence layer, a domain that never sees Vaadin,
 * the time always read from the injected clock, and tests that wait for facts, never for time.
 */
class ArchitectureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(PortailApplication.class);

    /** Compiled tests: this module's, and the backend's, which come in its test jar. */
    private static final ImportOption TESTS = emplacement -> emplacement.contains("/test-classes/")
            || emplacement.matches(Pattern.compile(".*-tests\\.jar.*"));

    private static final JavaClasses CODE_PRINCIPAL = new ClassFileImporter()
            .withImportOption(emplacement -> !TESTS.includes(emplacement)).importPackages("fr.portailcep");

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

    /**
     * An HTML-first page (DD020) is a view like the others: through a service, never a repository nor a method for
     * the system, never the persistence layer; it lives in a {@code web} package and uses no Vaadin component (it
     * is rendered without Vaadin; Vaadin's {@code AuthenticationContext}, a Spring Security helper, is allowed).
     */
    @Test
    void les_pages_html_sont_des_vues_sans_vaadin() {
        var pages = classes().that().areAnnotatedWith(fr.portailcep.shared.web.PageHtml.class);
        pages.should().resideInAPackage("..web..").because("une page HTML d’abord vit dans le paquet web de sa fonctionnalité")
                .check(CODE_PRINCIPAL);
        noClasses().that().areAnnotatedWith(fr.portailcep.shared.web.PageHtml.class)
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.dao..", "jakarta.persistence..",
                        "org.hibernate..")
                .orShould().dependOnClassesThat().resideInAnyPackage("com.vaadin.flow.component..",
                        "com.vaadin.flow.router..", "com.vaadin.flow.server..")
                .orShould().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.<JavaClass>owner(
                        CanBeAnnotated.Predicates.annotatedWith(Systeme.class)))
                        .or(JavaCall.Predicates.target(CanBeAnnotated.Predicates.annotatedWith(Systeme.class))))
                .because("une page passe par un service qui vérifie les droits, sans Vaadin")
                .check(CODE_PRINCIPAL);
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

    /** The types whose {@code now()} reads the system clock unless a {@link Clock} is given. */
    private static final Set<String> TYPES_DU_TEMPS = Set.of("java.time.Instant", "java.time.LocalDate",
            "java.time.LocalDateTime", "java.time.LocalTime", "java.time.ZonedDateTime", "java.time.OffsetDateTime",
            "java.time.OffsetTime", "java.time.YearMonth", "java.time.Year", "java.time.MonthDay");

    /** The one place that builds the portal's clock from the system's (tests replace that bean). */
    private static final String CONFIGURATION_DE_L_HORLOGE = "fr.portailcep.shared.HorlogeConfiguration";

    /**
     * The current time comes from the injected {@link Clock} ({@code now(horloge)}, {@code horloge.instant()}), so
     * that a test can set it. {@code now()} and {@code now(ZoneId)} read the system clock, and so do
     * {@code System.currentTimeMillis()} and {@code new Date()}: in this code base they would always be a date
     * (there is no duration measured in the main code; one would use {@code System.nanoTime()}).
     */
    @Test
    void l_heure_vient_toujours_de_l_horloge_injectee() {
        var classes = CODE_PRINCIPAL;
        noClasses().should().callMethodWhere(new DescribedPredicate<JavaMethodCall>("now() sans Clock") {
                    @Override
                    public boolean test(JavaMethodCall appel) {
                        var cible = appel.getTarget();
                        return TYPES_DU_TEMPS.contains(cible.getOwner().getName()) && cible.getName().equals("now")
                                && !cible.getRawParameterTypes().stream().map(JavaClass::getName).toList()
                                        .equals(List.of(Clock.class.getName()));
                    }
                })
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callConstructor(java.util.Date.class)
                .because("l’heure vient de la Clock injectée (en test : HorlogeReglable), jamais de l’horloge du système")
                .check(classes);
        noClasses().that().doNotHaveFullyQualifiedName(CONFIGURATION_DE_L_HORLOGE)
                .should().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(Clock.class, "system", java.time.ZoneId.class)
                .because("une seule Clock, celle de HorlogeConfiguration, que les tests remplacent")
                .check(classes);
    }

    /**
     * A view shows what a service answers: a refusal comes as a feature's exception, never as a database one (a
     * {@code catch} counts, though the compiler keeps it out of the class's constant pool).
     */
    @Test
    void les_vues_ne_connaissent_pas_la_persistance() {
        var persistance = JavaClass.Predicates.resideInAnyPackage("org.springframework.dao..", "jakarta.persistence..",
                "org.hibernate..");
        classes().that().resideInAPackage("..ui..")
                .should(new ArchCondition<JavaClass>("ne dépendre ni de org.springframework.dao, ni de JPA, ni de "
                        + "Hibernate, pas même par un catch") {
                    @Override
                    public void check(JavaClass classe, ConditionEvents evenements) {
                        classe.getDirectDependenciesFromSelf().stream()
                                .filter(d -> persistance.test(d.getTargetClass()))
                                .forEach(d -> evenements.add(SimpleConditionEvent.violated(d, d.getDescription())));
                        // Lambdas' catches are reported on more than one code unit: one line per place is enough.
                        classe.getCodeUnits().stream().flatMap(methode -> methode.getTryCatchBlocks().stream())
                                .flatMap(bloc -> bloc.getCaughtThrowables().stream().filter(persistance)
                                        .map(attrape -> classe.getName() + " attrape " + attrape.getName() + " in ("
                                                + classe.getSimpleName() + ".java:"
                                                + bloc.getSourceCodeLocation().getLineNumber() + ")"))
                                .distinct()
                                .forEach(message -> evenements.add(SimpleConditionEvent.violated(classe, message)));
                    }
                })
                .because("une vue n’attrape pas d’exception de la base : le service ou l’agrégat dit ce qui est refusé")
                .check(CODE_PRINCIPAL);
    }

    /**
     * A test waits for a fact (Awaitility on a condition, a row of the outbox, a job's run), or moves the adjustable
     * clock; never for a length of time, which is too short on a loaded machine and wasted on a quick one.
     */
    @Test
    void les_tests_attendent_des_faits_pas_du_temps() {
        var classes = classesDeTest();
        noClasses().should().callMethodWhere(new DescribedPredicate<JavaMethodCall>("une attente d’une durée") {
                    @Override
                    public boolean test(JavaMethodCall appel) {
                        var cible = appel.getTarget();
                        var proprietaire = cible.getOwner();
                        return (cible.getName().equals("sleep") && (proprietaire.isEquivalentTo(Thread.class)
                                || proprietaire.isEquivalentTo(java.util.concurrent.TimeUnit.class)))
                                || (cible.getName().equals("waitForTimeout")
                                        && proprietaire.getPackageName().startsWith("com.microsoft.playwright"));
                    }
                })
                .because("un test attend un fait (Awaitility, la boîte d’envoi, l’horloge réglable), pas une durée")
                .check(classes);
    }

    // --------------------------------------------------------------- le médiateur sur tout ce qui part (CCTP §3.7)

    /**
     * Every courriel goes through {@code Courrier.deposer}, whose one layout puts the médiateur de France compétences
     * at its foot (GabaritsCourrielsTest, MediateurDansLesCourrielsIT): nothing else builds or sends a mail (the
     * demo's mailbox only reads what was sent).
     */
    @Test
    void seul_le_courrier_commun_ecrit_un_courriel() {
        noClasses().that().resideOutsideOfPackages("fr.portailcep.shared.courriel..", "fr.portailcep.demo..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.mail..", "jakarta.mail..")
                .because("un courriel passe par Courrier.deposer et la mise en page commune, qui porte le médiateur")
                .check(CODE_PRINCIPAL);
    }

    /**
     * A PDF for a person comes from a template through {@code shared.RenduPdf} (MediateurSurChaquePdfTest finds every
     * template and checks the médiateur on each page); only the paper copy ({@code CopiePapierPdf}) writes on the
     * pages of such a PDF, and the seal ({@code ScellementPades}) adds no page content.
     */
    @Test
    void seul_le_rendu_commun_fabrique_un_pdf() {
        noClasses().that().doNotHaveFullyQualifiedName("fr.portailcep.shared.RenduPdf")
                .should().dependOnClassesThat().resideInAPackage("com.openhtmltopdf..")
                .because("un PDF remis à une personne vient d’un gabarit rendu par RenduPdf, avec le médiateur au pied")
                .check(CODE_PRINCIPAL);
        noClasses().that().doNotHaveFullyQualifiedName("fr.portailcep.signature.CopiePapierPdf")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.apache.pdfbox.pdmodel.PDPageContentStream")
                .because("un PDF remis à une personne vient d’un gabarit rendu par RenduPdf, avec le médiateur au pied")
                .check(CODE_PRINCIPAL);
    }

    private static JavaClasses classesDeTest() {
        return new ClassFileImporter().withImportOption(TESTS).importPackages("fr.portailcep");
    }
}
