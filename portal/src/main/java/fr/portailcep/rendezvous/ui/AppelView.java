package fr.portailcep.rendezvous.ui;

import fr.portailcep.shared.Formats;
import fr.portailcep.shared.NumerosTelephone;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.compte.AdresseCourriel;
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
import fr.portailcep.rendezvous.RendezVous;
import fr.portailcep.rendezvous.Reservation;
import fr.portailcep.rendezvous.ReservationService;
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.Saisies;
import fr.portailcep.shared.ui.EspaceProLayout;
import fr.portailcep.shared.ui.Saisie;

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
    private final TextField prenom = new TextField();
    private final TextField nom = new TextField();
    private final EmailField email = new EmailField();
    private final TextField telephone = new TextField();
    private final TextField codePostal = new TextField();
    private final TextArea besoin = new TextArea();
    private final Paragraph alerte = new Paragraph();
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

        champ(prenom, "appel-prenom", "coordonnees.prenom");
        champ(nom, "appel-nom", "coordonnees.nom");
        Saisie.limiter(prenom, Saisies.LONGUEUR_NOM);
        Saisie.limiter(nom, Saisies.LONGUEUR_NOM);
        email.setId("appel-email");
        email.setLabel(getTranslation("coordonnees.email"));
        email.setManualValidation(true);
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        champ(telephone, "appel-telephone", "coordonnees.telephone");
        champ(codePostal, "appel-code-postal", "appel.codepostal");
        codePostal.setMaxLength(5);
        codePostal.setRequiredIndicatorVisible(true);
        besoin.setId("appel-besoin");
        besoin.setLabel(getTranslation("appel.besoin"));
        Saisie.limiter(besoin, RendezVous.LONGUEUR_BESOIN);
        besoin.setWidthFull();
        var formulaire = new Div(conseiller, modalite, prenom, nom, email, telephone, codePostal, besoin);
        formulaire.addClassNames("pc-formulaire", "pc-carte");
        alerte.setId("appel-alerte");
        alerte.addClassName("pc-alerte");
        alerte.getElement().setAttribute("role", "alert");
        creneauxLibres.setId("appel-creneaux");
        add(formulaire, new H2(getTranslation("appel.creneaux")), alerte, creneauxLibres);
        conseiller.addValueChangeListener(e -> afficherCreneaux());
        email.addValueChangeListener(e -> email.setInvalid(false));
        telephone.addValueChangeListener(e -> telephone.setInvalid(false));
        codePostal.addValueChangeListener(e -> codePostal.setInvalid(false));
        prenom.addValueChangeListener(e -> prenom.setInvalid(false));
        nom.addValueChangeListener(e -> nom.setInvalid(false));
        besoin.addValueChangeListener(e -> besoin.setInvalid(false));
        modalite.addValueChangeListener(e -> {
            telephone.setLabel(getTranslation(e.getValue() == Modalite.TELEPHONE
                    ? "coordonnees.telephone.obligatoire" : "coordonnees.telephone"));
            afficherCreneaux();
        });
        afficherCreneaux();
    }

    private void champ(TextField champ, String id, String cle) {
        champ.setId(id);
        champ.setLabel(getTranslation(cle));
        champ.setManualValidation(true);
        champ.setWidthFull();
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
                var bouton = new Button(libelle, ev -> reserver(c));
                bouton.getElement().setAttribute("data-debut", String.valueOf(c.debut().getEpochSecond()));
                bouton.addClassName("pc-creneau-appel");
                boutons.add(bouton);
            });
            creneauxLibres.add(titre, boutons);
        });
    }

    private void reserver(CalculCreneaux.Creneau creneau) {
        alerte.setText("");
        var valide = true;
        var adresse = AdresseCourriel.lire(email.getValue());
        email.setInvalid(adresse.isEmpty());
        email.setErrorMessage(getTranslation("coordonnees.erreur.email"));
        valide &= adresse.isPresent();
        var tel = telephone.getValue().isBlank() ? null : telephone.getValue();
        var telOk = tel == null ? modalite.getValue() != Modalite.TELEPHONE : NumerosTelephone.estValide(tel);
        telephone.setInvalid(!telOk);
        telephone.setErrorMessage(getTranslation(tel == null ? "coordonnees.erreur.telephone.vide"
                : "coordonnees.erreur.telephone"));
        valide &= telOk;
        Territoire territoire = null;
        try {
            territoire = Territoire.duCodePostal(codePostal.getValue().strip());
        } catch (RuntimeException e) {
            // said beside the field
        }
        codePostal.setInvalid(territoire == null);
        codePostal.setErrorMessage(getTranslation("appel.erreur.codepostal"));
        valide &= territoire != null;
        if (!valide) {
            alerte.setText(getTranslation("appel.erreurs"));
            return;
        }
        var resume = getTranslation("appel.resume", codePostal.getValue().strip());
        var contexte = new ContexteDemande(null, null, territoire, horloge.instant(), CanalDemande.TELEPHONE, resume);
        var choix = new ChoixCreneau(creneau.siteId(), creneau.debut(), modalite.getValue(), creneau.conseillerId());
        Reservation resultat;
        try {
            resultat = reservations.reserverPourUnAppel(contexte, choix,
                    new Identite(prenom.getValue(), nom.getValue(), adresse.get(), tel), besoin.getValue());
        } catch (SaisieRefusee refus) {
            Saisie.montrer(refus, Map.of("prenom", prenom, "nom", nom, "besoin", besoin));
            alerte.setText(getTranslation("appel.erreurs"));
            return;
        }
        switch (resultat) {
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
                alerte.setText(getTranslation("appel.pris"));
                afficherCreneaux();
            }
            case Reservation.DejaUnRendezVous deja -> alerte.setText(getTranslation("appel.deja", deja.email()));
            case Reservation.AdresseProfessionnelle pro -> {
                email.setInvalid(true);
                email.setErrorMessage(getTranslation("appel.adressepro"));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appel.titre") + " – " + getTranslation("portail.nom");
    }
}
