package fr.portailcep.messagerie.ui;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;

import fr.portailcep.messagerie.MessagerieService;
import fr.portailcep.parcours.ElementIntrouvable;

/** A thread and the form to answer, for the person or for the team (the two routes below). */
abstract class FilView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MessagerieService messagerie;
    private final Clock horloge;
    private final boolean vuParLaPersonne;
    private UUID filId;
    private String sujet = "";

    FilView(MessagerieService messagerie, Clock horloge, boolean vuParLaPersonne) {
        this.messagerie = messagerie;
        this.horloge = horloge;
        this.vuParLaPersonne = vuParLaPersonne;
        addClassNames("pc-page", "pc-fil-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent evenement) {
        var id = identifiant(evenement);
        if (id.isEmpty()) {
            evenement.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            filId = id.get();
            afficher();
        } catch (ElementIntrouvable e) {
            evenement.rerouteToError(NotFoundException.class);
        }
    }

    private void afficher() {
        removeAll();
        var detail = messagerie.ouvrir(filId);
        sujet = detail.fil().sujet();
        var retour = new Anchor(vuParLaPersonne ? "/messages" : "/conseiller/messages", getTranslation("messagerie.fil.retour"));
        retour.addClassName("pc-lien");
        add(retour, new H1(sujet));
        if (!vuParLaPersonne) {
            var dossier = new Anchor("/conseiller/dossiers/" + detail.fil().beneficiaireId(),
                    getTranslation("messagerie.fil.dossier", detail.personne()));
            dossier.addClassName("pc-lien");
            dossier.setId("lien-dossier");
            add(dossier);
        }
        add(new AffichageFil(detail, vuParLaPersonne, messagerie, horloge.getZone()));
        var repondre = new Section(new H2(getTranslation("messagerie.fil.repondre")));
        repondre.addClassName("pc-carte");
        repondre.setId("repondre");
        repondre.add(new Redaction(false, getTranslation("messagerie.redaction.texte"),
                (s, texte, fichiers) -> messagerie.repondre(filId, texte, fichiers), () -> {
                    Notification.show(getTranslation("messagerie.envoye"), 4000, Notification.Position.BOTTOM_CENTER)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    afficher();
                }));
        add(repondre);
    }

    static Optional<UUID> identifiant(BeforeEnterEvent evenement) {
        try {
            return evenement.getRouteParameters().get("id").map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return sujet + " – " + getTranslation("messagerie.titre") + " – " + getTranslation("portail.nom");
    }
}
