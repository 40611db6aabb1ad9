package fr.portailcep.signature.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumSet;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.shared.ui.EspaceProLayout;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.signature.CeremonieSignature;
import fr.portailcep.signature.RoleSignataire;

/**
 * The paper path for the conseiller: download the printed copy, say who signed on paper, upload the scan (PDF,
 * JPEG or PNG, checked by its content), then attest it with their own passkey (decision {@code ATTESTE_PAPIER}).
 */
@Route(value = "espace-pro/papier/:id", layout = EspaceProLayout.class)
@RolesAllowed("CONSEILLER")
public class PapierView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CeremonieSignature ceremonie;
    private final Formulaire<Object> formulaire = Formulaire.libre();
    private final Paragraph etat = new Paragraph();
    private String sorte;
    private UUID documentId;

    public PapierView(CeremonieSignature ceremonie) {
        this.ceremonie = ceremonie;
        addClassNames("pc-page", "pc-signature");
        etat.setId("papier-etat");
        etat.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent evenement) {
        var id = Routes.identifiant(evenement);
        if (id.isEmpty()) {
            evenement.rerouteToError(NotFoundException.class);
            return;
        }
        documentId = id.get();
        sorte = Routes.sorte(evenement);
        afficher();
    }

    private void afficher() {
        removeAll();
        var doc = ceremonie.document(sorte, documentId);
        add(new H1(getTranslation("signature.papier.titre", doc.titre())),
                new Paragraph(getTranslation("signature.ecran.version", doc.version(),
                        EcranSignature.empreinteCourte(doc.empreinte()))), etat, formulaire.erreurs());
        var copie = new Anchor(DownloadHandler.fromInputStream(e -> {
            var pdf = ceremonie.copiePapier(sorte, documentId);
            return new DownloadResponse(new ByteArrayInputStream(pdf), "a-signer-sur-papier.pdf", "application/pdf",
                    pdf.length);
        }, "a-signer-sur-papier.pdf"), AttachmentType.DOWNLOAD, getTranslation("signature.papier.imprimer"));
        copie.setId("papier-copie");
        // In its own paragraph: the link must not run into the next step's heading.
        add(new H2(getTranslation("signature.papier.etape1")), new Paragraph(copie));

        var surPapier = new CheckboxGroup<RoleSignataire>(getTranslation("signature.papier.qui"));
        surPapier.setId("papier-qui");
        surPapier.setItems(RoleSignataire.values());
        surPapier.setItemLabelGenerator(r -> getTranslation("signature.role." + r.name().toLowerCase()));
        var upload = new Upload();
        upload.setId("papier-scan");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CeremonieSignature.TAILLE_MAX_SCAN);
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/jpeg", ".jpg", ".jpeg", "image/png", ".png");
        upload.setDropAllowed(false);
        upload.setI18n(i18n());
        upload.setUploadHandler(new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent evenement) throws IOException {
                byte[] contenu;
                try (var entree = evenement.getInputStream()) {
                    contenu = entree.readNBytes(CeremonieSignature.TAILLE_MAX_SCAN + 1);
                }
                var nom = evenement.getFileName();
                evenement.getUI().access(() -> {
                    upload.clearFileList();
                    var roles = surPapier.getValue().isEmpty() ? EnumSet.noneOf(RoleSignataire.class)
                            : EnumSet.copyOf(surPapier.getValue());
                    formulaire.effacer();
                    if (formulaire.executer(() -> ceremonie.deposerScan(sorte, documentId, nom, contenu, roles))) {
                        afficher();
                        etat.setText(getTranslation("signature.papier.recu"));
                    }
                });
            }
        });
        add(new H2(getTranslation("signature.papier.etape2")), surPapier, upload);

        var scans = ceremonie.scans(sorte, documentId);
        if (!scans.isEmpty()) {
            add(new H2(getTranslation("signature.papier.etape3")));
            var liste = new UnorderedList();
            for (var scan : scans) {
                var ligne = new ListItem(new Paragraph(getTranslation("signature.papier.scan", scan.nom(),
                        EcranSignature.empreinteCourte(scan.empreinte()))));
                if (scan.attesteLe() == null) {
                    var attester = new Button(getTranslation("signature.papier.attester"));
                    attester.setId("papier-attester");
                    attester.addThemeVariants(ButtonVariant.PRIMARY);
                    attester.addClickListener(e -> attester(scan.id(), attester));
                    ligne.add(attester);
                } else {
                    ligne.add(new Paragraph(getTranslation("signature.papier.atteste")));
                }
                liste.add(ligne);
            }
            add(liste);
        }
    }

    private void attester(UUID scanId, Button bouton) {
        formulaire.effacer();
        bouton.setEnabled(false);
        var options = new fr.portailcep.signature.OptionsCeremonie[1];
        if (!formulaire.executer(() -> options[0] = ceremonie.preparerAttestation(scanId))) {
            bouton.setEnabled(true);
            return;
        }
        NavigateurSignature.signer(this, options[0]).then(String.class, resultat -> {
            bouton.setEnabled(true);
            if (resultat == null || resultat.startsWith(NavigateurSignature.ERREUR)) {
                etat.setText(getTranslation("signature.papier.sanscle"));
                return;
            }
            if (formulaire.executer(() -> ceremonie.signer(options[0].intentionId(), resultat))) {
                afficher();
                etat.setText(getTranslation("signature.papier.atteste"));
            }
        });
    }

    private com.vaadin.flow.component.upload.UploadI18N i18n() {
        var i18n = new com.vaadin.flow.component.upload.UploadI18N();
        var ajouter = getTranslation("signature.papier.upload.ajouter");
        i18n.setAddFiles(new com.vaadin.flow.component.upload.UploadI18N.AddFiles().setOne(ajouter).setMany(ajouter));
        var deposer = getTranslation("signature.papier.upload.deposer");
        i18n.setDropFiles(new com.vaadin.flow.component.upload.UploadI18N.DropFiles().setOne(deposer).setMany(deposer));
        var refus = getTranslation("signature.refus.scan_refuse", CeremonieSignature.TAILLE_MAX_SCAN / (1024 * 1024));
        i18n.setError(new com.vaadin.flow.component.upload.UploadI18N.Error().setFileIsTooBig(refus)
                .setIncorrectFileType(refus).setTooManyFiles(refus));
        i18n.setUnits(new com.vaadin.flow.component.upload.UploadI18N.Units(
                java.util.List.of("o", "Ko", "Mo", "Go", "To", "Po", "Eo", "Zo", "Yo")));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signature.papier.page") + " – " + getTranslation("portail.nom");
    }
}
