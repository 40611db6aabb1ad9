package fr.portailcep.shared.ui;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/** The desktop layout of staff (conseiller, manager, médiateur): a side navigation and the page. */
@PermitAll
public class EspaceProLayout extends AppLayout {

    public EspaceProLayout(List<EntreeMenu> entreesMenu, AuthenticationContext authentification,
            PersonneConnectee personne) {
        var pour = Public.de(authentification);
        addClassName("pc-pro");
        setPrimarySection(Section.DRAWER);

        var evitement = new LienEvitement("contenu-pro", getTranslation("layout.evitement"));

        var bascule = new DrawerToggle();
        bascule.setAriaLabel(getTranslation("layout.menu"));

        var role = new Span(getTranslation("role." + pour.name()));
        role.addClassName("pc-pro-role");
        var nom = new Span(personne.nomAffiche().or(authentification::getPrincipalName).orElse(""));
        nom.addClassName("pc-pro-nom");
        var compte = new Anchor("/" + AccueilRoutes.COMPTE_PRO);
        compte.add(new Icon(VaadinIcon.USER), new Span(getTranslation("layout.moncompte")));
        compte.addClassName("pc-pro-compte");
        var deconnexion = new Button(getTranslation("layout.deconnexion"), new Icon(VaadinIcon.SIGN_OUT),
                e -> authentification.logout());
        deconnexion.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        deconnexion.setId("deconnexion");
        var barre = new Div(role, nom, compte, deconnexion);
        barre.addClassName("pc-pro-barre");
        addToNavbar(evitement, bascule, barre);

        var marque = new Div(new Span("CEP"), new Span(getTranslation("portail.nom")));
        marque.addClassName("pc-pro-marque");
        var navigation = new SideNav();
        navigation.setLabel(getTranslation("layout.navigation"));
        entreesMenu.stream().filter(e -> e.visiblePour(pour)).sorted(Comparator.comparingInt(EntreeMenu::ordre))
                .forEach(e -> {
                    var item = new SideNavItem(getTranslation(e.cleLibelle()), "/" + e.chemin(), new Icon(e.icone()));
                    var valeur = e.valeurCompteur();
                    if (valeur > 0) {
                        item.setSuffixComponent(compteur(valeur, getTranslation("layout.compteur", valeur)));
                    }
                    navigation.addItem(item);
                });
        addToDrawer(marque, navigation);
    }

    /** A count beside a menu label: the figure for the eyes, a sentence for screen readers. */
    static Span compteur(long valeur, String pourLecteur) {
        var chiffre = new Span(String.valueOf(valeur));
        chiffre.getElement().setAttribute("aria-hidden", "true");
        var texte = new Span(" (" + pourLecteur + ")");
        texte.addClassName("pc-lecteur-seul");
        var compteur = new Span(chiffre, texte);
        compteur.addClassName("pc-nav-compteur");
        return compteur;
    }

    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement contenu) {
        super.showRouterLayoutContent(contenu);
        getContent().getElement().setAttribute("id", "contenu-pro");
        getContent().getElement().setAttribute("tabindex", "-1");
    }
}
