package fr.portailcep.messagerie.ui;

import java.time.Clock;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.messagerie.MessagerieService;
import fr.portailcep.parcours.ParcoursService;
import fr.portailcep.shared.Formats;
import fr.portailcep.parcours.ParcoursPersonne;
import fr.portailcep.shared.ui.PortailLayout;

/** "Mes messages": my threads with my référent (or the team), and a form to write at any time. */
@Route(value = "messages", layout = PortailLayout.class)
@RolesAllowed("BENEFICIAIRE")
public class MesMessagesView extends Div implements HasDynamicTitle {

    public MesMessagesView(MessagerieService messagerie, ParcoursPersonne parcours, Clock horloge) {
        addClassNames("pc-page", "pc-messages");
        add(new H1(getTranslation("messagerie.titre")));
        var contact = parcours.monParcours().contact();

        var fils = messagerie.mesFils();
        var liste = new Section(new H2(getTranslation("messagerie.fils.titre")));
        liste.addClassName("pc-carte");
        liste.setId("mes-fils");
        if (fils.isEmpty()) {
            liste.add(new Paragraph(getTranslation("messagerie.fils.aucun")));
        } else {
            var ul = new UnorderedList();
            ul.addClassName("pc-liste-objets");
            for (var resume : fils) {
                var sujet = new Anchor("/messages/" + resume.id(), resume.fil().sujet());
                sujet.addClassName("pc-objet-titre");
                var quand = new Span(getTranslation("messagerie.fils.dernier",
                        Formats.francais().relatif(resume.fil().dernierMessageLe(), horloge)));
                quand.addClassName("pc-objet-details");
                var item = new ListItem(new Div(sujet, quand));
                if (resume.nonLus() > 0) {
                    var badge = new Span(getTranslation("messagerie.fils.nonlus", resume.nonLus()));
                    badge.addClassNames("pc-badge", "pc-badge-attention");
                    item.add(badge);
                }
                item.addClassName("pc-objet");
                ul.add(item);
            }
            liste.add(ul);
        }

        var ecrire = new Section(new H2(contact.map(c -> getTranslation("messagerie.ecrire.a", c.nomAffiche()))
                .orElse(getTranslation("messagerie.ecrire.equipe"))),
                new Paragraph(getTranslation("messagerie.ecrire.texte")));
        ecrire.addClassName("pc-carte");
        ecrire.setId("nouveau-message");
        ecrire.add(new Redaction(true, getTranslation("messagerie.redaction.texte"),
                (sujet, texte, fichiers) -> {
                    var fil = messagerie.nouveauFil(sujet, texte, fichiers);
                    Notification.show(getTranslation("messagerie.envoye"), 4000, Notification.Position.BOTTOM_CENTER)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    getUI().ifPresent(ui -> ui.navigate("messages/" + fil.id()));
                }, () -> { }));
        if (fils.isEmpty()) {
            add(ecrire, liste);
        } else {
            add(liste, ecrire);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("messagerie.titre") + " – " + getTranslation("portail.nom");
    }
}
