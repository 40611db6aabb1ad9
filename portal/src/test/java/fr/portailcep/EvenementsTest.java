package fr.portailcep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.event.TransactionalEventListener;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Every event the code publishes has a listener, or it goes (DD011): an event nobody hears is a promise the code
 * does not keep. The events are the records of the portal built where an aggregate registers an event
 * ({@code AbstractAggregateRoot.registerEvent}) or a service publishes one ({@code ApplicationEventPublisher});
 * the listeners are the methods annotated {@code @EventListener}, {@code @TransactionalEventListener} or
 * {@code @ApplicationModuleListener}, whose parameter may be an interface the event implements.
 */
class EvenementsTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("fr.portailcep");

    @Test
    void chaque_evenement_publie_a_au_moins_un_ecouteur() {
        var ecoutes = ecoutes();
        var sansEcouteur = new TreeSet<String>();
        for (var evenement : publies()) {
            if (ecoutes.stream().noneMatch(ecoute -> evenement.isAssignableTo(ecoute.getName()))) {
                sansEcouteur.add(evenement.getName());
            }
        }
        assertThat(sansEcouteur).as("événements publiés que personne n’écoute").isEmpty();
    }

    @Test
    void les_evenements_du_domaine_sont_trouves() {
        // The detection itself, so that the first test cannot pass by finding nothing.
        assertThat(publies()).extracting(JavaClass::getSimpleName).contains("RendezVousReserve", "RendezVousNote",
                "RendezVousAnnule", "DemandeEnregistree", "CompteCree");
    }

    /** The records of the portal built in a method (or constructor) that registers or publishes an event. */
    private static Set<JavaClass> publies() {
        var publies = new java.util.HashSet<JavaClass>();
        for (var classe : CLASSES) {
            for (var code : classe.getCodeUnits()) {
                var publie = code.getMethodCallsFromSelf().stream().anyMatch(appel -> {
                    var cible = appel.getTarget();
                    return (cible.getName().equals("registerEvent")
                            && cible.getOwner().isAssignableTo(AbstractAggregateRoot.class))
                            || (cible.getName().equals("publishEvent")
                                    && cible.getOwner().isAssignableTo(ApplicationEventPublisher.class));
                });
                if (publie) {
                    code.getConstructorCallsFromSelf().stream().map(appel -> appel.getTargetOwner())
                            .filter(JavaClass::isRecord)
                            .filter(c -> c.getPackageName().startsWith("fr.portailcep"))
                            .forEach(publies::add);
                }
            }
        }
        return publies;
    }

    /** The parameter types of the event listeners. */
    private static List<JavaClass> ecoutes() {
        return CLASSES.stream().flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(EventListener.class)
                        || m.isAnnotatedWith(TransactionalEventListener.class)
                        || m.isAnnotatedWith(ApplicationModuleListener.class))
                .map(JavaMethod::getRawParameterTypes).filter(p -> p.size() == 1).map(p -> p.getFirst()).toList();
    }
}
