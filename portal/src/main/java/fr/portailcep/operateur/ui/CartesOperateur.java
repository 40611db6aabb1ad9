package fr.portailcep.operateur.ui;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import fr.portailcep.compte.Compte;
import fr.portailcep.compte.CompteService;
import fr.portailcep.operateur.EquipeService;
import fr.portailcep.operateur.OperateurService;
import fr.portailcep.operateur.Site;
import fr.portailcep.shared.ui.Carte;
import fr.portailcep.shared.ui.CarteAccueil;
import fr.portailcep.shared.ui.Public;

/** The operator, its sites and its team, on the staff homes. */
@Configuration(proxyBeanMethods = false)
class CartesOperateur {

    /** Manager: the operator, each site and who works there. */
    @Bean
    CarteAccueil carteEquipe(OperateurService operateurs, CompteService comptes) {
        return CarteAccueil.de(Set.of(Public.MANAGER), 90, () -> {
            var contenu = new Div();
            operateurs.operateur().ifPresent(o -> contenu.add(new Paragraph(contenu.getTranslation(
                    "operateur.identite", o.nom(), o.code(), o.lot(), o.region()))));
            for (var site : operateurs.sites()) {
                var equipe = new UnorderedList();
                equipe.addClassName("pc-liste-simple");
                operateurs.equipeDe(site.id()).stream().map(comptes::parId).flatMap(java.util.Optional::stream)
                        .map(c -> new ListItem(c.nomAffiche() + " – " + contenu.getTranslation("role." + c.role().name())))
                        .forEach(equipe::add);
                contenu.add(descriptionSite(site, contenu), equipe);
            }
            var gerer = new com.vaadin.flow.component.html.Anchor("/" + EquipeView.ROUTE,
                    contenu.getTranslation("operateur.equipe.gerer"));
            gerer.addClassName("pc-lien");
            gerer.setId("gerer-equipe");
            var gererSites = new com.vaadin.flow.component.html.Anchor("/" + SitesView.ROUTE,
                    contenu.getTranslation("operateur.sites.gerer"));
            gererSites.addClassName("pc-lien");
            gererSites.setId("gerer-sites");
            var liens = new Div(gerer, gererSites);
            liens.addClassName("pc-actions");
            contenu.add(liens);
            return new Carte(contenu.getTranslation("operateur.equipe.titre"), contenu);
        });
    }

    @Bean
    fr.portailcep.shared.ui.EntreeMenu menuEquipe() {
        return new fr.portailcep.shared.ui.EntreeMenu("equipe.menu", EquipeView.ROUTE,
                com.vaadin.flow.component.icon.VaadinIcon.USERS, 80, Set.of(Public.MANAGER));
    }

    @Bean
    fr.portailcep.shared.ui.EntreeMenu menuSites() {
        return new fr.portailcep.shared.ui.EntreeMenu("sites.menu", SitesView.ROUTE,
                com.vaadin.flow.component.icon.VaadinIcon.BUILDING, 85, Set.of(Public.MANAGER));
    }

    /** Conseiller: the sites they work at. */
    @Bean
    CarteAccueil carteMesSites(OperateurService operateurs, CompteService comptes) {
        return CarteAccueil.de(Set.of(Public.CONSEILLER), 90, () -> {
            var moi = comptes.compteConnecte();
            if (moi.isEmpty()) {
                return null;
            }
            var contenu = new Div();
            operateurs.sitesDe(moi.get().id()).forEach(site -> contenu.add(descriptionSite(site, contenu)));
            return new Carte(contenu.getTranslation("operateur.messites.titre"), contenu);
        });
    }

    /** Médiateur: whom to address at this operator (its correspondants médiation, CCTP §3.7). */
    @Bean
    CarteAccueil carteCorrespondants(OperateurService operateurs, EquipeService equipe) {
        return CarteAccueil.de(Set.of(Public.MEDIATEUR), 90, () -> {
            var contenu = new Div();
            operateurs.operateur().ifPresent(o -> contenu.add(new Paragraph(contenu.getTranslation(
                    "operateur.identite", o.nom(), o.code(), o.lot(), o.region()))));
            var liste = new UnorderedList();
            liste.addClassName("pc-liste-simple");
            for (Compte manager : equipe.correspondantsMediation()) {
                liste.add(new ListItem(manager.nomAffiche() + " – " + manager.email()));
            }
            contenu.add(new Paragraph(contenu.getTranslation("operateur.correspondants.texte")), liste);
            return new Carte(contenu.getTranslation("operateur.correspondants.titre"), contenu);
        });
    }

    private static Div descriptionSite(Site site, Component traducteur) {
        var nom = new H3(site.nom());
        var adresse = new Paragraph(site.adresseComplete());
        var details = new Div(nom, adresse);
        if (site.telephone() != null) {
            details.add(new Paragraph(traducteur.getTranslation("operateur.telephone", site.telephone())));
        }
        if (site.acces() != null) {
            var acces = new Span(site.acces());
            details.add(new Paragraph(acces));
        }
        if (site.accessibilite() != null) {
            details.add(new Paragraph(site.accessibilite()));
        }
        details.addClassName("pc-site");
        return details;
    }
}
