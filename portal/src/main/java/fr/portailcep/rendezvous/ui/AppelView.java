package fr.portailcep.rendezvous.ui;

import fr.portailcep.shared.Formats;
import fr.portailcep.shared.NumerosTelephone;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.compte.Compte;
import fr.portailcep.echeance.CanalDemande;
import fr.portailcep.echeance.Territoire;
import fr.portailcep.operateur.OperateurService;
import fr.portailcep.rendezvous.AgendaService;
import fr.portailcep.rendezvous.CalculCreneaux;
import fr.portailcep.rendezvous.ChoixCreneau;
import fr.portailcep.rendezvous.ContexteDemande;
import fr.portailcep.rendezvous.CreneauxService;
import fr.portailcep.rendezvous.Identite;
import fr.portailcep.rendezvous.Modalite;
import fr.portailcep.rendezvous.Reservation;
import fr.portailcep.rendezvous.ReservationService;
import fr.portailcep.shared.ActeRefuse;
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.ui.EspaceProLayout;

/**
 * Someone phoned: the conseiller types who they are and where they live (their territory, hence their due date),
 * picks one of the free slots of an agenda, and the person receives the same confirmation as online.
 */
@Route(value = AppelView.CHEMIN, layout = EspaceProLayout.class)
@RolesAllowed({"CONSEILLER", "MANAGER"})
public class AppelView extends Div implements HasDynamicTitle {

    static final String CHEMIN = "espace-pro/rendez-vous-telephone";
    private static final int JOURS = 30;

    private final CreneauxService creneaux;
    private final ReservationService reservations;
    private final Clock horloge;
    private final Lieux lieux;
    private final Select<Compte> conseiller = new Select<>();
    private final RadioButtonGroup<Modalite> modalite = new RadioButtonGroup<>();
    private final TextField codePostal = new TextField();
    private final FormulaireCoordonnees coordonnees;
    private final Div creneauxLibres = new Div();

    public AppelView(AgendaService agenda, CreneauxService creneaux, ReservationService reservations,
            OperateurService operateurs, Clock horloge) {
        this.creneaux = creneaux;
        this.reservations = reservations;
        this.horloge = horloge;
        this.lieux = new Lieux(operateurs);
        addClassName("pc-page");
        add(new H1(getTranslation("appel.titre")), new Paragraph(getTranslation("appel.intro")));

        var visibles = agenda.agendasVisibles();
        conseiller.setLabel(getTranslation("agenda.conseiller"));
        conseiller.setItems(visibles);
        conseiller.setItemLabelGenerator(c -> c.prenom() + " " + c.nom());
        conseiller.setId("appel-conseiller");
        if (!visibles.isEmpty()) {
            conseiller.setValue(visibles.getFirst());
        }
        conseiller.setVisible(visibles.size() > 1);
        modalite.setLabel(getTranslation("coordonnees.modalite"));
        modalite.setItems(Modalite.values());
        modalite.setItemLabelGenerator(m -> getTranslation("modalite." + m.name()));
        modalite.setValue(Modalite.TELEPHONE);
        modalite.setId("appel-modalite");

        // A conseiller types someone else's details: no autofill, no help meant for the person.
        coordonnees = new FormulaireCoordonnees("appel-", false, "appel.besoin",
                () -> modalite.getValue() == Modalite.TELEPHONE);
        codePostal.setId("appel-code-postal");
        codePostal.setLabel(getTranslation("appel.codepostal"));
        codePostal.setManualValidation(true);
        codePostal.setWidthFull();
        codePostal.setMaxLength(5);
        codePostal.getElement().setAttribute("inputmode", "numeric");
        // The territory, hence the due date, comes from the postcode; the server reads it again.
        coordonnees.formulaire().champ("modalite", modalite).champ("codePostal", codePostal,
                b -> b.asRequired(getTranslation("appel.erreur.codepostal"))
                        .withValidator(v -> territoire(v).isPresent(), getTranslation("appel.erreur.codepostal")));
        coordonnees.ajouterApresTelephone(codePostal);
        var formulaire = new Div(conseiller, modalite, coordonnees);
        formulaire.addClassNames("pc-formulaire", "pc-carte");
        var erreurs = coordonnees.formulaire().erreurs();
        erreurs.setId("appel-alerte");
        creneauxLibres.setId("appel-creneaux");
        add(formulaire, new H2(getTranslation("appel.creneaux")), erreurs, creneauxLibres);
        conseiller.addValueChangeListener(e -> afficherCreneaux());
        modalite.addValueChangeListener(e -> {
            coordonnees.adapterTelephone();
            afficherCreneaux();
        });
        afficherCreneaux();
    }

    private void afficherCreneaux() {
        creneauxLibres.removeAll();
        if (conseiller.getValue() == null) {
            return;
        }
        List<CalculCreneaux.Creneau> libres = creneaux.libresDe(conseiller.getValue().id(), JOURS).stream()
                .filter(c -> modalite.getValue() == null || c.modalites().contains(modalite.getValue())).toList();
        if (libres.isEmpty()) {
            creneauxLibres.add(new Paragraph(getTranslation("creneaux.aucun")));
            return;
        }
        var parJour = new LinkedHashMap<LocalDate, List<CalculCreneaux.Creneau>>();
        libres.forEach(c -> parJour.computeIfAbsent(c.debut().atZone(lieux.zone(c.siteId())).toLocalDate(),
                j -> new java.util.ArrayList<>()).add(c));
        parJour.entrySet().stream().limit(10).forEach(e -> {
            var titre = new H2(Formats.francais().dateSansAnnee(e.getKey()));
            titre.addClassName("pc-jour");
            var boutons = new Div();
            boutons.addClassName("pc-actions");
            e.getValue().forEach(c -> {
                var libelle = Formats.francais().heure(c.debut(), lieux.zone(c.siteId()))
                        + lieux.site(c.siteId()).map(s -> " · " + s.commune()).orElse("");
                var bouton = new Button(libelle);
                // Each slot is a submit button of the form: one booking per click, refusals beside their field.
                coordonnees.formulaire().soumettre(bouton, x -> reserver(c));
                bouton.getElement().setAttribute("data-debut", String.valueOf(c.debut().getEpochSecond()));
                bouton.addClassName("pc-creneau-appel");
                boutons.add(bouton);
            });
            creneauxLibres.add(titre, boutons);
        });
    }

    private void reserver(CalculCreneaux.Creneau creneau) {
        var formulaire = coordonnees.formulaire();
        var territoire = territoire(codePostal.getValue())
                .orElseThrow(() -> SaisieRefusee.de("codePostal", "appel.erreur.codepostal"));
        var resume = getTranslation("appel.resume", codePostal.getValue().strip());
        var contexte = new ContexteDemande(null, null, territoire, horloge.instant(), CanalDemande.TELEPHONE, resume);
        var choix = new ChoixCreneau(creneau.siteId(), creneau.debut(), modalite.getValue(), creneau.conseillerId());
        switch (reservations.reserverPourUnAppel(contexte, choix, coordonnees.identite(), coordonnees.besoin())) {
            case Reservation.Confirmee c -> {
                removeAll();
                var titre = new H1(getTranslation("appel.fait.titre"));
                titre.setId("appel-fait");
                var agenda = new Anchor("/" + AgendaView.CHEMIN + "?date="
                        + c.rendezVous().debut().atZone(lieux.zone(c.rendezVous().siteId())).toLocalDate()
                        + "&conseiller=" + c.rendezVous().conseillerId(), getTranslation("carte.rdvjour.agenda"));
                agenda.addClassNames("pc-bouton-lien", "pc-bouton-principal");
                add(titre, new Paragraph(getTranslation("appel.fait.texte",
                        Formats.francais().dateLongueHeure(c.rendezVous().debut(), lieux.zone(c.rendezVous().siteId())), c.email(),
                        Formats.francais().dateLongue(c.dateLimite()))), agenda);
            }
            case Reservation.CreneauPris pris -> {
                formulaire.montrer(new ActeRefuse("appel.pris"));
                afficherCreneaux();
            }
            case Reservation.DejaUnRendezVous deja -> formulaire.montrer(new ActeRefuse("appel.deja", deja.email()));
            case Reservation.AdresseProfessionnelle pro -> formulaire.refuser("email", "appel.adressepro");
        }
    }

    /** The territory of a postcode, if it is one (the check of the browser side; the server reads it again). */
    private static Optional<Territoire> territoire(String codePostal) {
        try {
            return Optional.of(Territoire.duCodePostal(codePostal == null ? "" : codePostal.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appel.titre") + " – " + getTranslation("portail.nom");
    }
}
