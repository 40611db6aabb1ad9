package fr.portailcep.rendezvous.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

import fr.portailcep.shared.ui.PortailLayout;

/**
 * A link to manage a rendez-vous that is no longer valid: HTTP 404 like any unknown page, but saying what to do
 * next (ask for a new rendez-vous, or sign in to see one's rendez-vous).
 */
@ParentLayout(PortailLayout.class)
@AnonymousAllowed
public class LienGestionIntrouvableView extends Div
        implements HasErrorParameter<LienGestionIntrouvable>, HasDynamicTitle {

    public LienGestionIntrouvableView() {
        addClassName("pc-page");
        add(GererView.lienInvalide(this));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent evenement, ErrorParameter<LienGestionIntrouvable> parametre) {
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("gerer.invalide.titre") + " – " + getTranslation("portail.nom");
    }
}
