package fr.portailcep.signature.ui;

import java.io.IOException;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.Origine;
import fr.portailcep.signature.RapportVerification;
import fr.portailcep.signature.VerificationsPubliques;

/**
 * Where anyone drops a signed livrable (PDF, size limited) and reads the report in plain French: the verdict first,
 * then every check, then the signers. The result is announced to screen readers (a live region).
 */
class DepotVerification extends Div {

    private final VerificationsPubliques verifications;

    private final Upload upload = new Upload();

    private final Div resultat = new Div();

    private final Paragraph erreur = new Paragraph();

    DepotVerification(VerificationsPubliques verifications) {
        this.verifications = verifications;
        addClassNames("pc-formulaire", "pc-depot-verification");
        var aide = new Paragraph(getTranslation("verifier.depot.aide", VerificationsPubliques.TAILLE_MAX / 1024 / 1024));
        aide.setId("aide-depot");
        upload.setId("depot-pdf");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(VerificationsPubliques.TAILLE_MAX);
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setDropAllowed(false);
        upload.setI18n(i18n());
        upload.getElement().setAttribute("aria-describedby", "aide-depot");
        upload.setUploadHandler(new Reception());
        upload.addFileRejectedListener(e -> erreur.setText(getTranslation("verifier.depot.refuse")));
        erreur.addClassName("pc-erreur");
        erreur.setId("erreur-depot");
        erreur.getElement().setAttribute("role", "alert");
        resultat.setId("resultat-verification");
        resultat.getElement().setAttribute("aria-live", "polite");
        add(aide, upload, erreur, resultat);
    }

    private final class Reception implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent evenement) throws IOException {
            var origine = Origine.courante();
            if (evenement.getFileSize() > VerificationsPubliques.TAILLE_MAX) {
                evenement.reject(getTranslation("verifier.depot.refuse"));
                return;
            }
            byte[] octets;
            try (var entree = evenement.getInputStream()) {
                octets = entree.readNBytes(VerificationsPubliques.TAILLE_MAX + 1);
            }
            var nom = evenement.getFileName();
            var issue = octets.length > VerificationsPubliques.TAILLE_MAX ? null
                    : verifications.verifier(octets, origine);
            evenement.getUI().access(() -> {
                upload.clearFileList();
                switch (issue) {
                    case null -> erreur.setText(getTranslation("verifier.depot.refuse"));
                    case VerificationsPubliques.TropDeVerifications trop -> erreur.setText(getTranslation(
                            "verifier.depot.trop", Formats.francais().heure(trop.reessayerApres(),
                                    java.time.ZoneId.of("Europe/Paris"))));
                    case VerificationsPubliques.Verifie verifie -> {
                        erreur.setText("");
                        afficher(nom, verifie.rapport());
                    }
                }
            });
        }
    }

    private void afficher(String nom, RapportVerification rapport) {
        resultat.removeAll();
        var verdict = new H2(rapport.intact() ? getTranslation("verifier.resultat.intact", nom)
                : getTranslation("verifier.resultat.modifie", nom));
        verdict.setId("verdict");
        verdict.addClassName(rapport.intact() ? "pc-verdict-intact" : "pc-verdict-modifie");
        var phrase = new Paragraph(rapport.verdict());
        phrase.setId("verdict-texte");
        resultat.add(verdict, phrase);
        if (!rapport.signataires().isEmpty()) {
            resultat.add(new H3(getTranslation("verifier.resultat.signataires")),
                    liste("signataires", rapport.signataires()));
        }
        resultat.add(new H3(getTranslation("verifier.resultat.controles")), liste("controles",
                rapport.constats().stream().map(c -> getTranslation("verifier.niveau." + c.niveau()) + c.texte())
                        .toList()));
    }

    private static UnorderedList liste(String id, List<String> lignes) {
        var liste = new UnorderedList();
        liste.setId(id);
        liste.addClassName("pc-liste");
        lignes.forEach(l -> liste.add(new ListItem(l)));
        return liste;
    }

    private UploadI18N i18n() {
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("verifier.depot.choisir"))
                .setMany(getTranslation("verifier.depot.choisir")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("verifier.depot.choisir"))
                .setMany(getTranslation("verifier.depot.choisir")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("verifier.depot.refuse"))
                .setIncorrectFileType(getTranslation("verifier.depot.refuse"))
                .setTooManyFiles(getTranslation("verifier.depot.refuse")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("verifier.depot.envoi"))
                        .setStalled(getTranslation("verifier.depot.envoi"))
                        .setProcessing(getTranslation("verifier.depot.envoi"))
                        .setHeld(getTranslation("verifier.depot.envoi")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("").setUnknown(""))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("verifier.depot.erreur"))
                        .setUnexpectedServerError(getTranslation("verifier.depot.erreur"))
                        .setForbidden(getTranslation("verifier.depot.erreur"))));
        i18n.setUnits(new UploadI18N.Units(List.of("o", "Ko", "Mo", "Go", "To", "Po", "Eo", "Zo", "Yo")));
        return i18n;
    }
}
