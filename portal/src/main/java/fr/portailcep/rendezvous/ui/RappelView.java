package fr.portailcep.rendezvous.ui;

import fr.portailcep.shared.Formats;
import fr.portailcep.shared.NumerosTelephone;
import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.CompteService;
import fr.portailcep.echeance.EcheancesService;
import fr.portailcep.rendezvous.ContexteDemande;
import fr.portailcep.rendezvous.Identite;
import fr.portailcep.rendezvous.RappelEnLigne;
import fr.portailcep.rendezvous.ReservationService;
import fr.portailcep.shared.ui.Origine;
import fr.portailcep.shared.ui.PortailLayout;
import fr.portailcep.shared.ui.Reessai;

/**
 * "Rappelez-moi": when no slot suits before the guaranteed date, the person leaves a number instead of leaving
 * empty-handed. The request stays on its 30-working-day clock. The page after sending is the same whatever the
 * address (a staff address included): the courriel to the address says the rest.
 */
@Route(value = RappelView.CHEMIN, layout = PortailLayout.class)
@AnonymousAllowed
public class RappelView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String CHEMIN = "rendez-vous/rappel";

    private final ReservationService reservations;
    private final DemandeCourante demandeCourante;
    private final Clock horloge;

    public RappelView(ReservationService reservations, CompteService comptes, BeneficiaireService beneficiaires,
            EcheancesService echeances, Clock horloge) {
        this.reservations = reservations;
        this.horloge = horloge;
        this.demandeCourante = new DemandeCourante(comptes, beneficiaires, echeances);
        addClassName("pc-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent evenement) {
        var contexte = VaadinSession.getCurrent().getAttribute(ContexteDemande.class);
        if (contexte == null) {
            evenement.forwardTo(CreneauxView.AIGUILLAGE);
            return;
        }
        removeAll();
        var dateLimite = demandeCourante.dateLimite(contexte);
        var intro = new Paragraph(getTranslation("rappel.intro", Formats.francais().dateLongue(dateLimite)));
        intro.addClassName("pc-intro");
        // A call-back needs a number: always required here.
        var coordonnees = new FormulaireCoordonnees("", true, null, () -> true);
        var formulaire = coordonnees.formulaire();
        var moments = new CheckboxGroup<String>(getTranslation("rappel.moments"));
        moments.setId("moments");
        moments.setItems(List.of("rappel.moment.matin", "rappel.moment.midi", "rappel.moment.apresmidi",
                "rappel.moment.soir"));
        moments.setItemLabelGenerator(this::getTranslation);
        moments.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        demandeCourante.moi().ifPresent(coordonnees::remplir);

        var envoyer = new Button(getTranslation("rappel.envoyer"));
        envoyer.setId("envoyer-rappel");
        envoyer.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        envoyer.setWidthFull();
        var alerte = new Div();
        alerte.setId("alerte-rappel");
        alerte.getElement().setAttribute("role", "alert");
        var carte = new Div(coordonnees, moments, alerte, formulaire.erreurs(), envoyer);
        carte.addClassNames("pc-formulaire", "pc-carte");
        // A refused field (here or on the server) is said beside it and keeps what was typed.
        formulaire.soumettre(envoyer, x -> {
            alerte.removeAll();
            alerte.removeClassName("pc-alerte");
            var disponibilites = moments.getSelectedItems().stream().sorted().map(this::getTranslation)
                    .reduce((a, b) -> a + " ; " + b).orElse(null);
            switch (reservations.demanderRappel(contexte, coordonnees.identite(), disponibilites,
                    Origine.courante())) {
                case RappelEnLigne.TropDeDemandes trop -> {
                    var refus = new Paragraph(getTranslation("rappel.trop",
                            Reessai.quand(this, trop.reessayerApres(), horloge)));
                    refus.setId("trop-de-demandes");
                    alerte.add(refus);
                    alerte.addClassName("pc-alerte");
                }
                case RappelEnLigne.Envoye envoye -> envoye(envoye);
            }
        });
        add(new H1(getTranslation("rappel.titre")), intro, carte);
    }

    /** The same page whatever the address: what was asked, and where the answer is. */
    private void envoye(RappelEnLigne.Envoye envoye) {
        removeAll();
        var titre = new H1(getTranslation("rappel.fait.titre"));
        titre.setId("rappel-enregistre");
        var texte = new Paragraph(getTranslation("rappel.fait.texte", envoye.email()));
        texte.setId("rappel-courriel");
        texte.addClassName("pc-succes");
        texte.getElement().setAttribute("role", "status");
        var numero = new Paragraph(getTranslation("rappel.fait.numero", envoye.telephone()));
        var pasRecu = new Paragraph(getTranslation("confirmation.pasrecu", envoye.email()));
        pasRecu.addClassName("pc-discret");
        var creneaux = new Anchor("/rendez-vous/creneaux", getTranslation("rappel.fait.creneaux"));
        creneaux.addClassNames("pc-bouton-lien", "pc-bouton-secondaire");
        add(titre, texte, numero, pasRecu, new Paragraph(getTranslation("rappel.fait.creneau")),
                new Paragraph(creneaux));
        getElement().executeJs("window.scrollTo(0, 0); const h = document.querySelector('main h1');"
                + "if (h) { h.setAttribute('tabindex', '-1'); h.focus(); }");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rappel.titre") + " – " + getTranslation("portail.nom");
    }
}
