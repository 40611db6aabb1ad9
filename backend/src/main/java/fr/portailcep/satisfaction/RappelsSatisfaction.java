package fr.portailcep.satisfaction;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.shared.Systeme;

/**
 * The one reminder of a survey left unanswered 7 days after the closing, never more: the reminder is recorded
 * ({@code rappel_satisfaction}, one row per survey) in the same transaction as its courriel, so a restart or a second
 * instance sends nothing again (the model of {@code echeance.AlertesEcheances}).
 */
@Service
public class RappelsSatisfaction {

    private static final Logger LOG = LoggerFactory.getLogger(RappelsSatisfaction.class);

    private final EnqueteRepository enquetes;
    private final BeneficiaireService beneficiaires;
    private final CourrielsSatisfaction courriels;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock horloge;

    RappelsSatisfaction(EnqueteRepository enquetes, BeneficiaireService beneficiaires,
            CourrielsSatisfaction courriels, JdbcClient jdbc, TransactionTemplate transaction, Clock horloge) {
        this.enquetes = enquetes;
        this.beneficiaires = beneficiaires;
        this.courriels = courriels;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.horloge = horloge;
    }

    /** @return the number of reminders sent in this round */
    @Systeme
    public int envoyer() {
        var maintenant = horloge.instant();
        var candidates = transaction.execute(s -> enquetes.sansReponseCreeesEntre(
                maintenant.minus(EnqueteSatisfaction.DUREE_LIENS), maintenant.minus(EnqueteSatisfaction.DELAI_RAPPEL)));
        var envoyes = 0;
        for (var id : candidates) {
            try {
                envoyes += transaction.execute(s -> rappeler(id));
            } catch (RuntimeException e) {
                LOG.warn("Rappel de l’enquête de satisfaction {} reporté : {}", id, e.getMessage());
            }
        }
        return envoyes;
    }

    private int rappeler(UUID id) {
        var enquete = enquetes.findById(id).filter(EnqueteSatisfaction::sansReponse);
        if (enquete.isEmpty()) {
            return 0;
        }
        var nouveau = jdbc.sql("""
                insert into rappel_satisfaction (enquete_id, envoye_le) values (:id, :maintenant)
                on conflict do nothing
                """).param("id", id).param("maintenant", Timestamp.from(horloge.instant())).update();
        if (nouveau == 0) {
            return 0;
        }
        beneficiaires.parIdPourLeSysteme(enquete.get().beneficiaireId())
                .ifPresent(p -> courriels.rappel(enquete.get(), p));
        return 1;
    }
}
