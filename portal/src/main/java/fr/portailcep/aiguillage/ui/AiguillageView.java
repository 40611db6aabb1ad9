package fr.portailcep.aiguillage.ui;

import java.time.Clock;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import fr.portailcep.aiguillage.AiguillageService;
import fr.portailcep.rendezvous.ContexteDemande;
import fr.portailcep.shared.ActeRefuse;
import fr.portailcep.shared.ui.Origine;
import fr.portailcep.shared.ui.PortailLayout;
import fr.portailcep.shared.ui.Reessai;

/**
 * "Demander un rendez-vous": the aiguillage questions, without an account. The answers are recorded as a UO0 in
 * any case; they lead to the free slots, or to the operator that fits the person better.
 */
@Route(value = AiguillageView.CHEMIN, layout = PortailLayout.class)
@AnonymousAllowed
public class AiguillageView extends Div implements HasDynamicTitle {

    public static final String CHEMIN = "rendez-vous";
    /** The booking's first page (in the rendez-vous feature). */
    static final String CRENEAUX = "rendez-vous/creneaux";

    public AiguillageView(AiguillageService aiguillages, Clock horloge) {
        addClassName("pc-page");
        var intro = new Paragraph(getTranslation("aiguillage.intro"));
        intro.addClassName("pc-intro");
        var obligatoire = new Paragraph(getTranslation("aiguillage.gratuit") + " "
                + getTranslation("aiguillage.obligatoire"));
        obligatoire.addClassName("pc-discret");
        var questionnaire = new Questionnaire();
        var formulaire = questionnaire.formulaire();
        var erreurs = formulaire.erreurs();
        erreurs.setId("erreurs-aiguillage");

        var continuer = new Button(getTranslation("aiguillage.continuer"));
        continuer.setId("continuer");
        continuer.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        continuer.setWidthFull();
        formulaire.soumettre(continuer, x -> {
            if (!questionnaire.verifier()) {
                formulaire.montrer(new ActeRefuse("aiguillage.erreurs"));
                return;
            }
            switch (aiguillages.enregistrerEnLigne(questionnaire.reponses(), Origine.courante())) {
                // Nothing is lost: the answers stay on the page for the next try.
                case AiguillageService.TropDeDemandes trop -> formulaire.montrer(new ActeRefuse("aiguillage.trop",
                        Reessai.quand(this, trop.reessayerApres(), horloge)));
                case AiguillageService.Resultat resultat when resultat.conseil().estInterne() -> {
                    // The free slots are an HTML-first page (DD020): the request in the HTTP session, a full load.
                    VaadinSession.getCurrent().getSession().setAttribute(ContexteDemande.class.getName(),
                            aiguillages.contexte(resultat.aiguillage()));
                    UI.getCurrent().getPage().setLocation("/" + CRENEAUX);
                }
                case AiguillageService.Resultat resultat ->
                    UI.getCurrent().navigate(OrientationView.class, resultat.aiguillage().id().toString());
            }
        });

        var autres = new NativeDetails(getTranslation("aiguillage.autres.titre"),
                new Paragraph(getTranslation("aiguillage.autres.texte")));
        autres.addClassName("pc-carte");
        add(new H1(getTranslation("aiguillage.titre")), intro, obligatoire, questionnaire, erreurs, continuer,
                new Paragraph(), autres);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("aiguillage.titre") + " – " + getTranslation("portail.nom");
    }
}
