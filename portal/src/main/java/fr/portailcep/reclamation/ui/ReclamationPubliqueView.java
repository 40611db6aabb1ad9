package fr.portailcep.reclamation.ui;

import java.time.Clock;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import fr.portailcep.compte.ConnexionParCourriel;
import fr.portailcep.compte.ui.ApresConnexion;
import fr.portailcep.compte.ui.InscriptionParCode;
import fr.portailcep.shared.ui.PortailLayout;

/**
 * A réclamation from the public site, by someone who may have no account (a first contact that went wrong): what a
 * réclamation is and what happens next, in plain words; then the address confirmed by a code, the same way as a
 * sign-up; the person is then signed in and lands on the form. Someone signed in goes straight to the form.
 */
@Route(value = ReclamationPubliqueView.CHEMIN, layout = PortailLayout.class)
@AnonymousAllowed
public class ReclamationPubliqueView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String CHEMIN = "reclamation";

    private final AuthenticationContext authentification;

    public ReclamationPubliqueView(ConnexionParCourriel connexion, AuthenticationContext authentification,
            Clock horloge) {
        this.authentification = authentification;
        addClassNames("pc-page", "pc-reclamation-publique");

        var etapes = new OrderedList(new ListItem(getTranslation("reclamation.public.etape1")),
                new ListItem(getTranslation("reclamation.public.etape2")),
                new ListItem(getTranslation("reclamation.public.etape3")),
                new ListItem(getTranslation("reclamation.public.etape4")));
        etapes.addClassName("pc-liste");
        var explication = new Section(new H2(getTranslation("reclamation.public.comment")), etapes);
        explication.addClassName("pc-carte");

        // Once the code is accepted, the person lands on the form rather than on their home.
        var etape = new InscriptionParCode(connexion, horloge, new InscriptionParCode.Textes(
                "reclamation.public.prenom", "reclamation.public.nom", null, "reclamation.public.email.aide",
                "reclamation.public.envoyer", "reclamation.public.confirmer"),
                () -> ApresConnexion.allerA(NouvelleReclamationView.CHEMIN));
        var carte = new Section(new H2(getTranslation("reclamation.public.adresse")), etape);
        carte.addClassName("pc-carte");
        carte.setId("confirmer-adresse");

        var mediateur = new Paragraph(getTranslation("reclamation.public.mediateur") + " ");
        var lien = new Anchor("/mediateur", getTranslation("reclamation.public.mediateur.lien"));
        lien.addClassName("pc-lien");
        mediateur.add(lien);
        var intro = new Paragraph(getTranslation("reclamation.public.intro"));
        intro.addClassName("pc-intro");
        add(new H1(getTranslation("reclamation.public.titre")), intro, explication, carte, mediateur);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent evenement) {
        if (authentification.isAuthenticated()) {
            evenement.forwardTo(NouvelleReclamationView.CHEMIN);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reclamation.public.titre") + " – " + getTranslation("portail.nom");
    }
}
