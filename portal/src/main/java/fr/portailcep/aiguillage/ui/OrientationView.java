package fr.portailcep.aiguillage.ui;

import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import fr.portailcep.aiguillage.Aiguillage;
import fr.portailcep.aiguillage.AiguillageService;
import fr.portailcep.aiguillage.Orientation;
import fr.portailcep.parcours.NumeroDossier;
import fr.portailcep.rendezvous.ContexteDemande;
import fr.portailcep.shared.ui.PortailLayout;

/**
 * Another operator fits the person better: who, why, how to reach them. The person may still book here (the
 * choice of operator is theirs, CCTP §1.2.4). Their aiguillage is recorded either way.
 */
@Route(value = "rendez-vous/orientation", layout = PortailLayout.class)
@AnonymousAllowed
public class OrientationView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final AiguillageService aiguillages;

    public OrientationView(AiguillageService aiguillages) {
        this.aiguillages = aiguillages;
        addClassName("pc-page");
    }

    @Override
    public void setParameter(BeforeEvent evenement, String parametre) {
        removeAll();
        Aiguillage aiguillage;
        try {
            aiguillage = aiguillages.parId(UUID.fromString(parametre)).orElse(null);
        } catch (IllegalArgumentException e) {
            aiguillage = null;
        }
        if (aiguillage == null || aiguillage.orientationProposee().estInterne()) {
            var recommencer = new Anchor("/" + AiguillageView.CHEMIN, getTranslation("orientation.recommencer"));
            recommencer.addClassNames("pc-bouton-lien", "pc-bouton-principal");
            add(new H1(getTranslation("orientation.titre")), new Paragraph(getTranslation("orientation.inconnue")),
                    recommencer);
            return;
        }
        var intro = new Paragraph(getTranslation("orientation.intro"));
        intro.addClassName("pc-intro");
        var principale = carte(aiguillage.orientationProposee(), true);
        principale.setId("orientation-principale");
        add(new H1(getTranslation("orientation.titre")), intro, principale);
        if (!aiguillage.autresOrientations().isEmpty()) {
            var liste = new UnorderedList();
            liste.addClassName("pc-orientation-autres");
            aiguillage.autresOrientations().forEach(o -> liste.add(new ListItem(carte(o, false))));
            var autres = new Div(new H2(getTranslation("orientation.aussi")), liste);
            autres.addClassName("pc-carte");
            add(autres);
        }
        var numero = new Paragraph(getTranslation("orientation.numero",
                NumeroDossier.lire(aiguillage.numeroDossier()).affiche()));
        numero.addClassName("pc-discret");
        numero.setId("numero-aiguillage");

        var id = aiguillage.id();
        var poursuivre = new Button(getTranslation("orientation.poursuivre"));
        poursuivre.setId("poursuivre-ici");
        poursuivre.addThemeVariants(ButtonVariant.LUMO_LARGE);
        poursuivre.setWidthFull();
        poursuivre.setDisableOnClick(true);
        poursuivre.addClickListener(e -> {
            var suite = aiguillages.poursuivre(id);
            // The free slots are an HTML-first page (DD020): the request in the HTTP session, a full load.
            VaadinSession.getCurrent().getSession().setAttribute(ContexteDemande.class.getName(),
                    aiguillages.contexte(suite));
            UI.getCurrent().getPage().setLocation("/" + AiguillageView.CRENEAUX);
        });
        var aide = new Paragraph(getTranslation("orientation.poursuivre.aide"));
        aide.addClassName("pc-discret");
        add(numero, poursuivre, aide);
    }

    private Component carte(Orientation orientation, boolean principale) {
        var cle = "orientation." + orientation.name();
        var bloc = new Div();
        if (principale) {
            bloc.addClassName("pc-carte");
            bloc.add(new H2(getTranslation(cle + ".nom")));
        } else {
            bloc.add(new H3(getTranslation(cle + ".nom")));
        }
        bloc.add(new Paragraph(getTranslation(cle + ".pourquoi")));
        var contact = new Paragraph(getTranslation(cle + ".contact"));
        contact.addClassName("pc-orientation-contact");
        bloc.add(contact);
        var lien = getTranslation(cle + ".lien");
        if (!lien.isBlank()) {
            var site = new Anchor(lien, getTranslation("orientation.site", getTranslation(cle + ".nom")));
            site.addClassName("pc-lien");
            site.getElement().setAttribute("rel", "noopener");
            bloc.add(new Paragraph(site));
        }
        return bloc;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("orientation.titre") + " – " + getTranslation("portail.nom");
    }
}
