package fr.portailcep.signature.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.shared.ui.AccueilRoutes;
import fr.portailcep.shared.ui.EspaceProLayout;
import fr.portailcep.signature.CeremonieSignature;

/** The conseiller co-signs a document: {@code espace-pro/signer/:id}; the paper path is one link away. */
@Route(value = "espace-pro/signer/:id", layout = EspaceProLayout.class)
@RolesAllowed("CONSEILLER")
public class SignerProView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CeremonieSignature ceremonie;

    public SignerProView(CeremonieSignature ceremonie) {
        this.ceremonie = ceremonie;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent evenement) {
        var id = Routes.identifiant(evenement);
        if (id.isEmpty()) {
            evenement.rerouteToError(NotFoundException.class);
            return;
        }
        var sorte = Routes.sorte(evenement);
        removeAll();
        var ecran = new EcranSignature(ceremonie, sorte, id.get(), null, "/" + AccueilRoutes.COMPTE_PRO);
        var papier = new Anchor("/espace-pro/papier/" + id.get() + "?sorte=" + sorte,
                getTranslation("signature.ecran.verspapier"));
        papier.setId("signature-vers-papier");
        ecran.add(new com.vaadin.flow.component.html.Paragraph(papier));
        add(ecran);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signature.ecran.page") + " – " + getTranslation("portail.nom");
    }
}
