package fr.portailcep.compte.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.compte.CompteService;
import fr.portailcep.shared.ui.AccueilRoutes;
import fr.portailcep.shared.ui.PortailLayout;

/** After a first sign-in by email, the offer to create a passkey, in plain words. Once; "plus tard" is fine. */
@Route(value = "bienvenue/cle-acces", layout = PortailLayout.class)
@RolesAllowed("BENEFICIAIRE")
public class BienvenueCleAccesView extends Div implements HasDynamicTitle {

    public BienvenueCleAccesView(CompteService comptes) {
        addClassName("pc-page");
        var avantages = new UnorderedList(new ListItem(getTranslation("bienvenue.avantage1")),
                new ListItem(getTranslation("bienvenue.avantage2")),
                new ListItem(getTranslation("bienvenue.avantage3")));
        avantages.addClassName("pc-liste");
        var erreur = new Paragraph();
        erreur.setId("erreur-cle");
        erreur.addClassName("pc-erreur");
        erreur.getElement().setAttribute("role", "alert");

        var creer = new Button(getTranslation("bienvenue.creer"), new Icon(VaadinIcon.KEY));
        creer.setId("creer-cle");
        creer.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        creer.setWidthFull();
        creer.setDisableOnClick(true);
        creer.addClickListener(e -> Navigateur.creerCle(this, getTranslation("cles.libelle.defaut")).then(String.class,
                resultat -> {
                    creer.setEnabled(true);
                    if ("ok".equals(resultat)) {
                        comptes.marquerCleAccesProposee();
                        UI.getCurrent().navigate(AccueilRoutes.BENEFICIAIRE, QueryParameters.of("cle", "creee"));
                    } else if ("confirmer".equals(resultat)) {
                        // Signed in too long ago: the account page asks to confirm who one is first.
                        UI.getCurrent().navigate(AccueilRoutes.COMPTE);
                    } else {
                        erreur.setText(getTranslation("cles.erreur." + resultat));
                    }
                }, probleme -> {
                    creer.setEnabled(true);
                    erreur.setText(getTranslation("cles.erreur.erreur"));
                }));
        var plusTard = new Button(getTranslation("bienvenue.plustard"), e -> {
            comptes.marquerCleAccesProposee();
            UI.getCurrent().navigate(AccueilRoutes.BENEFICIAIRE);
        });
        plusTard.setId("plus-tard");
        plusTard.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_LARGE);
        plusTard.setWidthFull();

        var carte = new Div(new Paragraph(getTranslation("bienvenue.texte")), avantages, creer, erreur, plusTard,
                new Paragraph(getTranslation("bienvenue.secours")));
        carte.addClassName("pc-carte");
        add(new H1(getTranslation("bienvenue.titre")), carte);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bienvenue.titre") + " – " + getTranslation("portail.nom");
    }
}
