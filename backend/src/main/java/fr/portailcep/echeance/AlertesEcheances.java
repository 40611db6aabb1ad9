package fr.portailcep.echeance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import fr.portailcep.compte.Compte;
import fr.portailcep.compte.CompteService;
import fr.portailcep.compte.Role;
import fr.portailcep.operateur.PolitiqueAcces;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.Systeme;
import fr.portailcep.shared.Textes;
import fr.portailcep.shared.UrlPublique;
import fr.portailcep.shared.courriel.Courriel;
import fr.portailcep.shared.courriel.Courrier;

/**
 * Alerts the managers when an open request reaches J-10 or J-3 working days before its due date, and when it is
 * overdue. Each stage of each request is alerted once: the stage is recorded ({@code alerte_echeance}) in the same
 * transaction as the courriels, which the outbox then sends, again and again if the mail server is down, and never
 * twice (one idempotence key per request, stage and manager). Nothing is kept in memory: a restart, or a second
 * instance of the portal running the same round, sends nothing more.
 * <p>
 * The courriels name no one: a dossier number and dates are enough to act, and keep personal data out of mailboxes.
 */
@Service
public class AlertesEcheances {

    private static final Logger LOG = LoggerFactory.getLogger(AlertesEcheances.class);

    private final DemandeRepository demandes;
    private final DemandeRappelRepository rappels;
    private final JdbcClient jdbc;
    private final CompteService comptes;
    private final ObjectProvider<RendezVousPrevus> rendezVousPrevus;
    private final Courrier courrier;
    private final Textes textes;
    private final UrlPublique urlPublique;
    private final TransactionTemplate transaction;
    private final PolitiqueAcces politique;
    private final Clock horloge;

    AlertesEcheances(DemandeRepository demandes, DemandeRappelRepository rappels, JdbcClient jdbc,
            CompteService comptes, ObjectProvider<RendezVousPrevus> rendezVousPrevus, Courrier courrier,
            Textes textes, UrlPublique urlPublique, TransactionTemplate transaction, PolitiqueAcces politique,
            Clock horloge) {
        this.politique = politique;
        this.demandes = demandes;
        this.rappels = rappels;
        this.jdbc = jdbc;
        this.comptes = comptes;
        this.rendezVousPrevus = rendezVousPrevus;
        this.courrier = courrier;
        this.textes = textes;
        this.urlPublique = urlPublique;
        this.transaction = transaction;
        this.horloge = horloge;
    }

    /**
     * One round: every open request that reached a stage not alerted yet. Each request in its own transaction, so
     * that one failure does not hold back the others.
     *
     * @return the number of stages alerted in this round
     */
    @Systeme
    public int envoyer() {
        List<UUID> ouvertes = transaction.execute(s -> demandes
                .findByStatutOrderByDateLimiteAscDemandeeLeAsc(StatutDemande.OUVERTE).stream()
                .map(DemandePremierEchange::id).toList());
        var alertees = 0;
        for (var id : ouvertes) {
            try {
                alertees += transaction.execute(s -> alerter(id));
            } catch (RuntimeException e) {
                LOG.warn("Alerte d’échéance impossible pour la demande {} : {}", id, e.getMessage());
            }
        }
        return alertees;
    }

    private int alerter(UUID id) {
        var demande = demandes.findById(id).filter(DemandePremierEchange::estOuverte);
        if (demande.isEmpty()) {
            return 0;
        }
        var d = demande.get();
        var palier = d.palier(d.aujourdhui(horloge));
        if (palier.isEmpty()) {
            return 0;
        }
        var nouvelle = jdbc.sql("""
                insert into alerte_echeance (demande_id, palier, emise_le) values (:demande, :palier, :maintenant)
                on conflict do nothing
                """)
                .param("demande", id).param("palier", palier.get().name())
                .param("maintenant", Timestamp.from(horloge.instant())).update();
        if (nouvelle == 0) {
            return 0;
        }
        // The managers of the person's team (their sites); every manager when none is (a request must be seen).
        var equipe = politique.equipe(d.beneficiaireId());
        var tous = comptes.parRole(Role.MANAGER).stream().filter(Compte::actif).toList();
        var managers = tous.stream().filter(m -> equipe.contains(m.id())).toList();
        if (managers.isEmpty()) {
            managers = tous;
        }
        for (var manager : managers) {
            courrier.deposer(courriel(d, palier.get(), manager));
        }
        return 1;
    }

    private Courriel courriel(DemandePremierEchange d, Palier palier, Compte manager) {
        var zone = d.territoire().fuseauHoraire();
        var reference = d.reference().map(r -> textes.get("echeance.alerte.reference", r))
                .orElse(textes.get("echeance.alerte.sansreference"));
        var limite = Formats.francais().dateLongue(d.dateLimite());
        var courriel = Courriel.a(manager.email())
                .sujet(textes.get("echeance.alerte.sujet." + palier.name(), limite))
                .salutation(textes.get("courriel.bonjour", manager.prenom()))
                .paragraphe(textes.get("echeance.alerte.texte." + palier.name(), reference,
                        Formats.francais().dateLongue(d.dateDemande()), limite,
                        d.joursOuvresRestants(d.aujourdhui(horloge)), d.territoire().libelle()));
        Optional<java.time.Instant> prochain = Optional.ofNullable(rendezVousPrevus.getIfAvailable())
                .map(r -> r.prochains(List.of(d.id())).get(d.id()));
        courriel.paragraphe(prochain
                .map(p -> textes.get(p.atZone(zone).toLocalDate().isAfter(d.dateLimite())
                        ? "echeance.alerte.rdv.tard" : "echeance.alerte.rdv", Formats.francais().dateSansAnneeHeure(p, zone)))
                .orElse(textes.get("echeance.alerte.sansrdv")));
        rappels.findByDemandeIdAndStatut(d.id(), DemandeRappel.Statut.A_RAPPELER)
                .ifPresent(r -> courriel.paragraphe(textes.get("echeance.alerte.rappel")));
        return courriel
                .bouton(textes.get("echeance.alerte.bouton"), urlPublique.lien("/espace-pro/demandes"))
                .cleIdempotence("echeance:" + palier.name() + ":" + d.id() + ":" + manager.id());
    }
}
