package fr.portailcep.reclamation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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
 * Alerts the correspondants médiation when a réclamation not answered yet reaches J-10 or J-3 (calendar days before
 * its answer's due date), when it is overdue, and when a letter's acknowledgement is overdue. Each stage of each
 * réclamation is alerted once: the stage is recorded ({@code alerte_reclamation}) in the same transaction as the
 * courriels, which the outbox then sends, again and again if the mail server is down, and never twice (one
 * idempotence key per réclamation, stage and correspondant). Nothing is kept in memory: a restart, or a second
 * instance running the same round, sends nothing more. The courriels name no one: a number and dates are enough.
 */
@Service
public class AlertesReclamations {

    private static final Logger LOG = LoggerFactory.getLogger(AlertesReclamations.class);

    private final ReclamationRepository reclamations;
    private final JdbcClient jdbc;
    private final CompteService comptes;
    private final PolitiqueAcces politique;
    private final Courrier courrier;
    private final Textes textes;
    private final UrlPublique url;
    private final TransactionTemplate transaction;
    private final Clock horloge;
    private final ZoneId zone;

    AlertesReclamations(ReclamationRepository reclamations, JdbcClient jdbc, CompteService comptes,
            PolitiqueAcces politique, Courrier courrier, Textes textes, UrlPublique url, TransactionTemplate transaction,
            Clock horloge, @Value("${portail.fuseau-horaire:Europe/Paris}") ZoneId zone) {
        this.reclamations = reclamations;
        this.jdbc = jdbc;
        this.comptes = comptes;
        this.politique = politique;
        this.courrier = courrier;
        this.textes = textes;
        this.url = url;
        this.transaction = transaction;
        this.horloge = horloge;
        this.zone = zone;
    }

    /**
     * One round: every réclamation not answered yet that reached a stage not alerted yet, each in its own
     * transaction so that one failure does not hold back the others.
     *
     * @return the number of stages alerted in this round
     */
    @Systeme
    public int envoyer() {
        List<UUID> ouvertes = transaction.execute(s -> reclamations.ouvertes());
        var alertees = 0;
        for (var id : ouvertes) {
            try {
                alertees += transaction.execute(s -> alerter(id));
            } catch (RuntimeException e) {
                LOG.warn("Alerte de réclamation impossible pour {} : {}", id, e.getMessage());
            }
        }
        return alertees;
    }

    private int alerter(UUID id) {
        var reclamation = reclamations.findById(id).filter(Reclamation::ouverte);
        if (reclamation.isEmpty()) {
            return 0;
        }
        var r = reclamation.get();
        var aujourdhui = LocalDate.ofInstant(horloge.instant(), zone);
        var alertes = 0;
        for (var palier : DelaisReclamation.paliers(r.recueLe(), r.accuseLe() != null, r.reponse() != null,
                aujourdhui)) {
            var nouvelle = jdbc.sql("""
                    insert into alerte_reclamation (reclamation_id, palier, emise_le)
                    values (:reclamation, :palier, :maintenant) on conflict do nothing
                    """).param("reclamation", id).param("palier", palier.name())
                    .param("maintenant", Timestamp.from(horloge.instant())).update();
            if (nouvelle == 0) {
                continue;
            }
            for (var correspondant : destinataires(r)) {
                courrier.deposer(courriel(r, palier, correspondant, aujourdhui));
            }
            alertes++;
        }
        return alertes;
    }

    /** The one it is assigned to first, then the managers of the person's team; every manager when none is. */
    private List<Compte> destinataires(Reclamation r) {
        var equipe = politique.equipe(r.beneficiaireId());
        var tous = comptes.parRole(Role.MANAGER).stream().filter(Compte::actif).toList();
        var destinataires = new ArrayList<Compte>();
        if (r.assigneA() != null) {
            comptes.parId(r.assigneA()).filter(Compte::actif).ifPresent(destinataires::add);
        }
        tous.stream().filter(m -> equipe.contains(m.id()) && !destinataires.contains(m)).forEach(destinataires::add);
        if (destinataires.isEmpty()) {
            destinataires.addAll(tous);
        }
        return destinataires;
    }

    private Courriel courriel(Reclamation r, DelaisReclamation.Palier palier, Compte correspondant,
            LocalDate aujourdhui) {
        var f = Formats.francais();
        var limite = palier == DelaisReclamation.Palier.ACCUSE ? r.accuseAvant() : r.reponseAvant();
        return Courriel.a(correspondant.email())
                .sujet(textes.get("reclamation.alerte.sujet." + palier.name(), f.dateLongue(limite)))
                .salutation(textes.get("courriel.bonjour", correspondant.prenom()))
                .paragraphe(textes.get("reclamation.alerte.texte." + palier.name(), r.numero(),
                        f.dateLongue(r.recueLe()), f.dateLongue(limite),
                        Math.max(0, DelaisReclamation.joursRestants(r.recueLe(), aujourdhui))))
                .bouton(textes.get("reclamation.alerte.bouton"), url.lien("/espace-pro/reclamations/" + r.id()))
                .cleIdempotence("reclamation:" + palier.name() + ":" + r.id() + ":" + correspondant.id());
    }
}
