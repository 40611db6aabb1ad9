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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import fr.portailcep.messagerie.FichierEnvoye;
import fr.portailcep.messagerie.FilMessages;
import fr.portailcep.messagerie.PieceJointeRefusee;
import fr.portailcep.messagerie.VerificationPieceJointe;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.shared.ui.Saisie;

/**
 * Writing a message: the text, attachments (PDF, JPEG, PNG, 5 Mo at most, checked by their content as soon as they
 * arrive), and the send button. Whether the message may be sent is the server's rule
 * ({@code messagerie.Message.exigerEnvoyable}); each refusal is said beside its field (the subject, the text, the
 * attachments), and what was typed stays. The button is disabled while the server works: a double click sends once.
 * Documents waiting to be sent are kept in temporary files, 5 at most and 10 Mo in all ({@link PiecesEnAttente}),
 * deleted when sent, removed, or when the page is left.
 */
class Redaction extends Div {

    /** Sends the message; throws the service's refusals. */
    interface Envoi {
        void envoyer(String sujet, String texte, List<FichierEnvoye> fichiers);
    }

    private final TextField sujet = new TextField();
    private final TextArea texte = new TextArea();
    private final Upload upload = new Upload();
    private final UnorderedList enAttente = new UnorderedList();
    private final Paragraph erreurPiece = new Paragraph();
    private final PiecesEnAttente fichiers = new PiecesEnAttente();
    private final Formulaire<Object> formulaire = Formulaire.libre();

    Redaction(boolean avecSujet, String libelleTexte, Envoi envoi, Runnable apresEnvoi) {
        addClassNames("pc-redaction", "pc-formulaire");
        setId("redaction");
        if (avecSujet) {
            sujet.setLabel(getTranslation("messagerie.redaction.sujet"));
            sujet.setHelperText(getTranslation("messagerie.redaction.sujet.aide"));
            sujet.setId("sujet-message");
            Saisie.limiter(sujet, FilMessages.LONGUEUR_SUJET);
            sujet.setWidthFull();
            formulaire.champ("sujet", sujet);
            add(sujet);
        }
        texte.setLabel(libelleTexte);
        texte.setId("texte-message");
        texte.setWidthFull();
        texte.setMinRows(4);
        Saisie.limiter(texte, FilMessages.LONGUEUR_MAX);
        formulaire.champ("texte", texte);
        add(texte);

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
        var aide = new Paragraph(getTranslation("messagerie.redaction.pieces.aide", VerificationPieceJointe.TAILLE_MAX_MO,
                VerificationPieceJointe.TAILLE_TOTALE_MAX_MO));
        aide.addClassName("pc-objet-details");
        aide.setId("aide-pieces");
        erreurPiece.addClassName("pc-erreur");
        erreurPiece.setId("erreur-piece");
        erreurPiece.getElement().setAttribute("role", "alert");
        enAttente.addClassName("pc-pieces-en-attente");
        enAttente.setId("pieces-en-attente");
        var libelle = new Span(getTranslation("messagerie.redaction.pieces"));
        libelle.addClassName("pc-libelle");
        add(libelle, aide, upload, erreurPiece, enAttente);

        var envoyer = new Button(getTranslation("messagerie.redaction.envoyer"), VaadinIcon.PAPERPLANE.create());
        envoyer.setId("envoyer-message");
        envoyer.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        envoyer.setWidthFull();
        formulaire.soumettre(envoyer, rien -> {
            var joints = fichiers.liste();
            try {
                envoi.envoyer(sujet.getValue(), texte.getValue(), PiecesEnAttente.lire(joints));
            } catch (PieceJointeRefusee refus) {
                // The refused file leaves the list; the reason is said where the files are.
                fichiers.retirer(refus.nom());
                afficherEnAttente();
                refuser(refus.nom(), refus.motif());
                return;
            }
            texte.clear();
            sujet.clear();
            formulaire.effacer();
            joints.forEach(fichiers::retirer);
            erreurPiece.setText("");
            afficherEnAttente();
            apresEnvoi.run();
        });
        add(formulaire.erreurs());
        add(envoyer);
        addAttachListener(e -> fichiers.ouvrir());
        addDetachListener(e -> {
            fichiers.fermer();
            afficherEnAttente();
        });
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
                // Refused before a byte is stored when the message is already full.
                refus = fichiers.refusAvantLecture(evenement.getFileSize());
                if (refus.isEmpty()) {
                    try (var entree = evenement.getInputStream()) {
                        refus = fichiers.recevoir(nom, entree);
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
        for (var fichier : fichiers.liste()) {
            var nom = new Span(fichier.nom() + " (" + Formats.francais().taille(fichier.taille()) + ")");
            var retirer = new Button(getTranslation("messagerie.redaction.retirer"), e -> {
                fichiers.retirer(fichier);
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
