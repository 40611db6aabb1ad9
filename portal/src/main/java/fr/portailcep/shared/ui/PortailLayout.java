package fr.portailcep.shared.ui;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The phone layout of the public pages and of the bénéficiaire's space: a short header, the page, the footer
 * with the médiateur, and a bottom navigation with large targets (a top bar on wide screens, in CSS).
 */
@AnonymousAllowed
public class PortailLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Main contenu = new Main();
    private final Nav navigation = new Nav();
    private final List<EntreeMenu> entrees;
    private final Public pour;
    private boolean premiereNavigation = true;
    private final java.util.Map<Span, EntreeMenu> compteurs = new java.util.LinkedHashMap<>();

    public PortailLayout(List<EntreeMenu> entreesMenu, AuthenticationContext authentification) {
        this.pour = Public.de(authentification);
        this.entrees = entreesMenu.stream().filter(e -> e.visiblePour(pour))
                .sorted(Comparator.comparingInt(EntreeMenu::ordre)).toList();
        addClassName("pc-portail");

        var evitement = new LienEvitement("contenu", getTranslation("layout.evitement"));

        var marque = new Anchor("/" + (pour == Public.BENEFICIAIRE ? AccueilRoutes.BENEFICIAIRE : AccueilRoutes.PUBLIC));
        marque.addClassName("pc-marque");
        var logo = new Span("CEP");
        logo.addClassName("pc-logo");
        logo.getElement().setAttribute("aria-hidden", "true");
        var nom = new Span(getTranslation("portail.nom"));
        nom.addClassName("pc-marque-nom");
        marque.add(logo, nom);

        var entete = new Header(evitement, marque);
        entete.addClassName("pc-entete");
        if (pour == Public.ANONYME) {
            var connexion = new Anchor("/" + AccueilRoutes.CONNEXION, getTranslation("layout.seconnecter"));
            connexion.addClassName("pc-entete-action");
            entete.add(connexion);
        }

        contenu.setId("contenu");
        contenu.addClassName("pc-contenu");
        contenu.getElement().setAttribute("tabindex", "-1");

        navigation.addClassName("pc-nav");
        navigation.getElement().setAttribute("aria-label", getTranslation("layout.navigation"));
        entrees.forEach(e -> navigation.add(lien(e)));

        add(entete, contenu, new PiedDePage());
        if (!entrees.isEmpty()) {
            add(navigation);
            addClassName("pc-avec-nav");
        }
    }

    private Component lien(EntreeMenu entree) {
        var lien = new Anchor("/" + entree.chemin());
        lien.addClassName("pc-nav-lien");
        var icone = new Icon(entree.icone());
        icone.getElement().setAttribute("aria-hidden", "true");
        lien.add(icone, new Span(getTranslation(entree.cleLibelle())));
        lien.getElement().setAttribute("data-chemin", entree.chemin());
        if (entree.compteur() != null) {
            var compteur = new Span();
            lien.add(compteur);
            compteurs.put(compteur, entree);
        }
        return lien;
    }

    /** Unread counts (messages…) are read again at each navigation. */
    private void rafraichirCompteurs() {
        compteurs.forEach((compteur, entree) -> {
            var valeur = entree.valeurCompteur();
            compteur.removeAll();
            compteur.setVisible(valeur > 0);
            if (valeur > 0) {
                compteur.add(EspaceProLayout.compteur(valeur, getTranslation("layout.compteur", valeur)));
            }
        });
    }

    @Override
    public void showRouterLayoutContent(HasElement contenuVue) {
        contenu.removeAll();
        contenu.getElement().appendChild(contenuVue.getElement());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent evenement) {
        rafraichirCompteurs();
        var chemin = evenement.getLocation().getPath();
        navigation.getChildren().forEach(c -> {
            var cible = c.getElement().getAttribute("data-chemin");
            var actif = chemin.equals(cible) || (!cible.isEmpty() && chemin.startsWith(cible + "/"));
            if (actif) {
                c.getElement().setAttribute("aria-current", "page");
            } else {
                c.getElement().removeAttribute("aria-current");
            }
        });
        if (!premiereNavigation) {
            // Screen readers: after a navigation inside the page, start reading at the new title.
            getElement().executeJs("const h = document.querySelector('main h1');"
                    + "if (h) { h.setAttribute('tabindex', '-1'); h.focus({preventScroll: false}); }");
        }
        premiereNavigation = false;
    }
}
