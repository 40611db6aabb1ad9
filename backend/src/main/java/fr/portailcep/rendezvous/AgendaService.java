package fr.portailcep.rendezvous;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.beneficiaire.Beneficiaire;
import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.ActionAudit;
import fr.portailcep.compte.Compte;
import fr.portailcep.compte.CompteService;
import fr.portailcep.compte.JournalAudit;
import fr.portailcep.echeance.DemandePremierEchange;
import fr.portailcep.echeance.EcheancesService;
import fr.portailcep.operateur.OperateurService;
import fr.portailcep.operateur.PolitiqueAcces;
import fr.portailcep.operateur.RegleEquipe;
import fr.portailcep.operateur.Site;
import fr.portailcep.shared.Saisies;

/**
 * The conseiller's agenda: their rendez-vous by day and week, and what they say of each one (held, missed,
 * excused). Marking a first exchange as held stops the person's 30-working-day clock. A manager sees and acts on
 * the agendas of the conseillers of their sites ({@code RegleEquipe}); each line names the person only to someone
 * who may see them ({@code PolitiqueAcces}), and the agenda read is journaled.
 */
@Service
public class AgendaService {

    /** The reason of a cancellation goes into the courriel to the person: one line, kept short. */
    public static final int LONGUEUR_MOTIF_ANNULATION = 300;

    private final RendezVousRepository rendezVous;
    private final CompteService comptes;
    private final BeneficiaireService beneficiaires;
    private final OperateurService operateurs;
    private final EcheancesService echeances;
    private final CourrielsRendezVous courriels;
    private final PolitiqueAcces politique;
    private final JournalAudit journal;
    private final Clock horloge;

    AgendaService(RendezVousRepository rendezVous, CompteService comptes, BeneficiaireService beneficiaires,
            OperateurService operateurs, EcheancesService echeances, CourrielsRendezVous courriels,
            PolitiqueAcces politique, JournalAudit journal, Clock horloge) {
        this.politique = politique;
        this.journal = journal;
        this.rendezVous = rendezVous;
        this.comptes = comptes;
        this.beneficiaires = beneficiaires;
        this.operateurs = operateurs;
        this.echeances = echeances;
        this.courriels = courriels;
        this.horloge = horloge;
    }

    /** The conseillers whose agenda the person signed in may open: theirs, and for a manager those of their sites. */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public List<Compte> agendasVisibles() {
        return politique.agendasVisibles();
    }

    /** The rendez-vous of a conseiller from {@code du} to {@code au} (local dates of {@code zone}), cancelled ones included. */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public List<LigneAgenda> agenda(UUID conseillerId, LocalDate du, LocalDate au, ZoneId zone) {
        var moi = verifierAcces(conseillerId);
        var lignes = rendezVous.agenda(conseillerId, du.atStartOfDay(zone).toInstant(),
                au.plusDays(1).atStartOfDay(zone).toInstant());
        journal.lecture(ActionAudit.LECTURE_LISTE, null, "agenda " + conseillerId + " du " + du + " au " + au
                + " : " + lignes.size());
        var sites = new HashMap<UUID, String>();
        var maintenant = horloge.instant();
        var visibles = politique.visiblesParmi(moi.id(),
                lignes.stream().map(RendezVous::beneficiaireId).collect(java.util.stream.Collectors.toSet()));
        return lignes.stream().map(r -> {
            var voit = visibles.contains(r.beneficiaireId());
            var personne = voit ? beneficiaires.parIdPourLeSysteme(r.beneficiaireId()) : Optional.<Beneficiaire>empty();
            var demande = r.demandeId().flatMap(echeances::demande);
            return new LigneAgenda(r, personne.map(p -> p.nomAffiche()).orElse("?"),
                    personne.map(p -> p.email()).orElse(""),
                    voit ? r.telephone().or(() -> personne.map(p -> p.telephone())) : Optional.empty(),
                    sites.computeIfAbsent(r.siteId(), id -> operateurs.site(id).map(Site::nom).orElse("")),
                    demande.isPresent(),
                    demande.filter(DemandePremierEchange::estOuverte).map(DemandePremierEchange::dateLimite),
                    r.actesPossibles(RendezVous.Auteur.CONSEILLER, maintenant));
        }).toList();
    }

    /**
     * Held, missed or excused, once the rendez-vous has started ({@link RendezVous#peutEtreNote}). A first exchange
     * held stops the clock, which hears of it ({@link EvenementsRendezVous.RendezVousNote}).
     */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional
    public RendezVous noter(UUID rendezVousId, StatutRendezVous statut) {
        var rdv = rendezVous.verrouiller(rendezVousId).orElseThrow();
        var moi = verifierAcces(rdv.conseillerId());
        rdv.noter(statut, moi.id(), horloge.instant());
        return rendezVous.saveAndFlush(rdv);
    }

    /**
     * The conseiller cannot hold a rendez-vous to come: the person is told by courriel, with a link to choose
     * another slot; their request stays on the clock.
     */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional
    public RendezVous annuler(UUID rendezVousId, String motif) {
        motif = Saisies.ouNull(Saisies.ligne("motif", motif, LONGUEUR_MOTIF_ANNULATION));
        var rdv = rendezVous.verrouiller(rendezVousId).orElseThrow();
        verifierAcces(rdv.conseillerId());
        rdv.annuler(RendezVous.Auteur.CONSEILLER, horloge.instant());
        rendezVous.saveAndFlush(rdv);
        courriels.annulation(rdv, RendezVous.Auteur.CONSEILLER, motif);
        return rdv;
    }

    /** The conseiller themself, or a manager of their team (RegleEquipe); 403 otherwise, journaled. */
    private Compte verifierAcces(UUID conseillerId) {
        politique.exiger(RegleEquipe.Acte.AGENDA, conseillerId);
        return comptes.exigerCompteConnecte();
    }
}
