package fr.portailcep.parcours.ui;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

import fr.portailcep.parcours.ParcoursService;
import fr.portailcep.shared.Formats;
import fr.portailcep.parcours.ParcoursPersonne;
import fr.portailcep.parcours.SuiviConseiller;
import fr.portailcep.shared.ui.Carte;
import fr.portailcep.shared.ui.CarteAccueil;
import fr.portailcep.shared.ui.EntreeMenu;
import fr.portailcep.shared.ui.Public;

/** The parcours in the navigation and on the homes. */
@Configuration(proxyBeanMethods = false)
class MenuParcours {

    @Bean
    EntreeMenu entreeParcours() {
        return new EntreeMenu("menu.parcours", "parcours", VaadinIcon.ROAD, 20, Set.of(Public.BENEFICIAIRE));
    }

    @Bean
    EntreeMenu entreeMesDossiers() {
        return new EntreeMenu("menu.dossiers", "conseiller/dossiers", VaadinIcon.FOLDER_OPEN, 20,
                Set.of(Public.CONSEILLER));
    }

    /** Bénéficiaire's home: where I stand and what comes next. */
    @Bean
    CarteAccueil carteOuJEnSuis(ParcoursPersonne parcours) {
        return CarteAccueil.de(Set.of(Public.BENEFICIAIRE), 10, () -> {
            var mon = parcours.monParcours();
            if (mon.dossier().isEmpty()) {
                return null;
            }
            var carte = MonParcoursView.ouJEnSuis(mon.dossier().get());
            carte.setId("carte-ou-j-en-suis");
            mon.prochainesActions().stream().findFirst().ifPresent(a -> carte.add(new Paragraph(carte.getTranslation(
                    "accueil.parcours.prochaine", a.intitule(), a.echeance().map(Formats.francais()::date)
                            .orElse(carte.getTranslation("plan.echeance.aucune.court"))))));
            var lien = new Anchor("/parcours", carte.getTranslation("accueil.parcours.lien"));
            lien.addClassNames("pc-bouton-lien", "pc-bouton-secondaire");
            carte.add(lien);
            if (mon.prochainesActions().stream().anyMatch(a -> a.enRetard())) {
                var retard = new Paragraph(carte.getTranslation("accueil.parcours.retard"));
                retard.addClassName("pc-action-retard");
                carte.add(retard);
            }
            return carte;
        });
    }

    /** Bénéficiaire's home: my référent and how to reach them. */
    @Bean
    CarteAccueil carteReferent(ParcoursPersonne parcours) {
        return CarteAccueil.de(Set.of(Public.BENEFICIAIRE), 20,
                () -> parcours.monParcours().contact().map(CarteContact::new).orElse(null));
    }

    /** Conseiller's home: the most urgent of the caseload. */
    @Bean
    CarteAccueil carteUrgences(SuiviConseiller suivi) {
        return CarteAccueil.de(Set.of(Public.CONSEILLER), 10, () -> {
            var lignes = suivi.portefeuille();
            var tous = new Anchor("/conseiller/dossiers", "");
            var urgentes = lignes.stream().filter(l -> !l.urgences().isEmpty()).limit(5).toList();
            tous.setText(tous.getTranslation("accueil.urgences.tous", lignes.size()));
            tous.addClassName("pc-lien");
            var carte = urgentes.isEmpty()
                    ? new Carte(tous.getTranslation("accueil.urgences.titre"),
                            new Paragraph(tous.getTranslation("accueil.urgences.aucune")), tous)
                    : new Carte(tous.getTranslation("accueil.urgences.titre"), new LignesPortefeuille(urgentes), tous);
            carte.setId("carte-urgences");
            return carte;
        });
    }
}
