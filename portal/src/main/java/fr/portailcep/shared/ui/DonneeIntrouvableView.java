package fr.portailcep.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

import fr.portailcep.shared.Introuvable;

/**
 * Data that does not exist, or is not the person's to see (the access policy answers both the same way): the page of
 * an address that does not exist, with HTTP 404.
 */
@ParentLayout(PortailLayout.class)
@AnonymousAllowed
public class DonneeIntrouvableView extends Div implements HasErrorParameter<Introuvable>, HasDynamicTitle {

    public DonneeIntrouvableView() {
        PageIntrouvableView.remplir(this);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent evenement, ErrorParameter<Introuvable> parametre) {
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("erreur.introuvable.titre") + " – " + getTranslation("portail.nom");
    }
}
