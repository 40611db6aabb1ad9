package fr.portailcep.signature.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import fr.portailcep.shared.ui.PortailLayout;
import fr.portailcep.signature.VerificationsPubliques;

/** Public: anyone checks a signed livrable by uploading it (issue 10, "verification by anyone"). */
@Route(value = "verifier", layout = PortailLayout.class)
@AnonymousAllowed
public class VerificationView extends Div implements HasDynamicTitle {

    public VerificationView(VerificationsPubliques verifications) {
        addClassName("pc-page");
        add(new H1(getTranslation("verifier.titre")), new Paragraph(getTranslation("verifier.intro")),
                new DepotVerification(verifications), new Paragraph(getTranslation("verifier.hors-ligne")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verifier.titre") + " – " + getTranslation("portail.nom");
    }
}
