package fr.portailcep.rendezvous.ui;

import fr.portailcep.shared.NumerosTelephone;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.compte.CompteService;
import fr.portailcep.echeance.EcheancesService;
import fr.portailcep.operateur.OperateurService;
import fr.portailcep.rendezvous.ChoixCreneau;
import fr.portailcep.rendezvous.ContexteDemande;
import fr.portailcep.rendezvous.CreneauPropose;
import fr.portailcep.rendezvous.CreneauxService;
import fr.portailcep.rendezvous.Identite;
import fr.portailcep.rendezvous.Modalite;
import fr.portailcep.rendezvous.RendezVous;
import fr.portailcep.rendezvous.ReservationEnLigne;
import fr.portailcep.rendezvous.ReservationService;
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.Saisies;
import fr.portailcep.shared.ui.Origine;
import fr.portailcep.shared.ui.PortailLayout;
import fr.portailcep.shared.ui.Reessai;
import fr.portailcep.shared.ui.Saisie;

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
    private final TextField prenom = new TextField();
    private final TextField nom = new TextField();
    private final EmailField email = new EmailField();
    private final TextField telephone = new TextField();
    private final TextArea besoin = new TextArea();
    private final Div alerte = new Div();
    private final Div recap = new Div();
    private Lieux lieux;
    private ContexteDemande contexte;
    private CreneauPropose creneau;

    public CoordonneesView(CreneauxService creneaux, ReservationService reservations, OperateurService operateurs,
            CompteService comptes, BeneficiaireService beneficiaires, EcheancesService echeances, Clock horloge) {
        this.creneaux = creneaux;
        this.horloge = horloge;
        this.reservations = reservations;
        this.operateurs = operateurs;
        this.demandeCourante = new DemandeCourante(comptes, beneficiaires, echeances);
        addClassName("pc-page");
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
        modalite.addValueChangeListener(e -> {
            adapterTelephone();
            afficherRecap();
        });
        proposerModalites(choixModalite.orElse(null));

        champ(prenom, "prenom", "coordonnees.prenom", "given-name");
        champ(nom, "nom", "coordonnees.nom", "family-name");
        email.setId("email");
        email.setLabel(getTranslation("coordonnees.email"));
        email.setHelperText(getTranslation("coordonnees.email.aide"));
        email.setWidthFull();
        email.setManualValidation(true);
        email.setRequiredIndicatorVisible(true);
        email.getElement().setAttribute("autocomplete", "email");
        telephone.setId("telephone");
        telephone.setWidthFull();
        telephone.setManualValidation(true);
        telephone.setMaxLength(30);
        telephone.getElement().setAttribute("autocomplete", "tel");
        telephone.getElement().setAttribute("inputmode", "tel");
        telephone.getElement().setAttribute("type", "tel");
        adapterTelephone();
        besoin.setId("besoin");
        besoin.setLabel(getTranslation("coordonnees.besoin"));
        besoin.setHelperText(getTranslation("coordonnees.besoin.aide"));
        Saisie.limiter(besoin, RendezVous.LONGUEUR_BESOIN);
        besoin.setWidthFull();
        // A corrected field loses its error as soon as it changes; the check runs again on confirmation.
        email.addValueChangeListener(e -> email.setInvalid(false));
        telephone.addValueChangeListener(e -> telephone.setInvalid(false));
        prenom.addValueChangeListener(e -> prenom.setInvalid(false));
        nom.addValueChangeListener(e -> nom.setInvalid(false));
        besoin.addValueChangeListener(e -> besoin.setInvalid(false));

        demandeCourante.moi().ifPresent(moi -> {
            if (prenom.isEmpty() && moi.prenom() != null) {
                prenom.setValue(moi.prenom());
            }
            if (nom.isEmpty() && moi.nom() != null) {
                nom.setValue(moi.nom());
            }
            email.setValue(moi.email());
            email.setReadOnly(true);
            if (telephone.isEmpty() && moi.telephone() != null) {
                telephone.setValue(moi.telephone());
            }
        });

        alerte.setId("alerte-reservation");
        alerte.getElement().setAttribute("role", "alert");
        var confidentiel = new Paragraph(getTranslation("coordonnees.confidentiel"));
        confidentiel.addClassName("pc-discret");
        var confirmer = new Button(getTranslation("coordonnees.confirmer"));
        confirmer.setId("confirmer");
        confirmer.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        confirmer.setWidthFull();
        confirmer.setDisableOnClick(true);
        confirmer.addClickListener(e -> {
            try {
                reserver();
            } finally {
                confirmer.setEnabled(true);
            }
        });
        var formulaire = new Div(modalite, prenom, nom, email, telephone, besoin);
        formulaire.addClassNames("pc-formulaire", "pc-carte");
        add(formulaire, confidentiel, alerte, confirmer);
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

    private void adapterTelephone() {
        var obligatoire = modalite.getValue() == Modalite.TELEPHONE;
        telephone.setLabel(getTranslation(obligatoire ? "coordonnees.telephone.obligatoire" : "coordonnees.telephone"));
        telephone.setRequiredIndicatorVisible(obligatoire);
        telephone.setHelperText(getTranslation(obligatoire ? "coordonnees.telephone.aide"
                : "coordonnees.telephone.aide.facultatif"));
    }

    private void reserver() {
        alerte.removeAll();
        alerte.removeClassName("pc-alerte");
        var valide = true;
        valide &= exiger(prenom, "coordonnees.erreur.prenom");
        valide &= exiger(nom, "coordonnees.erreur.nom");
        var adresse = AdresseCourriel.lire(email.getValue());
        if (adresse.isEmpty()) {
            email.setErrorMessage(getTranslation(email.getValue().isBlank() ? "coordonnees.erreur.email.vide"
                    : "coordonnees.erreur.email"));
            email.setInvalid(true);
            valide = false;
        } else {
            email.setInvalid(false);
        }
        var numero = telephone.getValue().isBlank() ? Optional.<String>empty() : NumerosTelephone.lire(telephone.getValue());
        if (!telephone.getValue().isBlank() && numero.isEmpty()) {
            telephone.setErrorMessage(getTranslation("coordonnees.erreur.telephone"));
            telephone.setInvalid(true);
            valide = false;
        } else if (modalite.getValue() == Modalite.TELEPHONE && numero.isEmpty()) {
            telephone.setErrorMessage(getTranslation("coordonnees.erreur.telephone.vide"));
            telephone.setInvalid(true);
            valide = false;
        } else {
            telephone.setInvalid(false);
        }
        if (!valide) {
            alerter(new Paragraph(getTranslation("coordonnees.erreurs")));
            List.of(prenom, nom, email, telephone).stream().filter(c -> c.isInvalid()).findFirst()
                    .ifPresent(c -> c.focus());
            return;
        }
        ReservationEnLigne resultat;
        try {
            var identite = new Identite(prenom.getValue(), nom.getValue(), adresse.get(), numero.orElse(null));
            resultat = reservations.reserver(contexte, ChoixCreneau.de(creneau, modalite.getValue()), identite,
                    besoin.getValue(), Origine.courante());
        } catch (SaisieRefusee refus) {
            // Said beside each field, which keeps what was typed.
            Saisie.montrer(refus, Map.of("prenom", prenom, "nom", nom, "besoin", besoin));
            alerter(new Paragraph(getTranslation("coordonnees.erreurs")));
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
                alerte.removeAll();
                alerte.removeClassName("pc-alerte");
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

    private boolean exiger(TextField champ, String cle) {
        if (champ.getValue().isBlank()) {
            champ.setErrorMessage(getTranslation(cle));
            champ.setInvalid(true);
            return false;
        }
        champ.setInvalid(false);
        return true;
    }

    private void champ(TextField champ, String id, String libelle, String autocomplete) {
        champ.setId(id);
        champ.setLabel(getTranslation(libelle));
        Saisie.limiter(champ, Saisies.LONGUEUR_NOM);
        champ.setWidthFull();
        champ.setRequiredIndicatorVisible(true);
        champ.getElement().setAttribute("autocomplete", autocomplete);
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
