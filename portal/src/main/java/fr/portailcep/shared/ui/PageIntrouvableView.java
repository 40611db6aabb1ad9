package fr.portailcep.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/** A page that does not exist, in plain French. */
@ParentLayout(PortailLayout.class)
@AnonymousAllowed
public class PageIntrouvableView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    public PageIntrouvableView() {
        remplir(this);
    }

    /** The same page for an address that does not exist and for data that does not exist or is not the person's. */
    static void remplir(Div page) {
        page.addClassName("pc-page");
        var retour = new Anchor("/", page.getTranslation("erreur.retour"));
        retour.addClassName("pc-lien");
        page.add(new H1(page.getTranslation("erreur.introuvable.titre")),
                new Paragraph(page.getTranslation("erreur.introuvable.texte")), new Paragraph(retour));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent evenement, ErrorParameter<NotFoundException> parametre) {
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("erreur.introuvable.titre") + " – " + getTranslation("portail.nom");
    }
}
