package fr.portailcep.rendezvous;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.CompteService;
import fr.portailcep.echeance.EcheancesService;
import fr.portailcep.operateur.OperateurService;

/**
 * Moving or cancelling a rendez-vous with the personal link of a courriel, without a password: the link itself is
 * the proof (256 random bits, stored hashed, revocable). A signed-in bénéficiaire gets the same pages through a
 * fresh link of their own.
 */
@Service
public class GestionRendezVous {

    private final LienGestionRepository liens;
    private final RendezVousRepository rendezVous;
    private final CreneauxService creneaux;
    private final ReservationService reservations;
    private final EcheancesService echeances;
    private final OperateurService operateurs;
    private final CompteService comptes;
    private final BeneficiaireService beneficiaires;
    private final CourrielsRendezVous courriels;
    private final TransactionTemplate transaction;
    private final Clock horloge;

    GestionRendezVous(LienGestionRepository liens, RendezVousRepository rendezVous, CreneauxService creneaux,
            ReservationService reservations, EcheancesService echeances, OperateurService operateurs,
            CompteService comptes, BeneficiaireService beneficiaires, CourrielsRendezVous courriels,
            TransactionTemplate transaction, Clock horloge) {
        this.liens = liens;
        this.rendezVous = rendezVous;
        this.creneaux = creneaux;
        this.reservations = reservations;
        this.echeances = echeances;
        this.operateurs = operateurs;
        this.comptes = comptes;
        this.beneficiaires = beneficiaires;
        this.courriels = courriels;
        this.transaction = transaction;
        this.horloge = horloge;
    }

    /** The rendez-vous of a link, if the link is good. */
    @Transactional(readOnly = true)
    public Optional<VueRendezVous> consulter(String jeton) {
        return rendezVousDu(jeton).map(this::vue);
    }

    /** Moves the rendez-vous of the link to the chosen slot. */
    public Gestion deplacer(String jeton, ChoixCreneau choix) {
        try {
            return transaction.execute(s -> {
                var trouve = rendezVousDu(jeton).flatMap(r -> rendezVous.verrouiller(r.id()));
                if (trouve.isEmpty()) {
                    return new Gestion.LienInvalide();
                }
                var rdv = trouve.get();
                var maintenant = horloge.instant();
                if (!rdv.peutEtreDeplace(maintenant)) {
                    return new Gestion.PlusModifiable(vue(rdv));
                }
                var candidats = creneaux.candidats(choix, rdv.id(),
                        maintenant.plus(CreneauxService.DELAI_PREVENANCE));
                if (candidats.isEmpty()) {
                    return new Gestion.CreneauPris(reservations.alternatives(choix));
                }
                var c = candidats.getFirst();
                rdv.deplacer(c.conseillerId(), c.siteId(), choix.modalite(), c.debut(), c.fin(), maintenant);
                rendezVous.saveAndFlush(rdv);
                courriels.deplacement(rdv);
                return new Gestion.Faite(vue(rdv));
            });
        } catch (DataIntegrityViolationException e) {
            if (!ReservationService.estUnChevauchement(e)) {
                throw e;
            }
            return new Gestion.CreneauPris(reservations.alternatives(choix));
        }
    }

    /**
     * Cancels the rendez-vous of the link. The clock hears of it ({@link EvenementsRendezVous.RendezVousAnnule}) and
     * withdraws the person's request when nothing else is planned for it: they can ask again at any time.
     */
    @Transactional
    public Gestion annuler(String jeton) {
        var trouve = rendezVousDu(jeton).flatMap(r -> rendezVous.verrouiller(r.id()));
        if (trouve.isEmpty()) {
            return new Gestion.LienInvalide();
        }
        var rdv = trouve.get();
        var maintenant = horloge.instant();
        if (!rdv.peutEtreAnnule(maintenant)) {
            return new Gestion.PlusModifiable(vue(rdv));
        }
        rdv.annuler(RendezVous.Auteur.BENEFICIAIRE, maintenant);
        rendezVous.saveAndFlush(rdv);
        liens.findByRendezVousId(rdv.id()).forEach(l -> l.revoquer(maintenant));
        courriels.annulation(rdv, RendezVous.Auteur.BENEFICIAIRE, null);
        return new Gestion.Faite(vue(rdv));
    }

    /** A signed-in bénéficiaire opens one of their own rendez-vous: a fresh personal link, as a path. */
    @PreAuthorize("hasRole('BENEFICIAIRE')")
    @Transactional
    public String cheminPourMoi(UUID rendezVousId) {
        var moi = comptes.exigerCompteConnecte();
        var personne = beneficiaires.parCompte(moi.id()).orElseThrow(() -> new AccessDeniedException("Pas de dossier"));
        var rdv = rendezVous.findById(rendezVousId).filter(r -> r.beneficiaireId().equals(personne.id()))
                .orElseThrow(() -> new AccessDeniedException("Ce rendez-vous n’est pas le vôtre"));
        var maintenant = horloge.instant();
        var nouveau = LienGestion.creer(rdv.id(), maintenant, maintenant.plus(java.time.Duration.ofHours(2)));
        liens.save(nouveau.lien());
        return CourrielsRendezVous.cheminGestion(nouveau.jeton());
    }

    /** The signed-in bénéficiaire's rendez-vous, the most recent first. */
    @PreAuthorize("hasRole('BENEFICIAIRE')")
    @Transactional(readOnly = true)
    public java.util.List<VueRendezVous> mesRendezVous() {
        return beneficiaires.moi().map(b -> rendezVous.findByBeneficiaireIdOrderByDebutDesc(b.id()).stream()
                .map(this::vue).toList()).orElse(java.util.List.of());
    }

    /** The next rendez-vous to come of the signed-in bénéficiaire (for their home page). */
    @PreAuthorize("hasRole('BENEFICIAIRE')")
    @Transactional(readOnly = true)
    public Optional<VueRendezVous> monProchainRendezVous() {
        return beneficiaires.moi().flatMap(b -> rendezVous.aVenir(b.id(), horloge.instant()).stream().findFirst())
                .map(this::vue);
    }

    private Optional<RendezVous> rendezVousDu(String jeton) {
        var maintenant = horloge.instant();
        return LienGestion.idDe(jeton).flatMap(liens::findById).filter(l -> l.accepte(jeton, maintenant))
                .flatMap(l -> rendezVous.findById(l.rendezVousId()));
    }

    VueRendezVous vue(RendezVous rdv) {
        var site = operateurs.site(rdv.siteId());
        var conseiller = comptes.parId(rdv.conseillerId()).map(c -> c.nomAffiche()).orElse("");
        var dateLimite = rdv.demandeId().flatMap(echeances::demande).filter(d -> d.estOuverte())
                .map(d -> d.dateLimite());
        var maintenant = horloge.instant();
        return new VueRendezVous(rdv, site, conseiller, FuseauSite.de(site), dateLimite,
                rdv.peutEtreDeplace(maintenant), rdv.peutEtreAnnule(maintenant), rdv.avisPourLaPersonne(maintenant));
    }
}
