package fr.portailcep.rendezvous;

import fr.portailcep.shared.NumerosTelephone;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import fr.portailcep.beneficiaire.Beneficiaire;
import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.CompteService;
import fr.portailcep.compte.Role;
import fr.portailcep.echeance.EcheancesService;
import fr.portailcep.shared.Saisies;

/**
 * Booking a first rendez-vous, by the person on the portal (no account needed: it is created or found with their
 * email address) or by a conseiller for someone who phoned. The database has the last word on a slot: when two
 * people book it at the same instant, one gets it and the other is offered the next free ones.
 */
@Service
public class ReservationService {

    /** PostgreSQL's code for an exclusion constraint violation. */
    private static final String CHEVAUCHEMENT = "23P01";

    private final CreneauxService creneaux;
    private final RendezVousRepository rendezVous;
    private final EcheancesService echeances;
    private final CompteService comptes;
    private final BeneficiaireService beneficiaires;
    private final CourrielsRendezVous courriels;
    private final ApplicationEventPublisher evenements;
    private final TransactionTemplate transaction;
    private final Clock horloge;

    ReservationService(CreneauxService creneaux, RendezVousRepository rendezVous, EcheancesService echeances,
            CompteService comptes, BeneficiaireService beneficiaires, CourrielsRendezVous courriels,
            ApplicationEventPublisher evenements, TransactionTemplate transaction, Clock horloge) {
        this.creneaux = creneaux;
        this.rendezVous = rendezVous;
        this.echeances = echeances;
        this.comptes = comptes;
        this.beneficiaires = beneficiaires;
        this.courriels = courriels;
        this.evenements = evenements;
        this.transaction = transaction;
        this.horloge = horloge;
    }

    /** The person books a slot on the portal. */
    public Reservation reserver(ContexteDemande contexte, ChoixCreneau choix, Identite identite, String besoin) {
        return reserver(contexte, choix, identite, besoin, OrigineRendezVous.EN_LIGNE,
                horloge.instant().plus(CreneauxService.DELAI_PREVENANCE));
    }

    /** A conseiller books for someone who phoned (or came): any free slot from now on, in a given agenda if chosen. */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    public Reservation reserverPourUnAppel(ContexteDemande contexte, ChoixCreneau choix, Identite identite,
            String besoin) {
        var origine = switch (contexte.canal()) {
            case SUR_PLACE -> OrigineRendezVous.SUR_PLACE;
            default -> OrigineRendezVous.TELEPHONE;
        };
        return reserver(contexte, choix, identite, besoin, origine, horloge.instant());
    }

    /** The person asks to be called back instead (no slot suits them before their due date). */
    public RappelEnregistre demanderRappel(ContexteDemande contexte, Identite identite, String disponibilites) {
        var telephone = NumerosTelephone.lire(identite.telephone())
                .orElseThrow(() -> new IllegalArgumentException("Numéro de téléphone invalide"));
        return transaction.execute(s -> {
            var personne = personne(identite, telephone);
            if (personne.isEmpty()) {
                return new RappelEnregistre(null, identite.email().valeur(), true);
            }
            var demande = echeances.ouvrirOuRetrouver(personne.get().id(), contexte.territoire(),
                    contexte.premierContactLe(), contexte.canal(), contexte.aiguillageId(), contexte.reference());
            var rappel = echeances.demanderRappel(demande.id(), telephone, disponibilites == null || disponibilites.isBlank()
                    ? null : disponibilites.strip());
            courriels.rappelDemande(personne.get(), telephone, demande.dateLimite(), rappel.id());
            return new RappelEnregistre(demande.dateLimite(), identite.email().valeur(), false);
        });
    }

    /** A call-back request recorded: the person is called back by {@code dateLimite}. */
    public record RappelEnregistre(LocalDate dateLimite, String email, boolean adresseProfessionnelle) {
    }

    private Reservation reserver(ContexteDemande contexte, ChoixCreneau choix, Identite identite, String besoin,
            OrigineRendezVous origine, Instant pasAvant) {
        var besoinPropre = Saisies.ouNull(Saisies.texte("besoin", besoin, RendezVous.LONGUEUR_BESOIN));
        var telephone = NumerosTelephone.lire(identite.telephone()).orElse(null);
        if (choix.modalite() == Modalite.TELEPHONE && telephone == null) {
            throw new IllegalArgumentException("Un rendez-vous par téléphone demande un numéro valide");
        }
        try {
            return transaction.execute(s -> tenter(contexte, choix, identite, besoinPropre, origine, pasAvant,
                    telephone));
        } catch (DataIntegrityViolationException e) {
            if (!estUnChevauchement(e)) {
                throw e;
            }
            return new Reservation.CreneauPris(alternatives(choix));
        }
    }

    private Reservation tenter(ContexteDemande contexte, ChoixCreneau choix, Identite identite, String besoin,
            OrigineRendezVous origine, Instant pasAvant, String telephone) {
        var candidats = creneaux.candidats(choix, null, pasAvant);
        if (candidats.isEmpty()) {
            return new Reservation.CreneauPris(alternatives(choix));
        }
        var personne = personne(identite, telephone);
        if (personne.isEmpty()) {
            return new Reservation.AdresseProfessionnelle(identite.email().valeur());
        }
        var maintenant = horloge.instant();
        var aVenir = rendezVous.aVenir(personne.get().id(), maintenant);
        if (!aVenir.isEmpty()) {
            if (origine == OrigineRendezVous.EN_LIGNE) {
                courriels.renvoiLien(aVenir.getFirst());
            }
            return new Reservation.DejaUnRendezVous(identite.email().valeur());
        }
        var demande = echeances.ouvrirOuRetrouver(personne.get().id(), contexte.territoire(),
                contexte.premierContactLe(), contexte.canal(), contexte.aiguillageId(), contexte.reference());
        var creneau = candidats.getFirst();
        var rdv = new RendezVous(creneau.conseillerId(), creneau.siteId(), personne.get().id(), demande.id(),
                choix.modalite(), creneau.debut(), creneau.fin(), origine, contexte.resume(), besoin, telephone,
                maintenant);
        // The exclusion constraint is checked here: a concurrent booking of the same time waits, then fails.
        rendezVous.saveAndFlush(rdv);
        courriels.confirmation(rdv, Optional.of(demande.dateLimite()));
        evenements.publishEvent(new EvenementsRendezVous.RendezVousReserve(rdv.id(), rdv.beneficiaireId(),
                rdv.conseillerId(), demande.id(), rdv.debut(), rdv.modalite(), origine, rdv.siteId()));
        return new Reservation.Confirmee(rdv, demande.dateLimite(), identite.email().valeur());
    }

    /** The bénéficiaire of this address (created with the account if new); empty for a staff address. */
    private Optional<Beneficiaire> personne(Identite identite, String telephone) {
        var existait = comptes.parEmail(identite.email());
        if (existait.isPresent() && existait.get().role() != Role.BENEFICIAIRE) {
            return Optional.empty();
        }
        var compte = comptes.creerOuRetrouverBeneficiaire(identite.email(), identite.prenom(), identite.nom());
        var personne = beneficiaires.parCompte(compte.id()).orElseThrow();
        // An address typed by someone else must not change an existing person's details: only fill what is missing.
        if (telephone != null && personne.telephone() == null) {
            beneficiaires.completerIdentite(personne.id(), null, null, telephone);
        }
        return Optional.of(personne);
    }

    List<CreneauPropose> alternatives(ChoixCreneau choix) {
        var filtre = new FiltreCreneaux(choix.modalite(), choix.modalite().aDistance() ? null : choix.siteId());
        return creneaux.suivants(filtre, choix.debut(), 3);
    }

    static boolean estUnChevauchement(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && CHEVAUCHEMENT.equals(sql.getSQLState())) {
                return true;
            }
            if (cause.getMessage() != null && cause.getMessage().contains("rendez_vous_sans_chevauchement")) {
                return true;
            }
        }
        return false;
    }
}
