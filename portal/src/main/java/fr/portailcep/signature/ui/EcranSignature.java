package fr.portailcep.signature.ui;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import fr.portailcep.shared.ActeRefuse;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.signature.CeremonieSignature;
import fr.portailcep.signature.DocumentASigner;
import fr.portailcep.signature.OptionsCeremonie;

/**
 * The signing screen, the same for the person and the conseiller: the document (title, version, short hash, the
 * link to read it in full and its PDF), the "lu et approuvé" consent, and three choices: sign with my passkey,
 * refuse (with a reason), sign on paper. Without a passkey on this device (the browser answers
 * {@code NotAllowedError}), it offers a code by email, adding a passkey, or paper.
 */
class EcranSignature extends Div {

    private final CeremonieSignature ceremonie;
    private final String sorte;
    private final UUID documentId;
    private final String lienLecture;
    private final String lienCompte;
    private final Div corps = new Div();
    private final Paragraph etat = new Paragraph();
    private final Formulaire<Object> formulaire = Formulaire.libre();
    private OptionsCeremonie intention;
    /** The version this screen shows: the person approves what she read, never a newer version behind her back. */
    private int versionAffichee;

    EcranSignature(CeremonieSignature ceremonie, String sorte, UUID documentId, String lienLecture,
            String lienCompte) {
        this.ceremonie = ceremonie;
        this.sorte = sorte;
        this.documentId = documentId;
        this.lienLecture = lienLecture;
        this.lienCompte = lienCompte;
        addClassNames("pc-page", "pc-signature");
        etat.setId("signature-etat");
        etat.getElement().setAttribute("role", "status");
        etat.getElement().setAttribute("aria-live", "polite");
        add(corps);
        afficher();
    }

    private void afficher() {
        corps.removeAll();
        var doc = ceremonie.document(sorte, documentId);
        var place = ceremonie.maPlace(sorte, documentId);
        versionAffichee = doc.version();
        corps.add(new H1(getTranslation("signature.ecran.titre", doc.titre())));
        var description = new Paragraph(getTranslation("signature.ecran.version", doc.version(),
                empreinteCourte(doc.empreinte())));
        description.setId("signature-document");
        corps.add(description);
        var liens = new com.vaadin.flow.component.html.UnorderedList();
        liens.addClassName("pc-signature-liens");
        if (lienLecture != null) {
            liens.add(new com.vaadin.flow.component.html.ListItem(
                    new Anchor(lienLecture, getTranslation("signature.ecran.lire"))));
        }
        var pdf = new Anchor(DownloadHandler.fromInputStream(e -> {
            var d = ceremonie.document(sorte, documentId);
            return new DownloadResponse(new ByteArrayInputStream(d.pdf()), nomFichier(d), "application/pdf",
                    d.pdf().length);
        }, nomFichier(doc)), AttachmentType.DOWNLOAD, getTranslation("signature.ecran.pdf"));
        pdf.setId("signature-pdf");
        liens.add(new com.vaadin.flow.component.html.ListItem(pdf));
        corps.add(liens);
        if (place.isEmpty() || place.get().etat() != DocumentASigner.EtatSignataire.ATTENDU) {
            corps.add(etat, formulaire.erreurs());
            etat.setText(place.map(p -> getTranslation("signature.ecran.etat." + p.etat().name().toLowerCase()))
                    .orElse(getTranslation("signature.ecran.etat.aucune")));
            return;
        }
        var consentement = new Checkbox(ceremonie.consentement());
        consentement.setId("signature-consentement");
        var signer = new Button(getTranslation("signature.ecran.signer"));
        signer.setId("signature-signer");
        signer.addThemeVariants(ButtonVariant.PRIMARY);
        signer.setEnabled(false);
        consentement.addValueChangeListener(e -> signer.setEnabled(Boolean.TRUE.equals(e.getValue())));
        signer.addClickListener(e -> signerAvecCle(signer));
        var refuser = new Button(getTranslation("signature.ecran.refuser"), e -> montrerRefus());
        refuser.setId("signature-refuser");
        var papier = new Button(getTranslation("signature.ecran.papier"), e -> demanderPapier());
        papier.setId("signature-papier");
        var choix = new Div(signer, refuser, papier);
        choix.addClassName("pc-actions");
        corps.add(new H2(getTranslation("signature.ecran.choix")), consentement, choix, etat, formulaire.erreurs());
    }

    private void signerAvecCle(Button bouton) {
        formulaire.effacer();
        if (versionRemplacee()) {
            return;
        }
        bouton.setEnabled(false);
        if (!formulaire.executer(() -> intention = ceremonie.preparer(sorte, documentId))) {
            bouton.setEnabled(true);
            return;
        }
        etat.setText(getTranslation("signature.ecran.encours"));
        NavigateurSignature.signer(this, intention).then(String.class, resultat -> {
            bouton.setEnabled(true);
            if (resultat == null || resultat.startsWith(NavigateurSignature.ERREUR)) {
                var nom = resultat == null ? "UnknownError" : resultat.substring(NavigateurSignature.ERREUR.length());
                sansCle(nom);
                return;
            }
            if (formulaire.executer(() -> ceremonie.signer(intention.intentionId(), resultat))) {
                signe();
            } else {
                etat.setText("");
            }
        }, erreur -> {
            bouton.setEnabled(true);
            sansCle("UnknownError");
        });
    }

    /**
     * A page left open while the document changed shows an older version: preparing now would freeze the new one,
     * which this person has not read. Refused with the reason, and the screen shows the current version.
     */
    private boolean versionRemplacee() {
        if (ceremonie.document(sorte, documentId).version() == versionAffichee) {
            return false;
        }
        intention = null;
        afficher();
        etat.setText(getTranslation("signature.refus.version_remplacee"));
        return true;
    }

    private void signe() {
        afficher();
        etat.setText(getTranslation("signature.ecran.signe"));
    }

    /** No passkey here, or the person cancelled: say so, and offer the code by email, a new passkey, or paper. */
    private void sansCle(String erreur) {
        etat.setText(getTranslation("NotAllowedError".equals(erreur) ? "signature.ecran.sanscle"
                : "signature.ecran.erreurnavigateur"));
        var code = new Button(getTranslation("signature.ecran.code"), e -> demanderCode());
        code.setId("signature-code-demander");
        var ajouter = new Anchor(lienCompte, getTranslation("signature.ecran.ajoutercle"));
        ajouter.setId("signature-ajouter-cle");
        var autres = new Div(new H2(getTranslation("signature.ecran.autres")), code, ajouter);
        autres.setId("signature-sans-cle");
        autres.addClassName("pc-actions");
        corps.getChildren().filter(c -> "signature-sans-cle".equals(c.getId().orElse(null))).toList()
                .forEach(corps::remove);
        corps.add(autres);
    }

    private void demanderCode() {
        formulaire.effacer();
        if (versionRemplacee()) {
            return;
        }
        if (intention == null && !formulaire.executer(() -> intention = ceremonie.preparer(sorte, documentId))) {
            return;
        }
        if (!formulaire.executer(() -> ceremonie.demanderCode(intention.intentionId()))) {
            return;
        }
        var champ = new TextField(getTranslation("signature.ecran.code.libelle"));
        champ.setId("signature-code");
        champ.setMaxLength(6);
        champ.setPattern("[0-9]*");
        champ.getElement().setAttribute("inputmode", "numeric");
        champ.getElement().setAttribute("autocomplete", "one-time-code");
        var valider = new Button(getTranslation("signature.ecran.code.valider"));
        valider.setId("signature-code-valider");
        valider.addThemeVariants(ButtonVariant.PRIMARY);
        var saisie = Formulaire.libre();
        saisie.champ("code", champ);
        saisie.soumettre(valider, v -> {
            try {
                ceremonie.signerParCode(intention.intentionId(), champ.getValue());
                signe();
            } catch (ActeRefuse refus) {
                saisie.refuser("code", refus.cle(), refus.argumentsEnTableau());
            }
        });
        etat.setText(getTranslation("signature.ecran.code.envoye"));
        corps.add(new Div(champ, saisie.erreurs(), valider));
        champ.focus();
    }

    private void montrerRefus() {
        var ouvert = corps.getChildren().anyMatch(c -> "signature-refus".equals(c.getId().orElse(null)));
        if (ouvert) {
            return;
        }
        var motif = new TextArea(getTranslation("signature.ecran.refus.motif"));
        motif.setId("signature-motif");
        motif.setMaxLength(CeremonieSignature.LONGUEUR_MOTIF);
        motif.setWidthFull();
        var confirmer = new Button(getTranslation("signature.ecran.refus.confirmer"));
        confirmer.setId("signature-refus-confirmer");
        var saisie = Formulaire.libre();
        saisie.champ("motif", motif);
        saisie.soumettre(confirmer, v -> {
            if (versionRemplacee()) {
                return;
            }
            try {
                ceremonie.refuser(sorte, documentId, motif.getValue());
                afficher();
                etat.setText(getTranslation("signature.ecran.refuse"));
            } catch (ActeRefuse refus) {
                saisie.refuser("motif", refus.cle(), refus.argumentsEnTableau());
            }
        });
        var bloc = new Div(motif, saisie.erreurs(), confirmer);
        bloc.setId("signature-refus");
        corps.add(bloc);
        motif.focus();
    }

    private void demanderPapier() {
        formulaire.effacer();
        if (versionRemplacee()) {
            return;
        }
        if (formulaire.executer(() -> ceremonie.demanderPapier(sorte, documentId))) {
            afficher();
            etat.setText(getTranslation("signature.ecran.papierdemande"));
        }
    }

    static String empreinteCourte(String empreinte) {
        return fr.portailcep.signature.CodeQr.empreinteCourte(empreinte);
    }

    private static String nomFichier(DocumentASigner doc) {
        return doc.type().toLowerCase().replace('_', '-') + "-v" + doc.version() + ".pdf";
    }
}
