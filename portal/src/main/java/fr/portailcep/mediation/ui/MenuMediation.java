package fr.portailcep.mediation.ui;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;

import fr.portailcep.mediation.EtatSaisine;
import fr.portailcep.mediation.MediationService;
import fr.portailcep.shared.ui.Carte;
import fr.portailcep.shared.ui.CarteAccueil;
import fr.portailcep.shared.ui.EntreeMenu;
import fr.portailcep.shared.ui.Public;

/** The médiation in the navigation and on the homes: the médiateur's referrals, the correspondant's, the person's. */
@Configuration(proxyBeanMethods = false)
class MenuMediation {

    @Bean
    EntreeMenu menuSaisines(MediationService mediation) {
        return new EntreeMenu("mediation.menu.saisines", SaisinesView.ROUTE, VaadinIcon.SCALE, 10,
                Set.of(Public.MEDIATEUR), () -> mediation.saisines().stream()
                        .filter(s -> s.etat() == EtatSaisine.RECUE).count());
    }

    @Bean
    EntreeMenu menuMediationsCorrespondant() {
        return new EntreeMenu("mediation.menu.correspondant", MediationsView.ROUTE, VaadinIcon.SCALE, 75,
                Set.of(Public.MANAGER));
    }

    /** Médiateur: the referrals to rule on, those under way, and where to record one received by post. */
    @Bean
    CarteAccueil carteSaisines(MediationService mediation) {
        return CarteAccueil.de(Set.of(Public.MEDIATEUR), 10, () -> {
            var saisines = mediation.saisines();
            var contenu = new Div();
            contenu.add(new Paragraph(contenu.getTranslation("mediation.carte.mediateur.texte",
                    saisines.stream().filter(s -> s.etat() == EtatSaisine.RECUE).count(),
                    saisines.stream().filter(s -> s.etat() == EtatSaisine.RECEVABLE).count())));
            var voir = new Anchor("/" + SaisinesView.ROUTE, contenu.getTranslation("mediation.carte.mediateur.lien"));
            voir.addClassName("pc-bouton-lien");
            var nouvelle = new Anchor("/" + SaisinesView.ROUTE + "/nouvelle",
                    contenu.getTranslation("mediation.saisines.nouvelle"));
            nouvelle.addClassName("pc-lien");
            var liens = new Div(voir, nouvelle);
            liens.addClassName("pc-actions");
            contenu.add(liens);
            var carte = new Carte(contenu.getTranslation("mediation.carte.mediateur.titre"), contenu);
            carte.setId("carte-saisines");
            return carte;
        });
    }

    /** The person: their referrals to the médiateur, shown once there is one. */
    @Bean
    CarteAccueil carteMaMediation(MediationService mediation) {
        return CarteAccueil.de(Set.of(Public.BENEFICIAIRE), 40, () -> {
            var saisines = mediation.mesSaisines();
            if (saisines.isEmpty()) {
                return null;
            }
            var contenu = new Div();
            var liste = new UnorderedList();
            liste.addClassName("pc-liste-simple");
            for (var s : saisines) {
                var lien = new Anchor("/ma-mediation/" + s.id(), contenu.getTranslation("mediation.carte.personne.ligne",
                        s.numero(), contenu.getTranslation("mediation.etat." + s.etat().name())));
                lien.addClassName("pc-lien");
                liste.add(new ListItem(lien));
            }
            contenu.add(new Paragraph(contenu.getTranslation("mediation.carte.personne.texte")), liste);
            var carte = new Carte(contenu.getTranslation("mediation.carte.personne.titre"), contenu);
            carte.setId("carte-ma-mediation");
            return carte;
        });
    }
}
