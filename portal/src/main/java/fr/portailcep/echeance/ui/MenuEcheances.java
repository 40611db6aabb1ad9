package fr.portailcep.echeance.ui;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;

import fr.portailcep.echeance.EcheancesService;
import fr.portailcep.echeance.Palier;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.Carte;
import fr.portailcep.shared.ui.CarteAccueil;
import fr.portailcep.shared.ui.EntreeMenu;
import fr.portailcep.shared.ui.Public;

/** The deadlines entries of the staff navigation, and the manager's card of overdue and near requests. */
@Configuration(proxyBeanMethods = false)
class MenuEcheances {

    @Bean
    EntreeMenu menuDemandes() {
        return new EntreeMenu("menu.demandes", DemandesView.CHEMIN, VaadinIcon.HOURGLASS, 20,
                Set.of(Public.MANAGER, Public.CONSEILLER));
    }

    @Bean
    EntreeMenu menuIndicateur() {
        return new EntreeMenu("menu.indicateur", IndicateurView.CHEMIN, VaadinIcon.CHART, 50, Set.of(Public.MANAGER));
    }

    @Bean
    CarteAccueil carteDemandesUrgentes(EcheancesService echeances) {
        return CarteAccueil.de(Set.of(Public.MANAGER), 10, () -> {
            var contenu = new Div();
            contenu.setId("carte-demandes");
            var suivi = echeances.suivi();
            var urgentes = suivi.stream()
                    .filter(s -> s.enRetard() || s.palier().filter(p -> p == Palier.J3).isPresent()).toList();
            var proches = suivi.stream().filter(s -> s.palier().filter(p -> p == Palier.J10).isPresent())
                    .count();
            if (urgentes.isEmpty()) {
                contenu.add(new Paragraph(contenu.getTranslation("carte.demandes.aucune")));
            } else {
                var liste = new UnorderedList();
                liste.addClassName("pc-liste");
                urgentes.forEach(s -> liste.add(new ListItem(contenu.getTranslation(
                        s.enRetard() ? "carte.demandes.retard" : "carte.demandes.j3",
                        s.personne(),
                        Formats.francais().dateAbregee(s.demande().dateLimite())))));
                var alerte = new Div(liste);
                alerte.addClassName("pc-alerte");
                contenu.add(alerte);
            }
            if (proches > 0) {
                contenu.add(new Paragraph(contenu.getTranslation("carte.demandes.j10", proches)));
            }
            var lien = new Anchor("/" + DemandesView.CHEMIN, contenu.getTranslation("carte.demandes.lien"));
            lien.addClassName("pc-lien");
            contenu.add(lien);
            return new Carte(contenu.getTranslation("carte.demandes.titre"), contenu);
        });
    }
}
