package fr.portailcep.echeance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.ActionAudit;
import fr.portailcep.compte.CompteService;
import fr.portailcep.compte.JournalAudit;
import fr.portailcep.operateur.PolitiqueAcces;
import fr.portailcep.shared.Introuvable;
import fr.portailcep.shared.NumerosTelephone;
import fr.portailcep.shared.Saisies;
import fr.portailcep.shared.Systeme;

/**
 * The 30-working-day clock of first requests. The rendez-vous feature opens a request at a booking or a call-back
 * request and stops it when a first exchange is held; managers follow the open ones and indicator 8.4.
 */
@Service
public class EcheancesService {

    private final DemandeRepository demandes;
    private final DemandeRappelRepository rappels;
    private final JdbcClient jdbc;
    private final ObjectProvider<RendezVousPrevus> rendezVousPrevus;
    private final CompteService comptes;
    private final BeneficiaireService beneficiaires;
    private final PolitiqueAcces politique;
    private final JournalAudit journal;
    private final Clock horloge;

    EcheancesService(DemandeRepository demandes, DemandeRappelRepository rappels, JdbcClient jdbc,
            ObjectProvider<RendezVousPrevus> rendezVousPrevus,
            CompteService comptes, BeneficiaireService beneficiaires, PolitiqueAcces politique, JournalAudit journal,
            Clock horloge) {
        this.comptes = comptes;
        this.beneficiaires = beneficiaires;
        this.politique = politique;
        this.journal = journal;
        this.demandes = demandes;
        this.rappels = rappels;
        this.jdbc = jdbc;
        this.rendezVousPrevus = rendezVousPrevus;
        this.horloge = horloge;
    }

    /** The due date of a first exchange for a request made at {@code demandeeLe} in this territory. */
    public static LocalDate dateLimite(Territoire territoire, Instant demandeeLe) {
        return CalendrierJoursOuvres.pour(territoire)
                .dateLimitePremierEchange(demandeeLe.atZone(territoire.fuseauHoraire()).toLocalDate());
    }

    /**
     * The person's open request, or a new one started at {@code demandeeLe} (their first contact). A person has one
     * open request at a time, even when two bookings arrive at once (a unique index decides).
     */
    @Systeme
    @Transactional
    public DemandePremierEchange ouvrirOuRetrouver(UUID beneficiaireId, Territoire territoire, Instant demandeeLe,
            CanalDemande canal, UUID aiguillageId, String reference) {
        if (reference != null && !reference.matches("[A-Z0-9]{2}[0-9]{12}")) {
            throw new IllegalArgumentException("Numéro de dossier invalide");
        }
        // Two first requests of one person at once (two tabs, a booking and a call-back request) wait for each other
        // here, so the second one finds the first one's request; the unique index stays the last safeguard.
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(cast(:personne as text), 3101))")
                .param("personne", beneficiaireId).query().listOfRows();
        var existante = demandes.verrouillerOuverte(beneficiaireId);
        if (existante.isPresent()) {
            if (aiguillageId != null) {
                existante.get().rattacherAiguillage(aiguillageId, reference);
            }
            return existante.get();
        }
        var nouvelle = new DemandePremierEchange(beneficiaireId, territoire, demandeeLe, canal, aiguillageId,
                reference);
        // Saved with its repository, which publishes the DemandeEnregistree it registered.
        return demandes.saveAndFlush(nouvelle);
    }

    /**
     * A first exchange was held at {@code quand}: the clock of the request stops. Does nothing if it had stopped
     * already (a second rendez-vous held, a double click). Called when the agenda says so
     * ({@link ReactionsAuxRendezVous}).
     */
    @Transactional
    void premierEchangeTenu(UUID demandeId, Instant quand) {
        demandes.verrouiller(demandeId).filter(DemandePremierEchange::estOuverte).ifPresent(d -> {
            d.premierEchangeTenu(quand);
            rappels.findByDemandeIdAndStatut(demandeId, DemandeRappel.Statut.A_RAPPELER)
                    .ifPresent(r -> r.rappele(null, horloge.instant()));
        });
    }

    /**
     * The person cancelled a rendez-vous of their request: the request is withdrawn when nothing else is planned for
     * it (no other rendez-vous booked, no call-back asked). They can ask again at any time.
     */
    @Transactional
    void retirerSiRienNEstPrevu(UUID demandeId) {
        demandes.verrouiller(demandeId).filter(DemandePremierEchange::estOuverte).ifPresent(d -> {
            var prevus = Optional.ofNullable(rendezVousPrevus.getIfAvailable())
                    .map(r -> r.prochains(List.of(demandeId))).orElse(Map.of());
            if (!prevus.isEmpty()
                    || rappels.findByDemandeIdAndStatut(demandeId, DemandeRappel.Statut.A_RAPPELER).isPresent()) {
                return;
            }
            d.retirer(horloge.instant());
        });
    }

    /** The person asks to be called back; a second request updates the first one. */
    @Systeme
    @Transactional
    public DemandeRappel demanderRappel(UUID demandeId, String telephone, String disponibilites) {
        var saisie = Saisies.verification();
        disponibilites = Saisies.ouNull(saisie.ligne("disponibilites", disponibilites,
                DemandeRappel.LONGUEUR_DISPONIBILITES));
        var numero = NumerosTelephone.lire(telephone);
        if (numero.isEmpty()) {
            saisie.refuser("telephone", "saisie.erreur.telephone");
        }
        saisie.exiger();
        telephone = numero.orElseThrow();
        demandes.findById(demandeId).orElseThrow();
        var enCours = rappels.findByDemandeIdAndStatut(demandeId, DemandeRappel.Statut.A_RAPPELER);
        if (enCours.isPresent()) {
            enCours.get().completer(telephone, disponibilites);
            return enCours.get();
        }
        return rappels.saveAndFlush(new DemandeRappel(demandeId, telephone, disponibilites, horloge.instant()));
    }

    /**
     * The member of staff signed in called the person back (a person of their team: otherwise "introuvable"). A
     * second click does nothing.
     */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional
    public void rappelFait(UUID rappelId) {
        var rappel = rappels.findById(rappelId).orElseThrow(Introuvable::new);
        var demande = demandes.findById(rappel.demandeId()).orElseThrow(Introuvable::new);
        politique.exigerActe(demande.beneficiaireId(), "RAPPEL " + rappelId);
        if (rappel.aRappeler()) {
            rappel.rappele(comptes.exigerCompteConnecte().id(), horloge.instant());
        }
    }

    /** For the rendez-vous feature and the person's own pages: their open request, if any. */
    /** The open request of the bénéficiaire signed in; empty for anyone else (nobody signed in, staff). */
    @Transactional(readOnly = true)
    public Optional<DemandePremierEchange> maDemandeOuverte() {
        return beneficiaires.moiSiBeneficiaire().flatMap(b -> demandeOuverte(b.id()));
    }

    @Systeme
    @Transactional(readOnly = true)
    public Optional<DemandePremierEchange> demandeOuverte(UUID beneficiaireId) {
        return demandes.findByBeneficiaireIdAndStatut(beneficiaireId, StatutDemande.OUVERTE);
    }

    @Systeme
    @Transactional(readOnly = true)
    public Optional<DemandePremierEchange> demande(UUID demandeId) {
        return demandes.findById(demandeId);
    }

    @Systeme
    @Transactional(readOnly = true)
    public Optional<DemandeRappel> rappelEnCours(UUID demandeId) {
        return rappels.findByDemandeIdAndStatut(demandeId, DemandeRappel.Statut.A_RAPPELER);
    }

    /**
     * The open requests of the people the member of staff signed in may see (their sites, see
     * {@code PolitiqueAcces}), the most urgent first, with what they need to act. The list shows names and phone
     * numbers: it is journaled.
     */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public List<SuiviDemande> suivi() {
        var moi = comptes.exigerCompteConnecte();
        var ouvertes = demandes.ouvertesVisibles(moi.id());
        journal.lecture(ActionAudit.LECTURE_LISTE, null, "demandes de premier rendez-vous : " + ouvertes.size());
        var personnes = beneficiaires.nomsPourLeSysteme(
                ouvertes.stream().map(DemandePremierEchange::beneficiaireId).toList());
        var ids = ouvertes.stream().map(DemandePremierEchange::id).toList();
        Map<UUID, Instant> prochains = ids.isEmpty() ? Map.of()
                : Optional.ofNullable(rendezVousPrevus.getIfAvailable()).map(r -> r.prochains(ids)).orElse(Map.of());
        Map<UUID, DemandeRappel> enAttente = rappels.findByStatutOrderByDemandeLeAsc(DemandeRappel.Statut.A_RAPPELER)
                .stream().collect(Collectors.toMap(DemandeRappel::demandeId, r -> r, (a, b) -> a));
        Map<UUID, Set<Palier>> alertes = alertesEmises();
        return ouvertes.stream().map(d -> {
            var aujourdhui = d.aujourdhui(horloge);
            return new SuiviDemande(d, personnes.get(d.beneficiaireId()), d.joursOuvresRestants(aujourdhui),
                    d.enRetard(aujourdhui), d.palier(aujourdhui),
                    Optional.ofNullable(enAttente.get(d.id())), Optional.ofNullable(prochains.get(d.id())),
                    alertes.getOrDefault(d.id(), Set.of()));
        }).toList();
    }

    /** Indicator 8.4 for the requests made between two dates (both included); a period backwards is refused. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public Indicateur84 indicateur84(LocalDate du, LocalDate au) {
        Indicateur84.verifierPeriode(du, au);
        var mesures = demandes.demandeesEntre(du, au).stream().map(Indicateur84.Mesure::de).toList();
        return Indicateur84.calculer(du, au, LocalDate.now(horloge), mesures);
    }

    private Map<UUID, Set<Palier>> alertesEmises() {
        return jdbc.sql("select demande_id, palier from alerte_echeance")
                .query((rs, i) -> Map.entry(rs.getObject("demande_id", UUID.class), Palier.valueOf(rs.getString("palier"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toCollection(() -> EnumSet.noneOf(Palier.class)))));
    }
}
