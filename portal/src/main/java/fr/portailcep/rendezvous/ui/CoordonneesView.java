package fr.portailcep.rendezvous.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.CompteService;
import fr.portailcep.echeance.EcheancesService;
import fr.portailcep.operateur.OperateurService;
import fr.portailcep.rendezvous.ChoixCreneau;
import fr.portailcep.rendezvous.ContexteDemande;
import fr.portailcep.rendezvous.CreneauPropose;
import fr.portailcep.rendezvous.CreneauxService;
import fr.portailcep.rendezvous.Modalite;
import fr.portailcep.rendezvous.ReservationEnLigne;
import fr.portailcep.rendezvous.ReservationService;
import fr.portailcep.shared.ActeRefuse;
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.ui.Origine;
import fr.portailcep.shared.ui.PortailLayout;
import fr.portailcep.shared.ui.Reessai;

/**
 * The short form after choosing a slot: the way to talk (when several are possible), a name, an email address, a
 * phone number if wanted. Every refusal is said beside its field and keeps what was typed; a slot taken meanwhile
 * is replaced by the next free ones, without losing anything typed. Then "look at your courriels": the same page
 * whatever the address (new, with a rendez-vous to come, a staff member's), the courriel says the rest.
 */
@Route(value = CoordonneesView.CHEMIN, layout = PortailLayout.class)
@AnonymousAllowed
public class CoordonneesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String CHEMIN = "rendez-vous/coordonnees";

    private final CreneauxService creneaux;
    private final ReservationService reservations;
    private final OperateurService operateurs;
    private final DemandeCourante demandeCourante;
    private final Clock horloge;

    private final RadioButtonGroup<Modalite> modalite = new RadioButtonGroup<>();
    private final Div alerte = new Div();
    private final Div recap = new Div();
    private Lieux lieux;
    private ContexteDemande contexte;
    private CreneauPropose creneau;
    private final FormulaireCoordonnees coordonnees;

    public CoordonneesView(CreneauxService creneaux, ReservationService reservations, OperateurService operateurs,
            CompteService comptes, BeneficiaireService beneficiaires, EcheancesService echeances, Clock horloge) {
        this.creneaux = creneaux;
        this.horloge = horloge;
        this.reservations = reservations;
        this.operateurs = operateurs;
        this.demandeCourante = new DemandeCourante(comptes, beneficiaires, echeances);
        addClassName("pc-page");
        coordonnees = new FormulaireCoordonnees("", true, "coordonnees.besoin",
                () -> modalite.getValue() == Modalite.TELEPHONE);
        coordonnees.formulaire().champ("modalite", modalite);
        // Refusals that name no field (and the summary of refused fields) above the button.
        coordonnees.formulaire().erreurs().setId("alerte-reservation");
        modalite.addValueChangeListener(e -> {
            coordonnees.adapterTelephone();
            afficherRecap();
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent evenement) {
        contexte = VaadinSession.getCurrent().getAttribute(ContexteDemande.class);
        if (contexte == null) {
            evenement.forwardTo(CreneauxView.AIGUILLAGE);
            return;
        }
        lieux = new Lieux(operateurs);
        var parametres = evenement.getLocation().getQueryParameters();
        var debut = parametres.getSingleParameter("debut").flatMap(CoordonneesView::instant);
        var site = parametres.getSingleParameter("site").flatMap(CoordonneesView::uuid);
        var choixModalite = parametres.getSingleParameter("modalite").flatMap(CoordonneesView::modalite);
        creneau = debut.flatMap(d -> creneaux.creneauPropose(d, site.orElse(null), choixModalite.orElse(null)))
                .orElse(null);
        construire(choixModalite);
    }

    private void construire(Optional<Modalite> choixModalite) {
        removeAll();
        var retour = new Anchor("/" + "rendez-vous/creneaux", getTranslation("coordonnees.retour"));
        retour.addClassName("pc-retour");
        retour.setId("changer-creneau");
        add(retour, new H1(getTranslation("coordonnees.titre")));
        if (creneau == null) {
            var indisponible = new Paragraph(getTranslation("coordonnees.indisponible"));
            indisponible.addClassName("pc-alerte");
            indisponible.setId("creneau-indisponible");
            add(indisponible);
            return;
        }
        recap.setId("recap");
        add(recap);

        modalite.setId("modalite");
        modalite.setLabel(getTranslation("coordonnees.modalite"));
        modalite.setItemLabelGenerator(m -> getTranslation("modalite." + m.name()));
        modalite.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        proposerModalites(choixModalite.orElse(null));
        var formulaire = coordonnees.formulaire();
        demandeCourante.moi().ifPresent(coordonnees::remplir);

        alerte.setId("alerte-creneau");
        alerte.getElement().setAttribute("role", "alert");
        var confidentiel = new Paragraph(getTranslation("coordonnees.confidentiel"));
        confidentiel.addClassName("pc-discret");
        var confirmer = new Button(getTranslation("coordonnees.confirmer"));
        confirmer.setId("confirmer");
        confirmer.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        confirmer.setWidthFull();
        formulaire.soumettre(confirmer, x -> reserver());
        var carte = new Div(modalite, coordonnees);
        carte.addClassNames("pc-formulaire", "pc-carte");
        add(carte, confidentiel, alerte, formulaire.erreurs(), confirmer);
        afficherRecap();
    }

    private void proposerModalites(Modalite prefere) {
        var possibles = EnumSet.copyOf(creneau.modalites());
        modalite.setItems(possibles);
        modalite.setValue(prefere != null && possibles.contains(prefere) ? prefere
                : modalite.getValue() != null && possibles.contains(modalite.getValue()) ? modalite.getValue()
                : possibles.iterator().next());
        modalite.setVisible(possibles.size() > 1);
    }

    private void afficherRecap() {
        recap.removeAll();
        if (creneau != null) {
            recap.add(new Recapitulatif(creneau.debut(), creneau.fin(), modalite.getValue(),
                    lieux.site(creneau.siteId()), lieux.zone(creneau.siteId()), null));
        }
    }

    /**
     * Books the slot. A refused field (here or on the server) is said beside it by the form, which keeps what was
     * typed; a slot taken meanwhile is replaced by the next free ones; too many requests say when to try again.
     */
    private void reserver() {
        effacerAlerte();
        ReservationEnLigne resultat;
        try {
            resultat = reservations.reserver(contexte, ChoixCreneau.de(creneau, modalite.getValue()),
                    coordonnees.identite(), coordonnees.besoin(), Origine.courante());
        } catch (SaisieRefusee refus) {
            // Shown beside each field by the form; the summary above the button says there is something to fix.
            coordonnees.formulaire().montrer(refus);
            coordonnees.formulaire().montrer(new ActeRefuse("coordonnees.erreurs"));
            return;
        }
        switch (resultat) {
            case ReservationEnLigne.Envoyee envoyee -> confirmer(envoyee);
            case ReservationEnLigne.CreneauPris pris -> proposerAutres(pris.alternatives());
            case ReservationEnLigne.TropDeDemandes trop -> {
                var refus = new Paragraph(getTranslation("coordonnees.trop",
                        Reessai.quand(this, trop.reessayerApres(), horloge)));
                refus.setId("trop-de-demandes");
                alerter(refus);
            }
        }
    }

    private void effacerAlerte() {
        alerte.removeAll();
        alerte.removeClassName("pc-alerte");
    }

    private void proposerAutres(List<CreneauPropose> alternatives) {
        var liste = new ListeCreneaux(creneaux, lieux, null, c -> {
        });
        var boutons = new UnorderedList();
        boutons.addClassName("pc-creneaux");
        for (var autre : alternatives) {
            var date = autre.debut().atZone(lieux.zone(autre.siteId())).toLocalDate();
            var bouton = liste.bouton(date, autre);
            bouton.setDisableOnClick(false);
            bouton.getElement().appendChild(new com.vaadin.flow.component.html.Span(
                    fr.portailcep.shared.Formats.francais().dateSansAnnee(date)).getElement());
            bouton.addClickListener(e -> {
                creneau = autre;
                proposerModalites(modalite.getValue());
                afficherRecap();
                effacerAlerte();
                recap.getElement().executeJs("this.scrollIntoView({block: 'center'})");
            });
            boutons.add(new ListItem(bouton));
        }
        var tous = new Anchor("/rendez-vous/creneaux", getTranslation("coordonnees.pris.tous"));
        tous.addClassName("pc-lien");
        alerter(new Paragraph(getTranslation(alternatives.isEmpty() ? "coordonnees.pris.aucun" : "coordonnees.pris")),
                boutons, new Paragraph(tous));
    }

    private void alerter(Component... contenu) {
        alerte.removeAll();
        alerte.addClassName("pc-alerte");
        alerte.add(contenu);
        alerte.getElement().executeJs("this.scrollIntoView({block: 'center'})");
    }

    /**
     * "Look at your courriels", and the slot asked. Nothing here depends on what happened to the address: a new
     * booking, a rendez-vous already to come, a staff address all get this page, and each a courriel of its own.
     */
    private void confirmer(ReservationEnLigne.Envoyee envoyee) {
        VaadinSession.getCurrent().setAttribute(ContexteDemande.class, null);
        removeAll();
        var titre = new H1();
        var enveloppe = new Icon(VaadinIcon.ENVELOPE_O);
        enveloppe.getElement().setAttribute("aria-hidden", "true");
        enveloppe.getStyle().set("color", "var(--pc-succes)").set("margin-right", "0.5rem");
        titre.add(enveloppe, new com.vaadin.flow.component.html.Span(getTranslation("confirmation.titre")));
        titre.setId("confirmation");
        var courriel = new Paragraph(getTranslation("confirmation.courriel", envoyee.email()));
        courriel.setId("confirmation-courriel");
        courriel.addClassName("pc-succes");
        courriel.getElement().setAttribute("role", "status");
        var deja = new Paragraph(getTranslation("confirmation.deja"));
        deja.addClassName("pc-discret");
        var recapitulatif = new Recapitulatif(creneau.debut(), creneau.fin(), modalite.getValue(),
                lieux.site(creneau.siteId()), lieux.zone(creneau.siteId()), null);
        recapitulatif.setId("recap-demande");
        var pasRecu = new Paragraph(getTranslation("confirmation.pasrecu", envoyee.email()));
        pasRecu.addClassName("pc-discret");
        var ensuite = new UnorderedList(new ListItem(getTranslation("confirmation.ensuite.rappel")),
                new ListItem(getTranslation("confirmation.ensuite.empeche")),
                new ListItem(getTranslation("confirmation.ensuite.espace")));
        ensuite.addClassName("pc-liste");
        var accueil = new Anchor("/", getTranslation("confirmation.accueil"));
        accueil.addClassNames("pc-bouton-lien", "pc-bouton-secondaire");
        add(titre, courriel, deja, new H2(getTranslation("confirmation.choisi")), recapitulatif, pasRecu,
                new H2(getTranslation("confirmation.ensuite")), ensuite, new Paragraph(accueil));
        getElement().executeJs("window.scrollTo(0, 0); const h = document.querySelector('main h1');"
                + "if (h) { h.setAttribute('tabindex', '-1'); h.focus(); }");
    }

    private static Optional<Instant> instant(String texte) {
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(texte)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<UUID> uuid(String texte) {
        try {
            return Optional.of(UUID.fromString(texte));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Modalite> modalite(String texte) {
        try {
            return Optional.of(Modalite.valueOf(texte));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coordonnees.titre") + " – " + getTranslation("portail.nom");
    }
}
