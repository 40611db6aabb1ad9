package fr.portailcep.shared.courriel;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
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
import fr.portailcep.shared.Systeme;

/**
 * Sends the stored courriels. Rows are taken with {@code FOR UPDATE SKIP LOCKED}: two instances of the portal, or
 * the after-commit trigger and the periodic job, never send the same courriel twice.
 * <p>
 * The body is decrypted only to be sent; once the courriel is sent or given up, its body and attachments are
 * dropped and only what support needs stays (recipient, subject, dates, status, attempts, last error), until
 * {@link #purger()} deletes the row.
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
    private final ChiffrementCourriels chiffrement;
    private final Duration conservation;
    private final PolitiqueRelance politique = PolitiqueRelance.PAR_DEFAUT;

    EnvoiCourriels(JdbcClient jdbc, ObjectProvider<JavaMailSender> expediteurSmtp, TransactionTemplate transaction,
            Clock horloge, @Value("${portail.courriel.expediteur}") String expediteur,
            ChiffrementCourriels chiffrement, @Value("${portail.courriel.conservation:P7D}") Duration conservation) {
        this.jdbc = jdbc;
        this.chiffrement = chiffrement;
        this.conservation = conservation;
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
    @Systeme
    public int envoyerEnAttente() {
        var total = 0;
        int envoyes;
        do {
            envoyes = transaction.execute(statut -> envoyerUnLot());
            total += envoyes;
        } while (envoyes == LOT);
        return total;
    }

    private record AEnvoyer(UUID id, String destinataire, String sujet, byte[] texteChiffre, byte[] htmlChiffre,
            String texteAncien, String htmlAncien, int tentatives, Instant deposeLe) {
    }

    private record Piece(int ordre, String nom, String typeMime, byte[] contenuChiffre, byte[] contenuAncien) {
    }

    /** A courriel that can never be sent (its body cannot be read): given up at once, not retried. */
    private static final class Illisible extends Exception {
        Illisible(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    private int envoyerUnLot() {
        var maintenant = horloge.instant();
        List<AEnvoyer> lot = jdbc.sql("""
                select id, destinataire, sujet, texte_chiffre, html_chiffre, texte, html, tentatives, depose_le
                from courriel_sortant
                where statut = 'EN_ATTENTE' and prochaine_tentative <= :maintenant
                order by prochaine_tentative limit :lot
                for update skip locked
                """)
                .param("maintenant", Timestamp.from(maintenant)).param("lot", LOT)
                .query((rs, i) -> new AEnvoyer(rs.getObject("id", UUID.class), rs.getString("destinataire"),
                        rs.getString("sujet"), rs.getBytes("texte_chiffre"), rs.getBytes("html_chiffre"),
                        rs.getString("texte"), rs.getString("html"), rs.getInt("tentatives"),
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
                clore(courriel.id(), "ENVOYE", null, 1);
                envoyes++;
            } catch (Illisible e) {
                LOG.error("Courriel {} abandonné : {}", courriel.id(), e.getMessage());
                clore(courriel.id(), "ABANDONNE", e.getMessage(), 1);
            } catch (Exception e) {
                var tentatives = courriel.tentatives() + 1;
                var prochaine = politique.prochaineTentative(courriel.deposeLe(), tentatives, horloge.instant());
                LOG.warn("Échec d’envoi du courriel {} (tentative {}) : {}", courriel.id(), tentatives, e.getMessage());
                jdbc.sql("""
                        update courriel_sortant set tentatives = :tentatives, derniere_erreur = :erreur,
                          prochaine_tentative = coalesce(:prochaine, prochaine_tentative)
                        where id = :id
                        """)
                        .param("tentatives", tentatives)
                        .param("erreur", String.valueOf(e.getMessage()))
                        .param("prochaine", prochaine.map(Timestamp::from).orElse(null))
                        .param("id", courriel.id())
                        .update();
                if (prochaine.isEmpty()) {
                    clore(courriel.id(), "ABANDONNE", String.valueOf(e.getMessage()), 0);
                }
                // The server is probably down: the others of the lot wait for the next round.
                break;
            }
        }
        return envoyes;
    }

    /**
     * Sent or given up: the body and the attachments go, for good. What stays says to support what happened.
     *
     * @param erreur the reason it was given up, or null when sent
     * @param tentative 1 when this attempt is not counted yet
     */
    private void clore(UUID id, String statut, String erreur, int tentative) {
        var maintenant = Timestamp.from(horloge.instant());
        jdbc.sql("""
                update courriel_sortant set statut = :statut, clos_le = :maintenant, tentatives = tentatives + :tentative,
                  derniere_erreur = :erreur, texte = null, html = null, texte_chiffre = null, html_chiffre = null
                where id = :id
                """)
                .param("statut", statut).param("maintenant", maintenant).param("tentative", tentative)
                .param("erreur", erreur, java.sql.Types.VARCHAR).param("id", id)
                .update();
        if ("ENVOYE".equals(statut)) {
            jdbc.sql("update courriel_sortant set envoye_le = :maintenant where id = :id")
                    .param("maintenant", maintenant).param("id", id).update();
        }
        jdbc.sql("delete from courriel_piece_jointe where courriel_id = :id").param("id", id).update();
    }

    private void envoyer(JavaMailSender smtp, AEnvoyer courriel) throws Exception {
        var pieces = jdbc.sql("""
                select ordre, nom, type_mime, contenu_chiffre, contenu from courriel_piece_jointe
                where courriel_id = :id order by ordre
                """)
                .param("id", courriel.id())
                .query((rs, i) -> new Piece(rs.getInt("ordre"), rs.getString("nom"), rs.getString("type_mime"),
                        rs.getBytes("contenu_chiffre"), rs.getBytes("contenu")))
                .list();
        String texte;
        String html;
        var contenus = new java.util.ArrayList<byte[]>();
        try {
            // Courriels deposited before the encryption (V115) still carry their body in clear, once.
            texte = courriel.texteChiffre() == null ? courriel.texteAncien()
                    : chiffrement.dechiffrerTexte(courriel.texteChiffre(), courriel.id(), "texte");
            html = courriel.htmlChiffre() == null ? courriel.htmlAncien()
                    : chiffrement.dechiffrerTexte(courriel.htmlChiffre(), courriel.id(), "html");
            for (var piece : pieces) {
                contenus.add(piece.contenuChiffre() == null ? piece.contenuAncien()
                        : chiffrement.dechiffrer(piece.contenuChiffre(), courriel.id(), "piece-" + piece.ordre()));
            }
        } catch (IllegalStateException e) {
            throw new Illisible(e);
        }
        if (texte == null || html == null) {
            throw new Illisible(new IllegalStateException("Courriel sans corps"));
        }
        var message = smtp.createMimeMessage();
        var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(expediteur);
        helper.setTo(courriel.destinataire());
        helper.setSubject(courriel.sujet());
        helper.setText(texte, html);
        for (var i = 0; i < pieces.size(); i++) {
            helper.addAttachment(pieces.get(i).nom(), new ByteArrayResource(contenus.get(i)), pieces.get(i).typeMime());
        }
        message.setHeader("X-Portail-Courriel", courriel.id().toString());
        smtp.send(message);
    }

    /**
     * Deletes the courriels sent or given up longer ago than the retention delay ({@code portail.courriel.conservation},
     * 7 days by default); returns how many.
     */
    @Systeme
    @Transactional
    public int purger() {
        return jdbc.sql("""
                delete from courriel_sortant
                where statut in ('ENVOYE', 'ABANDONNE') and clos_le < :avant
                """)
                .param("avant", Timestamp.from(horloge.instant().minus(conservation)))
                .update();
    }

    /** How many courriels wait to be sent (for the health of the service and the tests). */
    @Systeme
    @Transactional(readOnly = true)
    public long enAttente() {
        return jdbc.sql("select count(*) from courriel_sortant where statut = 'EN_ATTENTE'").query(Long.class).single();
    }
}
