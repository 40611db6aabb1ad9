package fr.portailcep.reclamation.ui;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import fr.portailcep.messagerie.PieceJointeRefusee;
import fr.portailcep.messagerie.VerificationPieceJointe;
import fr.portailcep.reclamation.MotifReclamation;
import fr.portailcep.reclamation.NouvelleReclamation;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.shared.ui.Saisie;

/**
 * The réclamation as the person writes it (or as the correspondant copies a letter): the motive from the reference
 * list, what happened, what they expect, and optional attachments checked by their content as soon as they arrive
 * (the same checks as a message's). The page that holds it may bind more fields to {@link #formulaire()} (the
 * person and the date of receipt of a letter) and wires the send button with {@link #soumettre}: each refusal of
 * the server is said beside its field, the attachments' beside the upload, and nothing typed is lost.
 */
class FormulaireReclamation extends Div {

    private final Select<MotifReclamation> motif = new Select<>();
    private final TextArea faits = new TextArea();
    private final TextArea attentes = new TextArea();
    private final Upload upload = new Upload();
    private final UnorderedList enAttente = new UnorderedList();
    private final Paragraph erreurPiece = new Paragraph();
    private final PiecesEnAttente fichiers = new PiecesEnAttente();
    private final Formulaire<Object> formulaire = Formulaire.libre();

    FormulaireReclamation(List<MotifReclamation> motifs, String cleMotif, String cleFaits, String cleAttentes) {
        addClassNames("pc-formulaire", "pc-formulaire-reclamation");
        motif.setId("motif");
        motif.setLabel(getTranslation(cleMotif));
        motif.setItems(motifs);
        motif.setItemLabelGenerator(MotifReclamation::libelle);
        motif.setPlaceholder(getTranslation("reclamation.formulaire.motif.choisir"));
        motif.setWidthFull();
        faits.setId("faits");
        faits.setLabel(getTranslation(cleFaits));
        faits.setHelperText(getTranslation("reclamation.formulaire.faits.aide"));
        faits.setMinRows(4);
        // A long text pasted scrolls inside the field rather than stretching the page.
        faits.setMaxHeight("50vh");
        faits.setWidthFull();
        Saisie.limiter(faits, NouvelleReclamation.LONGUEUR_FAITS);
        attentes.setId("attentes");
        attentes.setLabel(getTranslation(cleAttentes));
        attentes.setHelperText(getTranslation("reclamation.formulaire.attentes.aide"));
        attentes.setMinRows(3);
        attentes.setMaxHeight("40vh");
        attentes.setWidthFull();
        Saisie.limiter(attentes, NouvelleReclamation.LONGUEUR_ATTENTES);
        formulaire.obligatoire("motif", motif, "reclamation.formulaire.motif.vide")
                .obligatoire("faits", faits, "reclamation.formulaire.faits.vide")
                .champ("attentes", attentes);

        upload.setId("pieces-jointes");
        upload.setMaxFiles(VerificationPieceJointe.NOMBRE_MAX);
        upload.setMaxFileSize(VerificationPieceJointe.TAILLE_MAX);
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/jpeg", ".jpg", ".jpeg", "image/png", ".png");
        upload.setDropAllowed(false);
        upload.setI18n(i18n());
        upload.setUploadHandler(new Reception());
        upload.addFileRejectedListener(e -> refuser(e.getFileName(),
                getTranslation("messagerie.upload.troplourd").equals(e.getErrorMessage())
                        ? VerificationPieceJointe.Motif.TROP_GRANDE : VerificationPieceJointe.Motif.TYPE_REFUSE));
        var libelle = new Span(getTranslation("reclamation.formulaire.pieces"));
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
        add(motif, faits, attentes, libelle, aide, upload, erreurPiece, enAttente);
        addAttachListener(e -> fichiers.ouvrir());
        addDetachListener(e -> {
            fichiers.fermer();
            afficherEnAttente();
        });
    }

    /** The form, to bind the page's own fields (their refusals are said beside them too). */
    Formulaire<Object> formulaire() {
        return formulaire;
    }

    /** Put above the send button: refusals that name no field. */
    Component erreurs() {
        return formulaire.erreurs();
    }

    /**
     * Wires the send button: checks, then {@code envoi} with the réclamation typed (attachments read only now);
     * a refused attachment leaves the list with its reason beside the upload, every other refusal beside its field.
     * Once filed, the temporary files go.
     */
    void soumettre(Button bouton, Consumer<NouvelleReclamation> envoi) {
        formulaire.soumettre(bouton, rien -> {
            var joints = fichiers.liste();
            var reclamation = new NouvelleReclamation(motif.getValue() == null ? null : motif.getValue().code(),
                    faits.getValue(), attentes.getValue(), PiecesEnAttente.lire(joints));
            try {
                envoi.accept(reclamation);
            } catch (PieceJointeRefusee refus) {
                fichiers.retirer(refus.nom());
                afficherEnAttente();
                refuser(refus.nom(), refus.motif());
                return;
            } catch (SaisieRefusee refus) {
                var piece = refus.erreurs().get(PieceJointeRefusee.CHAMP);
                if (piece != null) {
                    erreurPiece.setText(getTranslation(piece.cle(), piece.argumentsEnTableau()));
                }
                var autres = new java.util.LinkedHashMap<>(refus.erreurs());
                autres.remove(PieceJointeRefusee.CHAMP);
                if (!autres.isEmpty()) {
                    formulaire.montrer(new SaisieRefusee(autres));
                }
                return;
            }
            joints.forEach(fichiers::retirer);
            erreurPiece.setText("");
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
                        .setStalled(getTranslation("messagerie.upload.envoi"))
                        .setProcessing(getTranslation("messagerie.upload.envoi"))
                        .setHeld(getTranslation("messagerie.upload.envoi")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("").setUnknown(""))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("messagerie.upload.erreur"))
                        .setUnexpectedServerError(getTranslation("messagerie.upload.erreur"))
                        .setForbidden(getTranslation("messagerie.upload.erreur"))));
        i18n.setUnits(new UploadI18N.Units(List.of("o", "Ko", "Mo", "Go", "To", "Po", "Eo", "Zo", "Yo")));
        return i18n;
    }
}
