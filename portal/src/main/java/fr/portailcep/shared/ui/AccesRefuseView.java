package fr.portailcep.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/** A signed-in person opened a page that is not for them (a bénéficiaire on a staff page, for instance). */
@ParentLayout(PortailLayout.class)
@AnonymousAllowed
public class AccesRefuseView extends Div implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    public AccesRefuseView() {
        addClassName("pc-page");
        var retour = new Anchor("/", getTranslation("erreur.retour"));
        retour.addClassName("pc-lien");
        var titre = new H1(getTranslation("erreur.acces.titre"));
        titre.setId("acces-refuse");
        add(titre, new Paragraph(getTranslation("erreur.acces.texte")), new Paragraph(retour));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent evenement, ErrorParameter<AccessDeniedException> parametre) {
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("erreur.acces.titre") + " – " + getTranslation("portail.nom");
    }
}
