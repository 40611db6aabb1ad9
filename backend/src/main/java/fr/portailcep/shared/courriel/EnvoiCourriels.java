package fr.portailcep.shared.courriel;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the stored courriels. Rows are taken with {@code FOR UPDATE SKIP LOCKED}: two instances of the portal, or
 * the after-commit trigger and the periodic job, never send the same courriel twice.
 */
@Service
public class EnvoiCourriels {

    private static final Logger LOG = LoggerFactory.getLogger(EnvoiCourriels.class);
    private static final int LOT = 20;

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> expediteurSmtp;
    private final TransactionTemplate transaction;
    private final Clock horloge;
    private final String expediteur;
    private final PolitiqueRelance politique = PolitiqueRelance.PAR_DEFAUT;

    EnvoiCourriels(JdbcClient jdbc, ObjectProvider<JavaMailSender> expediteurSmtp, TransactionTemplate transaction,
            Clock horloge, @Value("${portail.courriel.expediteur}") String expediteur) {
        this.jdbc = jdbc;
        this.expediteurSmtp = expediteurSmtp;
        this.transaction = transaction;
        this.horloge = horloge;
        this.expediteur = expediteur;
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void apresDepot(Courrier.CourrielDepose depot) {
        envoyerEnAttente();
    }

    /** Sends every courriel whose time has come; returns how many were sent. */
    public int envoyerEnAttente() {
        var total = 0;
        int envoyes;
        do {
            envoyes = transaction.execute(statut -> envoyerUnLot());
            total += envoyes;
        } while (envoyes == LOT);
        return total;
    }

    private record AEnvoyer(UUID id, String destinataire, String sujet, String texte, String html, int tentatives,
            Instant deposeLe) {
    }

    private record Piece(String nom, String typeMime, byte[] contenu) {
    }

    private int envoyerUnLot() {
        var maintenant = horloge.instant();
        List<AEnvoyer> lot = jdbc.sql("""
                select id, destinataire, sujet, texte, html, tentatives, depose_le from courriel_sortant
                where statut = 'EN_ATTENTE' and prochaine_tentative <= :maintenant
                order by prochaine_tentative limit :lot
                for update skip locked
                """)
                .param("maintenant", Timestamp.from(maintenant)).param("lot", LOT)
                .query((rs, i) -> new AEnvoyer(rs.getObject("id", UUID.class), rs.getString("destinataire"),
                        rs.getString("sujet"), rs.getString("texte"), rs.getString("html"), rs.getInt("tentatives"),
                        rs.getTimestamp("depose_le").toInstant()))
                .list();
        var smtp = expediteurSmtp.getIfAvailable();
        if (smtp == null) {
            if (!lot.isEmpty()) {
                LOG.warn("{} courriel(s) en attente : aucun serveur SMTP configuré (spring.mail.host)", lot.size());
            }
            return 0;
        }
        var envoyes = 0;
        for (var courriel : lot) {
            try {
                envoyer(smtp, courriel);
                jdbc.sql("update courriel_sortant set statut = 'ENVOYE', envoye_le = :maintenant, tentatives = tentatives + 1, derniere_erreur = null where id = :id")
                        .param("maintenant", Timestamp.from(horloge.instant())).param("id", courriel.id()).update();
                envoyes++;
            } catch (Exception e) {
                var tentatives = courriel.tentatives() + 1;
                var prochaine = politique.prochaineTentative(courriel.deposeLe(), tentatives, horloge.instant());
                LOG.warn("Échec d’envoi du courriel {} (tentative {}) : {}", courriel.id(), tentatives, e.getMessage());
                jdbc.sql("""
                        update courriel_sortant set tentatives = :tentatives, derniere_erreur = :erreur,
                          statut = :statut, prochaine_tentative = coalesce(:prochaine, prochaine_tentative)
                        where id = :id
                        """)
                        .param("tentatives", tentatives)
                        .param("erreur", String.valueOf(e.getMessage()))
                        .param("statut", prochaine.isPresent() ? "EN_ATTENTE" : "ABANDONNE")
                        .param("prochaine", prochaine.map(Timestamp::from).orElse(null))
                        .param("id", courriel.id())
                        .update();
                // The server is probably down: the others of the lot wait for the next round.
                break;
            }
        }
        return envoyes;
    }

    private void envoyer(JavaMailSender smtp, AEnvoyer courriel) throws Exception {
        var pieces = jdbc.sql("select nom, type_mime, contenu from courriel_piece_jointe where courriel_id = :id order by ordre")
                .param("id", courriel.id())
                .query((rs, i) -> new Piece(rs.getString("nom"), rs.getString("type_mime"), rs.getBytes("contenu")))
                .list();
        var message = smtp.createMimeMessage();
        var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(expediteur);
        helper.setTo(courriel.destinataire());
        helper.setSubject(courriel.sujet());
        helper.setText(courriel.texte(), courriel.html());
        for (var piece : pieces) {
            helper.addAttachment(piece.nom(), new ByteArrayResource(piece.contenu()), piece.typeMime());
        }
        message.setHeader("X-Portail-Courriel", courriel.id().toString());
        smtp.send(message);
    }

    /** How many courriels wait to be sent (for the health of the service and the tests). */
    @Transactional(readOnly = true)
    public long enAttente() {
        return jdbc.sql("select count(*) from courriel_sortant where statut = 'EN_ATTENTE'").query(Long.class).single();
    }
}
