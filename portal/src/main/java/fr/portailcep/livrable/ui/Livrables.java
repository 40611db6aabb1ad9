package fr.portailcep.livrable.ui;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import fr.portailcep.livrable.EtatLivrable;
import fr.portailcep.livrable.LivrablesService;
import fr.portailcep.livrable.VueLivrable;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.Introuvable;
import fr.portailcep.shared.ui.Badge;
import fr.portailcep.signature.DocumentASigner.EtatSignataire;

/** Small pieces shared by the views of the livrables: state badge, signers, comments, PDF download. */
final class Livrables {

    private Livrables() {
    }

    /**
     * Saisie.limiter sends the text lazily (after a pause in typing, for its counter), and Flow does not send that
     * pending text before a click: a click on "Enregistrer" right after typing reached the server first, and the
     * last words were lost (seen in RedactionLivrableIT). Sent as it is typed instead; the counter still shows.
     */
    static <C extends com.vaadin.flow.component.textfield.TextFieldBase<C, String>> C envoyeALaSaisie(C champ) {
        champ.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        return champ;
    }

    static String type(Component traducteur, VueLivrable livrable) {
        return traducteur.getTranslation("livrable.type." + livrable.type().name());
    }

    static Badge etat(Component traducteur, EtatLivrable etat) {
        return new Badge(traducteur.getTranslation("livrable.etat." + etat.name()), switch (etat) {
            case BROUILLON -> null;
            case EN_SIGNATURE -> "attention";
            case SIGNE -> "succes";
            case CADUC -> "neutre";
        });
    }

    /** The short hash people compare between the screen, the PDF's signature page and the paper copy. */
    static String empreinteCourte(String empreinte) {
        return fr.portailcep.signature.CodeQr.empreinteCourte(empreinte);
    }

    /** "Version 2 – empreinte 3fa1…" once submitted, else "Version 2". */
    static String version(Component traducteur, VueLivrable livrable) {
        return livrable.empreinte()
                .map(e -> traducteur.getTranslation("livrable.version.empreinte", livrable.version(), empreinteCourte(e)))
                .orElse(traducteur.getTranslation("livrable.version", livrable.version()));
    }

    /** Each expected signer of the current version and where they stand. */
    static UnorderedList signataires(Component traducteur, VueLivrable livrable, ZoneId zone) {
        var liste = new UnorderedList();
        liste.addClassName("pc-liste-simple");
        liste.setId("signataires-" + livrable.id());
        for (var s : livrable.signataires()) {
            var qui = s.nom() + " (" + traducteur.getTranslation("livrable.signataire." + s.role().name()) + ")";
            String texte;
            if (s.etat() == EtatSignataire.SIGNE) {
                texte = traducteur.getTranslation("livrable.signataire.signe", qui,
                        s.le().map(l -> Formats.francais().dateHeure(l, zone)).orElse(""))
                        + s.methode().map(m -> " " + traducteur.getTranslation("livrable.methode." + m.name()))
                                .orElse("");
            } else {
                texte = traducteur.getTranslation("livrable.signataire.etat." + s.etat().name(), qui);
            }
            var item = new ListItem(texte);
            s.motifRefus().ifPresent(m -> item.add(new Paragraph(traducteur.getTranslation("livrable.signataire.motif", m))));
            liste.add(item);
        }
        return liste;
    }

    /** The comment thread, oldest first, each with its author, day and version. */
    static Div commentaires(Component traducteur, VueLivrable livrable, ZoneId zone) {
        var zoneCommentaires = new Div();
        zoneCommentaires.addClassName("pc-livrable-commentaires");
        if (livrable.commentaires().isEmpty()) {
            zoneCommentaires.add(new Paragraph(traducteur.getTranslation("livrable.commentaires.aucun")));
            return zoneCommentaires;
        }
        var liste = new UnorderedList();
        liste.addClassName("pc-liste-commentaires");
        livrable.commentaires().stream()
                .sorted(java.util.Comparator.comparing(VueLivrable.Commentaire::le))
                .forEach(c -> {
                    var entete = new Span(traducteur.getTranslation("livrable.commentaire.entete", c.auteur(),
                            Formats.francais().dateHeure(c.le(), zone), c.version()));
                    entete.addClassName("pc-objet-details");
                    var texte = new Paragraph(c.texte());
                    texte.addClassName("pc-commentaire-texte");
                    var item = new ListItem(entete, texte);
                    item.addClassName(c.beneficiaire() ? "pc-commentaire-personne" : "pc-commentaire-equipe");
                    liste.add(item);
                });
        zoneCommentaires.add(liste);
        return zoneCommentaires;
    }

    /** A link that downloads the livrable's PDF (the sealed one once signed), asked of the service on click. */
    static Anchor pdf(Component traducteur, LivrablesService livrables, VueLivrable livrable) {
        UUID id = livrable.id();
        var nom = traducteur.getTranslation("livrable.type." + livrable.type().name()) + " – v" + livrable.version()
                + ".pdf";
        var telechargement = DownloadHandler.fromInputStream(evenement -> {
            try {
                var octets = livrables.pdf(id);
                return new DownloadResponse(new ByteArrayInputStream(octets), nom, "application/pdf", octets.length);
            } catch (Introuvable e) {
                // Not visible (or no longer): the same answer as a document that does not exist.
                return DownloadResponse.error(404);
            }
        }, nom);
        var lien = new Anchor(telechargement, AttachmentType.DOWNLOAD, "");
        lien.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(traducteur.getTranslation(
                livrable.etat() == EtatLivrable.SIGNE ? "livrable.pdf.signe" : "livrable.pdf")));
        lien.addClassNames("pc-bouton-lien", "pc-bouton-secondaire", "pc-livrable-pdf");
        return lien;
    }
}
