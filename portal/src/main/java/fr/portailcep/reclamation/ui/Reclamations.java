package fr.portailcep.reclamation.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.component.html.AttachmentType;

import fr.portailcep.reclamation.EtatReclamation;
import fr.portailcep.reclamation.ReclamationsService;
import fr.portailcep.reclamation.VueReclamation;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.Introuvable;
import fr.portailcep.shared.ui.Badge;

/** What the person's and the correspondant's screens show alike: the state, the dates, the documents. */
final class Reclamations {

    private Reclamations() {
    }

    /** "Réclamation n° R-2026-000001", the number kept on one line (it is the portal's, never typed). */
    static Component titre(Component t, String numero, String suite) {
        var numeroInsecable = new Span(numero);
        numeroInsecable.addClassName("pc-insecable");
        var h1 = new com.vaadin.flow.component.html.H1(t.getTranslation("reclamation.titre") + " ");
        h1.add(numeroInsecable);
        if (suite != null) {
            h1.add(new Span(" – " + suite));
        }
        return h1;
    }

    static Badge etat(Component traducteur, EtatReclamation etat, boolean enRetard) {
        if (enRetard) {
            return new Badge(traducteur.getTranslation("reclamation.etat.retard"), "retard");
        }
        return new Badge(traducteur.getTranslation("reclamation.etat." + etat.name()), switch (etat) {
            case RECUE, ACCUSEE -> "attention";
            case REPONDUE, SATISFAITE -> "succes";
            case INSATISFAITE, PORTEE_AU_MEDIATEUR -> "neutre";
        });
    }

    /**
     * The clocks as the person reads them: received on, acknowledgement sent on (or due before), answer at the
     * latest on, and the days left while no answer came.
     */
    static Div dates(Component t, VueReclamation r, Clock horloge, boolean pourLaPersonne) {
        var f = Formats.francais();
        var zone = horloge.getZone();
        var liste = new Div();
        liste.addClassName("pc-reclamation-dates");
        liste.setId("dates-reclamation");
        liste.add(ligne(t.getTranslation("reclamation.dates.recue", f.dateLongue(r.recueLe())), "recue-le"));
        if (r.accuseLe() != null) {
            liste.add(ligne(t.getTranslation("reclamation.dates.accuse", f.dateLongueHeure(r.accuseLe(), zone)),
                    "accuse-le"));
        } else {
            var enRetard = r.accuseAvant().isBefore(LocalDate.now(horloge));
            var accuse = ligne(t.getTranslation(pourLaPersonne ? "reclamation.dates.accuse.attendu"
                    : enRetard ? "reclamation.dates.accuse.en.retard" : "reclamation.dates.accuse.a.envoyer",
                    f.dateLongue(r.accuseAvant())), "accuse-avant");
            if (!pourLaPersonne) {
                accuse.addClassName("pc-reclamation-echeance");
            }
            liste.add(accuse);
        }
        if (r.reponduLe() != null) {
            liste.add(ligne(t.getTranslation("reclamation.dates.repondu", f.dateLongueHeure(r.reponduLe(), zone)),
                    "repondu-le"));
        } else {
            var reponse = ligne(t.getTranslation("reclamation.dates.reponse", f.dateLongue(r.reponseAvant())),
                    "reponse-avant");
            reponse.addClassName("pc-reclamation-echeance");
            liste.add(reponse);
            liste.add(ligne(compteARebours(t, r.reponseAvant(), horloge, pourLaPersonne), "compte-a-rebours"));
        }
        return liste;
    }

    static String compteARebours(Component t, LocalDate echeance, Clock horloge, boolean pourLaPersonne) {
        var jours = ChronoUnit.DAYS.between(LocalDate.now(horloge), echeance);
        return jours >= 0 ? t.getTranslation(pourLaPersonne ? "reclamation.dates.reste" : "reclamation.dates.reste.pro",
                jours) : t.getTranslation("reclamation.dates.depasse", -jours);
    }

    private static Paragraph ligne(String texte, String id) {
        var p = new Paragraph(texte);
        p.setId(id);
        return p;
    }

    /** The attachments, each to download (the service checks who asks, and journals a correspondant's read). */
    static Optional<UnorderedList> pieces(Component t, ReclamationsService service, VueReclamation r) {
        if (r.pieces() == null || r.pieces().isEmpty()) {
            return Optional.empty();
        }
        var liste = new UnorderedList();
        liste.addClassName("pc-liste-pieces");
        liste.setId("pieces-reclamation");
        UUID id = r.id();
        for (var piece : r.pieces()) {
            UUID pieceId = piece.id();
            var telechargement = DownloadHandler.fromInputStream(e -> {
                try {
                    var octets = service.piece(id, pieceId);
                    return new DownloadResponse(new ByteArrayInputStream(octets), piece.nom(), piece.typeMime(),
                            octets.length);
                } catch (Introuvable x) {
                    return DownloadResponse.error(404);
                }
            }, piece.nom());
            var lien = new Anchor(telechargement, AttachmentType.DOWNLOAD, "");
            lien.add(VaadinIcon.PAPERCLIP.create(),
                    new Span(piece.nom() + " (" + Formats.francais().taille(piece.taille()) + ")"));
            lien.addClassName("pc-lien");
            liste.add(new ListItem(lien));
        }
        return Optional.of(liste);
    }

    /** The answer letter (PDF with the médiateur mention), once the answer is sent. */
    static Anchor lettre(Component t, ReclamationsService service, VueReclamation r) {
        UUID id = r.id();
        var nom = t.getTranslation("reclamation.lettre.fichier", r.numero()) + ".pdf";
        var telechargement = DownloadHandler.fromInputStream(e -> {
            try {
                var octets = service.lettreReponse(id);
                return new DownloadResponse(new ByteArrayInputStream(octets), nom, "application/pdf", octets.length);
            } catch (Introuvable x) {
                return DownloadResponse.error(404);
            }
        }, nom);
        var lien = new Anchor(telechargement, AttachmentType.DOWNLOAD, "");
        lien.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(t.getTranslation("reclamation.lettre")));
        lien.addClassNames("pc-bouton-lien", "pc-bouton-secondaire");
        lien.setId("lettre-reponse");
        return lien;
    }

    /** A text typed by a person, its line breaks kept ("Non précisé." when there is none). */
    static Paragraph texte(String texte, String id) {
        var p = new Paragraph();
        p.setText(texte == null || texte.isBlank() ? p.getTranslation("reclamation.non.precise") : texte);
        p.addClassName("pc-texte-saisi");
        if (id != null) {
            p.setId(id);
        }
        return p;
    }

    /** Every step, the latest last (the keys come from the réclamation's texts). */
    static UnorderedList historique(Component t, VueReclamation r, Clock horloge) {
        var liste = new UnorderedList();
        liste.addClassName("pc-liste-objets");
        liste.setId("historique");
        for (var etape : r.historique()) {
            var quand = new Span(Formats.francais().dateAbregeeHeure(etape.le(), horloge.getZone()));
            quand.addClassName("pc-objet-details");
            var quoi = new Span(t.getTranslation(etape.cle()) + (etape.auteur() == null ? ""
                    : " – " + etape.auteur()));
            var item = new ListItem(quand, new Span(" "), quoi);
            item.addClassName("pc-objet");
            liste.add(item);
        }
        return liste;
    }
}
