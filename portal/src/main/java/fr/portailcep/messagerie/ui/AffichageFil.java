package fr.portailcep.messagerie.ui;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import fr.portailcep.messagerie.FilDetaille;
import fr.portailcep.messagerie.InfoPieceJointe;
import fr.portailcep.messagerie.MessagerieService;
import fr.portailcep.parcours.ElementIntrouvable;
import fr.portailcep.shared.Formats;

/**
 * The messages of a thread, oldest first, mine on one side; attachments are downloaded through a handler that asks
 * the service, which checks the right to them at each request: no public URL, nothing guessable.
 */
class AffichageFil extends OrderedList {

    AffichageFil(FilDetaille detail, boolean vuParLaPersonne, MessagerieService messagerie, ZoneId zone) {
        addClassName("pc-fil");
        setId("fil");
        for (var message : detail.fil().messages()) {
            var deMoi = message.deBeneficiaire() == vuParLaPersonne;
            var auteur = new Span(deMoi && vuParLaPersonne ? getTranslation("messagerie.fil.vous")
                    : message.deBeneficiaire() ? detail.personne() : detail.auteurs().getOrDefault(message.auteurId(), ""));
            auteur.addClassName("pc-message-auteur");
            var quand = new Span(Formats.francais().dateSansAnneeHeure(message.envoyeLe(), zone));
            quand.addClassName("pc-message-quand");
            var entete = new Div(auteur, quand);
            entete.addClassName("pc-message-entete");
            var bulle = new Div(entete);
            bulle.addClassName("pc-message-bulle");
            if (!message.texte().isBlank()) {
                var texte = new Paragraph(message.texte());
                texte.addClassName("pc-message-texte");
                bulle.add(texte);
            }
            for (var piece : detail.piecesDe(message.id())) {
                bulle.add(lien(piece, messagerie));
            }
            if (deMoi) {
                var statut = new Span(getTranslation(message.lu() ? "messagerie.fil.lu" : "messagerie.fil.envoye"));
                statut.addClassName("pc-message-statut");
                bulle.add(statut);
            }
            var item = new ListItem(bulle);
            item.addClassNames("pc-message", deMoi ? "pc-message-moi" : "pc-message-autre");
            add(item);
        }
    }

    private Anchor lien(InfoPieceJointe piece, MessagerieService messagerie) {
        UUID id = piece.id();
        var telechargement = DownloadHandler.fromInputStream(evenement -> {
            try {
                var contenu = messagerie.piece(id);
                return new DownloadResponse(new ByteArrayInputStream(contenu.contenu()), contenu.nom(),
                        contenu.typeMime(), contenu.contenu().length);
            } catch (ElementIntrouvable e) {
                return DownloadResponse.error(404);
            }
        }, piece.nom());
        var lien = new Anchor(telechargement, AttachmentType.DOWNLOAD, "");
        lien.add(VaadinIcon.PAPERCLIP.create(), new Span(piece.nom() + " (" + Formats.francais().taille(piece.taille()) + ")"));
        lien.addClassName("pc-piece-jointe");
        return lien;
    }
}
