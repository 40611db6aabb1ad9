package fr.portailcep.shared.courriel;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import fr.portailcep.shared.Systeme;

/**
 * Where every feature drops the courriels it sends. A courriel is stored in the same transaction as the change
 * that caused it (an outbox), then sent by {@link EnvoiCourriels} once that transaction has committed, and again
 * later if the mail server did not take it. Nothing is sent for a change that rolled back; nothing is lost when
 * the mail server is down.
 * <p>
 * Its body and attachments are stored encrypted ({@link ChiffrementCourriels}): sign-in codes and personal links
 * are never readable in the database nor in its backups, even while a courriel waits for the mail server. Only the
 * recipient and the subject are in clear, for support; a subject never carries a secret.
 */
@Service
public class Courrier {

    /** Published when a courriel was stored, so that it is sent right after the commit. */
    public record CourrielDepose(UUID id) {
    }

    private final JdbcClient jdbc;
    private final MiseEnPage miseEnPage;
    private final Clock horloge;
    private final ApplicationEventPublisher evenements;
    private final ChiffrementCourriels chiffrement;

    Courrier(JdbcClient jdbc, MiseEnPage miseEnPage, Clock horloge, ApplicationEventPublisher evenements,
            ChiffrementCourriels chiffrement) {
        this.jdbc = jdbc;
        this.chiffrement = chiffrement;
        this.miseEnPage = miseEnPage;
        this.horloge = horloge;
        this.evenements = evenements;
    }

    /**
     * Stores the courriel to be sent.
     *
     * @return true if stored, false if a courriel with the same idempotence key was already stored
     */
    @Systeme
    @Transactional
    public boolean deposer(Courriel courriel) {
        var rendu = miseEnPage.rendre(courriel);
        var id = UUID.randomUUID();
        var maintenant = horloge.instant();
        var insere = jdbc.sql("""
                insert into courriel_sortant
                  (id, destinataire, sujet, texte_chiffre, html_chiffre, statut, tentatives, depose_le,
                   prochaine_tentative, cle_idempotence)
                values (:id, :destinataire, :sujet, :texte, :html, 'EN_ATTENTE', 0, :maintenant, :maintenant, :cle)
                on conflict (cle_idempotence) where cle_idempotence is not null do nothing
                """)
                .param("id", id)
                .param("destinataire", courriel.destinataire())
                .param("sujet", courriel.sujet())
                .param("texte", chiffrement.chiffrer(rendu.texte(), id, "texte"))
                .param("html", chiffrement.chiffrer(rendu.html(), id, "html"))
                .param("maintenant", java.sql.Timestamp.from(maintenant))
                .param("cle", courriel.cleIdempotence())
                .update();
        if (insere == 0) {
            return false;
        }
        var pieces = courriel.piecesJointes();
        for (var ordre = 0; ordre < pieces.size(); ordre++) {
            var pj = pieces.get(ordre);
            jdbc.sql("""
                    insert into courriel_piece_jointe (courriel_id, ordre, nom, type_mime, contenu_chiffre)
                    values (:id, :ordre, :nom, :type, :contenu)
                    """)
                    .param("id", id).param("ordre", ordre).param("nom", pj.nom()).param("type", pj.typeMime())
                    .param("contenu", chiffrement.chiffrer(pj.contenu(), id, "piece-" + ordre))
                    .update();
        }
        evenements.publishEvent(new CourrielDepose(id));
        return true;
    }
}
