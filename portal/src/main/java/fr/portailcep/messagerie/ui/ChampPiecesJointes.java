package fr.portailcep.messagerie.ui;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import fr.portailcep.messagerie.FichierEnvoye;
import fr.portailcep.messagerie.PieceJointeRefusee;
import fr.portailcep.messagerie.VerificationPieceJointe;
import fr.portailcep.shared.Formats;

/**
 * The one attachment field of the portal (a message, a réclamation): a label, what is accepted, the upload, the
 * reason of a refusal beside it (read by screen readers), and the documents waiting to be sent, each removable.
 * A file is checked by its content as soon as it arrives (PDF, JPEG, PNG, 5 Mo at most, 5 files and 10 Mo in all:
 * {@link VerificationPieceJointe}) and kept in a temporary file until the form is sent ({@link PiecesEnAttente}),
 * removed, or the page is left.
 * <p>
 * The form that holds it reads {@link #fichiers()} when it sends, then says {@link #envoyes()} once the server took
 * them, or {@link #refusee} / {@link #erreur} with the server's refusal: nothing typed is lost, the refused file
 * leaves the list with its reason.
 */
@org.springframework.modulith.NamedInterface("pieces-jointes")
public class ChampPiecesJointes extends Div {

    private final Upload upload = new Upload();
    private final UnorderedList enAttente = new UnorderedList();
    private final Paragraph erreurPiece = new Paragraph();
    private final PiecesEnAttente pieces = new PiecesEnAttente();
    private List<PiecesEnAttente.Piece> envoi = List.of();

    /** @param cleLibelle the i18n key of the field's label */
    public ChampPiecesJointes(String cleLibelle) {
        addClassName("pc-champ-pieces");
        upload.setId("pieces-jointes");
        upload.setMaxFiles(VerificationPieceJointe.NOMBRE_MAX);
        upload.setMaxFileSize(VerificationPieceJointe.TAILLE_MAX);
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/jpeg", ".jpg", ".jpeg", "image/png", ".png");
        upload.setDropAllowed(false);
        upload.setI18n(i18n());
        upload.setUploadHandler(new Reception());
        // Refused by the browser before sending (too large, wrong extension): the same messages as the server's.
        upload.addFileRejectedListener(e -> refuser(e.getFileName(),
                getTranslation("messagerie.upload.troplourd").equals(e.getErrorMessage())
                        ? VerificationPieceJointe.Motif.TROP_GRANDE : VerificationPieceJointe.Motif.TYPE_REFUSE));
        var libelle = new Span(getTranslation(cleLibelle));
        libelle.addClassName("pc-libelle");
        var aide = new Paragraph(getTranslation("messagerie.redaction.pieces.aide", VerificationPieceJointe.TAILLE_MAX_MO,
                VerificationPieceJointe.TAILLE_TOTALE_MAX_MO));
        aide.addClassName("pc-objet-details");
        aide.setId("aide-pieces");
        erreurPiece.addClassName("pc-erreur");
        erreurPiece.setId("erreur-piece");
        erreurPiece.getElement().setAttribute("role", "alert");
        enAttente.addClassName("pc-pieces-en-attente");
        enAttente.setId("pieces-en-attente");
        add(libelle, aide, upload, erreurPiece, enAttente);
        addAttachListener(e -> pieces.ouvrir());
        addDetachListener(e -> {
            pieces.fermer();
            afficherEnAttente();
        });
    }

    /** The documents waiting, read now, for the form being sent. */
    public List<FichierEnvoye> fichiers() {
        envoi = pieces.liste();
        return PiecesEnAttente.lire(envoi);
    }

    /** The server took the documents of the last {@link #fichiers()}: their temporary files go. */
    public void envoyes() {
        envoi.forEach(pieces::retirer);
        envoi = List.of();
        erreurPiece.setText("");
        afficherEnAttente();
    }

    /** The server refused one document: it leaves the list, its reason is said beside the field. */
    public void refusee(PieceJointeRefusee refus) {
        pieces.retirer(refus.nom());
        afficherEnAttente();
        refuser(refus.nom(), refus.motif());
    }

    /** A refusal of the server about the attachments as a whole, said beside the field. */
    public void erreur(String texte) {
        erreurPiece.setText(texte);
    }

    /** Receives a file into a temporary file, reading at most the limit, and checks it by its content. */
    private final class Reception implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent evenement) throws IOException {
            var nom = evenement.getFileName();
            Optional<VerificationPieceJointe.Motif> refus;
            if (evenement.getFileSize() > VerificationPieceJointe.TAILLE_MAX) {
                refus = Optional.of(VerificationPieceJointe.Motif.TROP_GRANDE);
            } else {
                // Refused before a byte is stored when the form is already full.
                refus = pieces.refusAvantLecture(evenement.getFileSize());
                if (refus.isEmpty()) {
                    try (var entree = evenement.getInputStream()) {
                        refus = pieces.recevoir(nom, entree);
                    }
                }
            }
            if (refus.isPresent()) {
                evenement.reject(message(nom, refus.get()));
            }
            var resultat = refus;
            evenement.getUI().access(() -> {
                upload.clearFileList();
                resultat.ifPresentOrElse(motif -> refuser(nom, motif), () -> {
                    erreurPiece.setText("");
                    afficherEnAttente();
                });
            });
        }
    }

    private void refuser(String nom, VerificationPieceJointe.Motif motif) {
        upload.clearFileList();
        erreurPiece.setText(message(nom, motif));
    }

    private String message(String nom, VerificationPieceJointe.Motif motif) {
        return getTranslation(PieceJointeRefusee.cle(motif), nom, VerificationPieceJointe.TAILLE_MAX_MO,
                VerificationPieceJointe.TAILLE_TOTALE_MAX_MO);
    }

    private void afficherEnAttente() {
        enAttente.removeAll();
        for (var fichier : pieces.liste()) {
            var nom = new Span(fichier.nom() + " (" + Formats.francais().taille(fichier.taille()) + ")");
            var retirer = new Button(getTranslation("messagerie.redaction.retirer"), e -> {
                pieces.retirer(fichier);
                afficherEnAttente();
            });
            retirer.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            retirer.setAriaLabel(getTranslation("messagerie.redaction.retirer.aria", fichier.nom()));
            var item = new ListItem(VaadinIcon.PAPERCLIP.create(), nom, retirer);
            item.addClassName("pc-piece-en-attente");
            enAttente.add(item);
        }
    }
    private UploadI18N i18n() {
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("messagerie.upload.ajouter"))
                .setMany(getTranslation("messagerie.upload.ajouter")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("messagerie.upload.deposer"))
                .setMany(getTranslation("messagerie.upload.deposer")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("messagerie.upload.troplourd"))
                .setIncorrectFileType(getTranslation("messagerie.upload.type"))
                .setTooManyFiles(getTranslation("messagerie.refus.nombre")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("messagerie.upload.envoi"))
                        .setStalled(getTranslation("messagerie.upload.envoi")).setProcessing(getTranslation("messagerie.upload.envoi"))
                        .setHeld(getTranslation("messagerie.upload.envoi")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("").setUnknown(""))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(getTranslation("messagerie.upload.erreur"))
                        .setUnexpectedServerError(getTranslation("messagerie.upload.erreur"))
                        .setForbidden(getTranslation("messagerie.upload.erreur"))));
        i18n.setUnits(new UploadI18N.Units(List.of("o", "Ko", "Mo", "Go", "To", "Po", "Eo", "Zo", "Yo")));
        return i18n;
    }
}
