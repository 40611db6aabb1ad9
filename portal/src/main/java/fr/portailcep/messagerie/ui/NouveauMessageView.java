package fr.portailcep.messagerie.ui;

import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.messagerie.MessagerieService;
import fr.portailcep.parcours.ElementIntrouvable;
import fr.portailcep.parcours.DossiersEquipe;
import fr.portailcep.shared.ui.EspaceProLayout;

/** The conseiller writes first to a person (a new thread). */
@Route(value = "conseiller/messages/nouveau/:id", layout = EspaceProLayout.class)
@RolesAllowed("CONSEILLER")
public class NouveauMessageView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MessagerieService messagerie;
    private final DossiersEquipe parcours;

    public NouveauMessageView(MessagerieService messagerie, DossiersEquipe parcours) {
        this.messagerie = messagerie;
        this.parcours = parcours;
        addClassName("pc-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent evenement) {
        var id = FilView.identifiant(evenement);
        if (id.isEmpty()) {
            evenement.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            afficher(id.get());
        } catch (ElementIntrouvable e) {
            evenement.rerouteToError(NotFoundException.class);
        }
    }

    private void afficher(UUID beneficiaireId) {
        var personne = parcours.fiche(beneficiaireId);
        var retour = new Anchor("/conseiller/dossiers/" + beneficiaireId, getTranslation("messagerie.nouveau.retour"));
        retour.addClassName("pc-lien");
        var section = new Section(new Redaction(true, getTranslation("messagerie.redaction.texte"),
                (sujet, texte, fichiers) -> {
                    var fil = messagerie.ecrireA(beneficiaireId, sujet, texte, fichiers);
                    getUI().ifPresent(ui -> ui.navigate("conseiller/messages/" + fil.id()));
                }, () -> { }));
        section.addClassName("pc-carte");
        add(retour, new H1(getTranslation("messagerie.nouveau.titre", personne.nomAffiche())), section);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("messagerie.titre") + " – " + getTranslation("portail.nom");
    }
}
