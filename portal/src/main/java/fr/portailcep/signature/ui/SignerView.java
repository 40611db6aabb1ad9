package fr.portailcep.signature.ui;


import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.shared.ui.AccueilRoutes;
import fr.portailcep.shared.ui.PortailLayout;
import fr.portailcep.signature.CeremonieSignature;

/**
 * The person signs a document: {@code signer/:id} ({@code ?sorte=} for a document that is not a livrable). The
 * full text is read at {@code mes-documents/:id}.
 */
@Route(value = "signer/:id", layout = PortailLayout.class)
@RolesAllowed("BENEFICIAIRE")
public class SignerView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CeremonieSignature ceremonie;

    public SignerView(CeremonieSignature ceremonie) {
        this.ceremonie = ceremonie;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent evenement) {
        var id = Routes.identifiant(evenement);
        if (id.isEmpty()) {
            evenement.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        add(new EcranSignature(ceremonie, Routes.sorte(evenement), id.get(), "/mes-documents/" + id.get(),
                "/" + AccueilRoutes.COMPTE));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signature.ecran.page") + " – " + getTranslation("portail.nom");
    }

}
