package fr.portailcep.rendezvous;

import fr.portailcep.shared.NumerosTelephone;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import fr.portailcep.beneficiaire.Beneficiaire;
import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.Compte;
import fr.portailcep.compte.CompteService;
import fr.portailcep.compte.OrigineRequete;
import fr.portailcep.compte.Role;
import fr.portailcep.echeance.EcheancesService;
import fr.portailcep.operateur.PolitiqueAcces;
import fr.portailcep.shared.Saisies;
import fr.portailcep.shared.limites.ActionLimitee;
import fr.portailcep.shared.limites.Limiteur;

/**
 * Booking a first rendez-vous, by the person on the portal (no account needed: it is created or found with their
 * email address) or by a conseiller for someone who phoned. The database has the last word on a slot: when two
 * people book it at the same instant, one gets it and the other is offered the next free ones.
 * <p>
 * On the portal, anyone can type any address: the answer on the page is the same whether the address is new, has
 * a rendez-vous to come or is a staff member's ({@link ReservationEnLigne}, {@link RappelEnLigne}); the courriel
 * to the address tells its owner what happened. Bookings and call-back requests are rate-limited per address and
 * per network ({@code shared.limites.LimitesDebit}).
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
    private final TransactionTemplate transaction;
    private final PolitiqueAcces politique;
    private final Clock horloge;
    private final Limiteur limiteur;

    ReservationService(CreneauxService creneaux, RendezVousRepository rendezVous, EcheancesService echeances,
            CompteService comptes, BeneficiaireService beneficiaires, CourrielsRendezVous courriels,
            TransactionTemplate transaction, PolitiqueAcces politique,
            Clock horloge, Limiteur limiteur) {
        this.politique = politique;
        this.limiteur = limiteur;
        this.creneaux = creneaux;
        this.rendezVous = rendezVous;
        this.echeances = echeances;
        this.comptes = comptes;
        this.beneficiaires = beneficiaires;
        this.courriels = courriels;
        this.transaction = transaction;
        this.horloge = horloge;
    }

    /**
     * The person books a slot on the portal. A slot taken meanwhile is said (it says nothing about the address);
     * otherwise the page only learns that a courriel went to the address.
     */
    public ReservationEnLigne reserver(ContexteDemande contexte, ChoixCreneau choix, Identite identite, String besoin,
            OrigineRequete origine) {
        var limite = limiteur.consommer(ActionLimitee.RESERVATION, identite.email().valeur(), origine.adresseReseau());
        if (limite.isPresent()) {
            return new ReservationEnLigne.TropDeDemandes(limite.get());
        }
        var resultat = reserver(contexte, choix, identite, besoin, OrigineRendezVous.EN_LIGNE,
                horloge.instant().plus(CreneauxService.DELAI_PREVENANCE), null);
        return switch (resultat) {
            case Reservation.CreneauPris pris -> new ReservationEnLigne.CreneauPris(pris.alternatives());
            // Booked, already one to come, a staff address: the same answer, the courriel says which.
            case Reservation.Confirmee _, Reservation.DejaUnRendezVous _, Reservation.AdresseProfessionnelle _ ->
                new ReservationEnLigne.Envoyee(identite.email().valeur(), choix);
        };
    }

    /**
     * A conseiller books for someone who phoned (or came): any free slot from now on at one of their own sites, in a
     * given agenda if chosen.
     */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    public Reservation reserverPourUnAppel(ContexteDemande contexte, ChoixCreneau choix, Identite identite,
            String besoin) {
        var origine = switch (contexte.canal()) {
            case SUR_PLACE -> OrigineRendezVous.SUR_PLACE;
            default -> OrigineRendezVous.TELEPHONE;
        };
        return reserver(contexte, choix, identite, besoin, origine, horloge.instant(), politique.mesSites());
    }

    /**
     * The person asks to be called back instead (no slot suits them before their due date). As for a booking, the
     * page learns only that a courriel went to the address.
     */
    public RappelEnLigne demanderRappel(ContexteDemande contexte, Identite identite, String disponibilites,
            OrigineRequete origine) {
        var telephone = NumerosTelephone.lire(identite.telephone())
                .orElseThrow(() -> new IllegalArgumentException("Numéro de téléphone invalide"));
        var limite = limiteur.consommer(ActionLimitee.RAPPEL, identite.email().valeur(), origine.adresseReseau());
        if (limite.isPresent()) {
            return new RappelEnLigne.TropDeDemandes(limite.get());
        }
        transaction.executeWithoutResult(s -> {
            var professionnel = compteProfessionnel(identite);
            if (professionnel.isPresent()) {
                courriels.adresseProfessionnelle(professionnel.get(), null);
                return;
            }
            var personne = beneficiaire(identite, telephone);
            var demande = echeances.ouvrirOuRetrouver(personne.id(), contexte.territoire(),
                    contexte.premierContactLe(), contexte.canal(), contexte.aiguillageId(), contexte.reference());
            var rappel = echeances.demanderRappel(demande.id(), telephone, disponibilites == null || disponibilites.isBlank()
                    ? null : disponibilites.strip());
            courriels.rappelDemande(personne, telephone, demande.dateLimite(), rappel.id());
        });
        return new RappelEnLigne.Envoye(identite.email().valeur(), telephone);
    }

    /** @param sites the sites where the slot may be taken, or null for any */
    private Reservation reserver(ContexteDemande contexte, ChoixCreneau choix, Identite identite, String besoin,
            OrigineRendezVous origine, Instant pasAvant, java.util.Set<java.util.UUID> sites) {
        var besoinPropre = Saisies.ouNull(Saisies.texte("besoin", besoin, RendezVous.LONGUEUR_BESOIN));
        var telephone = NumerosTelephone.lire(identite.telephone()).orElse(null);
        if (choix.modalite() == Modalite.TELEPHONE && telephone == null) {
            throw new IllegalArgumentException("Un rendez-vous par téléphone demande un numéro valide");
        }
        try {
            return transaction.execute(s -> tenter(contexte, choix, identite, besoinPropre, origine, pasAvant,
                    telephone, sites));
        } catch (DataIntegrityViolationException e) {
            if (!estUnChevauchement(e)) {
                throw e;
            }
            return new Reservation.CreneauPris(alternatives(choix));
        }
    }

    private Reservation tenter(ContexteDemande contexte, ChoixCreneau choix, Identite identite, String besoin,
            OrigineRendezVous origine, Instant pasAvant, String telephone, java.util.Set<java.util.UUID> sites) {
        var candidats = creneaux.candidats(choix, null, pasAvant).stream()
                .filter(c -> sites == null || sites.contains(c.siteId())).toList();
        if (candidats.isEmpty()) {
            return new Reservation.CreneauPris(alternatives(choix));
        }
        var professionnel = compteProfessionnel(identite);
        if (professionnel.isPresent()) {
            if (origine == OrigineRendezVous.EN_LIGNE) {
                courriels.adresseProfessionnelle(professionnel.get(), choix);
            }
            return new Reservation.AdresseProfessionnelle(identite.email().valeur());
        }
        var personne = beneficiaire(identite, telephone);
        var maintenant = horloge.instant();
        var aVenir = rendezVous.aVenir(personne.id(), maintenant);
        if (!aVenir.isEmpty()) {
            if (origine == OrigineRendezVous.EN_LIGNE) {
                courriels.renvoiLien(aVenir.getFirst(), choix);
            }
            return new Reservation.DejaUnRendezVous(identite.email().valeur());
        }
        var demande = echeances.ouvrirOuRetrouver(personne.id(), contexte.territoire(),
                contexte.premierContactLe(), contexte.canal(), contexte.aiguillageId(), contexte.reference());
        var creneau = candidats.getFirst();
        var rdv = new RendezVous(creneau.conseillerId(), creneau.siteId(), personne.id(), demande.id(),
                choix.modalite(), creneau.debut(), creneau.fin(), origine, contexte.resume(), besoin, telephone,
                maintenant);
        // The exclusion constraint is checked here: a concurrent booking of the same time waits, then fails. Saving
        // publishes RendezVousReserve: the dossier attaches itself in this transaction (DD011).
        rendezVous.saveAndFlush(rdv);
        courriels.confirmation(rdv, Optional.of(demande.dateLimite()));
        return new Reservation.Confirmee(rdv, demande.dateLimite(), identite.email().valeur());
    }

    /** The staff account of this address, if it is one (active or not): a bénéficiaire cannot be booked with it. */
    private Optional<Compte> compteProfessionnel(Identite identite) {
        return comptes.parEmail(identite.email()).filter(c -> c.role() != Role.BENEFICIAIRE);
    }

    /** The bénéficiaire of this address (not a staff one), created with the account if new. */
    private Beneficiaire beneficiaire(Identite identite, String telephone) {
        var compte = comptes.creerOuRetrouverBeneficiaire(identite.email(), identite.prenom(), identite.nom());
        var personne = beneficiaires.parCompte(compte.id()).orElseThrow();
        // An address typed by someone else must not change an existing person's details: only fill what is missing.
        if (telephone != null && personne.telephone() == null) {
            beneficiaires.completerIdentite(personne.id(), null, null, telephone);
        }
        return personne;
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
