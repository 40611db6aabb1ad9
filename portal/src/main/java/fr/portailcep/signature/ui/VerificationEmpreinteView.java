package fr.portailcep.signature.ui;

import java.time.ZoneId;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.PortailLayout;
import fr.portailcep.signature.VerificationsPubliques;

/**
 * Public, the QR code's link: whether the portal sealed a document with this hash and when (nothing about whom it
 * concerns), and the invitation to upload the file to check it.
 */
@Route(value = "verifier/:empreinte", layout = PortailLayout.class)
@AnonymousAllowed
public class VerificationEmpreinteView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private static final ZoneId FUSEAU = ZoneId.of("Europe/Paris");

    private final VerificationsPubliques verifications;

    private final Paragraph etat = new Paragraph();

    public VerificationEmpreinteView(VerificationsPubliques verifications) {
        this.verifications = verifications;
        addClassName("pc-page");
        etat.setId("etat-empreinte");
        add(new H1(getTranslation("verifier.titre")), etat, new Paragraph(getTranslation("verifier.empreinte.deposer")),
                new DepotVerification(verifications), new Paragraph(getTranslation("verifier.hors-ligne")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent evenement) {
        var empreinte = evenement.getRouteParameters().get("empreinte").orElse("").toLowerCase(java.util.Locale.ROOT);
        if (!empreinte.matches("[0-9a-f]{64}")) {
            // Not a SHA-256 (an old or mistyped link): nothing to say about it, the upload still works.
            etat.setText(getTranslation("verifier.empreinte.invalide"));
            return;
        }
        var courte = fr.portailcep.signature.CodeQr.empreinteCourte(empreinte);
        etat.setText(verifications.scelleLe(empreinte)
                .map(le -> getTranslation("verifier.empreinte.scelle", courte,
                        Formats.francais().dateLongueHeure(le, FUSEAU)))
                .orElseGet(() -> getTranslation("verifier.empreinte.inconnue", courte)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verifier.titre") + " – " + getTranslation("portail.nom");
    }
}
