package fr.portailcep.mediation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.portailcep.shared.Introuvable;

/** The referrals, their threads and the médiateur's reads of the dossier (plain SQL, one aggregate per row). */
@Repository
class SaisineRepository {

    private static final String COLONNES = """
            id, numero, beneficiaire_id, reclamation_id, origine, recue_le, enregistree_le, enregistree_par,
            reclamation_resume, reponse_operateur, demande, etat, mediateur_id, motif_recevabilite, statuee_le,
            acces_demande_le, acces_jusqu_au, issue, issue_texte, issue_le, close_le, version
            """;

    /** A message of a thread. */
    record LigneMessage(UUID id, FilSaisine fil, UUID auteurId, boolean duMediateur, String texte, Instant ecritLe) {
    }

    private final JdbcClient jdbc;

    SaisineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String prochainNumero(LocalDate jour) {
        var n = jdbc.sql("select nextval('saisine_numero_seq')").query(Long.class).single();
        return "MED-" + Year.from(jour) + "-" + String.valueOf(100000 + n).substring(1);
    }

    void inserer(Saisine s) {
        jdbc.sql("""
                insert into saisine (id, numero, beneficiaire_id, reclamation_id, origine, recue_le, enregistree_le,
                    enregistree_par, reclamation_resume, reponse_operateur, demande, etat, mediateur_id)
                values (:id, :numero, :beneficiaire, :reclamation, :origine, :recue, :enregistree, :par, :resume,
                    :reponse, :demande, :etat, :mediateur)
                """).param("id", s.id).param("numero", s.numero).param("beneficiaire", s.beneficiaireId)
                .param("reclamation", s.reclamationId).param("origine", s.origine.name()).param("recue", s.recueLe)
                .param("enregistree", Timestamp.from(s.enregistreeLe)).param("par", s.enregistreePar)
                .param("resume", s.reclamationResume).param("reponse", s.reponseOperateur)
                .param("demande", s.demande).param("etat", s.etat.name()).param("mediateur", s.mediateurId)
                .update();
    }

    /** Saves the changes of state; a concurrent change wins first, the second is refused (optimistic lock). */
    void enregistrer(Saisine s) {
        var n = jdbc.sql("""
                update saisine set etat = :etat, mediateur_id = :mediateur, motif_recevabilite = :motif,
                    statuee_le = :statuee, acces_demande_le = :demande, acces_jusqu_au = :jusqu, issue = :issue,
                    issue_texte = :issueTexte, issue_le = :issueLe, close_le = :close, version = version + 1
                where id = :id and version = :version
                """).param("etat", s.etat.name()).param("mediateur", s.mediateurId)
                .param("motif", s.motifRecevabilite).param("statuee", ts(s.statueeLe))
                .param("demande", ts(s.accesDemandeLe)).param("jusqu", ts(s.accesJusquAu))
                .param("issue", s.issue == null ? null : s.issue.name()).param("issueTexte", s.issueTexte)
                .param("issueLe", ts(s.issueLe)).param("close", ts(s.closeLe)).param("id", s.id)
                .param("version", s.version).update();
        if (n != 1) {
            throw new SaisineRefusee("mediation.refus.concurrence");
        }
        s.version++;
    }

    Optional<Saisine> parId(UUID id) {
        return jdbc.sql("select " + COLONNES + " from saisine where id = :id").param("id", id)
                .query(SaisineRepository::lire).optional();
    }

    Saisine exiger(UUID id) {
        return parId(id).orElseThrow(Introuvable::new);
    }

    List<Saisine> toutes() {
        return jdbc.sql("select " + COLONNES + " from saisine order by recue_le desc, enregistree_le desc")
                .query(SaisineRepository::lire).list();
    }

    List<Saisine> deLaPersonne(UUID beneficiaireId) {
        return jdbc.sql("select " + COLONNES
                + " from saisine where beneficiaire_id = :personne order by enregistree_le desc")
                .param("personne", beneficiaireId).query(SaisineRepository::lire).list();
    }

    /** Admissible ones (or closed after being so) of the people this manager may see (the access view). */
    List<Saisine> pourLeCorrespondant(UUID compteId) {
        return jdbc.sql("select " + COLONNES + """
                 from saisine s where s.statuee_le is not null and s.etat in ('RECEVABLE', 'CLOSE')
                and exists (select 1 from acces_personne a where a.compte_id = :moi and a.beneficiaire_id = s.beneficiaire_id)
                order by s.recue_le desc
                """).param("moi", compteId).query(SaisineRepository::lire).list();
    }

    /** The referral whose access opens this person's dossier to this médiateur now, if any. */
    Optional<Saisine> accesOuvert(UUID mediateurId, UUID beneficiaireId, Instant maintenant) {
        return jdbc.sql("select " + COLONNES + """
                 from saisine where mediateur_id = :mediateur and beneficiaire_id = :personne and etat = 'RECEVABLE'
                and acces_demande_le <= :maintenant and acces_jusqu_au > :maintenant
                order by acces_jusqu_au desc limit 1
                """).param("mediateur", mediateurId).param("personne", beneficiaireId)
                .param("maintenant", Timestamp.from(maintenant)).query(SaisineRepository::lire).optional();
    }

    boolean existePourReclamation(UUID reclamationId) {
        return jdbc.sql("select exists (select 1 from saisine where reclamation_id = :id)").param("id", reclamationId)
                .query(Boolean.class).single();
    }

    void ajouterMessage(UUID saisineId, FilSaisine fil, UUID auteurId, boolean duMediateur, String texte,
            Instant le) {
        jdbc.sql("""
                insert into saisine_message (id, saisine_id, fil, auteur_id, du_mediateur, texte, ecrit_le)
                values (:id, :saisine, :fil, :auteur, :mediateur, :texte, :le)
                """).param("id", UUID.randomUUID()).param("saisine", saisineId).param("fil", fil.name())
                .param("auteur", auteurId).param("mediateur", duMediateur).param("texte", texte)
                .param("le", Timestamp.from(le)).update();
    }

    List<LigneMessage> messages(UUID saisineId, FilSaisine fil) {
        return jdbc.sql("""
                select id, fil, auteur_id, du_mediateur, texte, ecrit_le from saisine_message
                where saisine_id = :saisine and fil = :fil order by ecrit_le, id
                """).param("saisine", saisineId).param("fil", fil.name())
                .query((rs, i) -> new LigneMessage(rs.getObject("id", UUID.class), FilSaisine.valueOf(rs.getString("fil")),
                        rs.getObject("auteur_id", UUID.class), rs.getBoolean("du_mediateur"), rs.getString("texte"),
                        rs.getTimestamp("ecrit_le").toInstant()))
                .list();
    }

    /** Records a read, unless one of the same referral was recorded less than five minutes before. */
    void noterConsultation(UUID saisineId, UUID mediateurId, String lecture, Instant le) {
        jdbc.sql("""
                insert into saisine_consultation (saisine_id, mediateur_id, lecture, consultee_le)
                select :saisine, :mediateur, :lecture, :le
                where not exists (select 1 from saisine_consultation where saisine_id = :saisine
                    and consultee_le > :depuis and consultee_le <= :le)
                """).param("saisine", saisineId).param("mediateur", mediateurId).param("lecture", lecture)
                .param("le", Timestamp.from(le)).param("depuis", Timestamp.from(le.minusSeconds(300))).update();
    }

    List<Instant> consultations(UUID saisineId) {
        return jdbc.sql("select consultee_le from saisine_consultation where saisine_id = :saisine order by consultee_le desc")
                .param("saisine", saisineId).query((rs, i) -> rs.getTimestamp(1).toInstant()).list();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String colonne) throws SQLException {
        var t = rs.getTimestamp(colonne);
        return t == null ? null : t.toInstant();
    }

    private static Saisine lire(ResultSet rs, int rang) throws SQLException {
        var s = new Saisine(rs.getObject("id", UUID.class), rs.getString("numero"),
                rs.getObject("beneficiaire_id", UUID.class), rs.getObject("reclamation_id", UUID.class),
                OrigineSaisine.valueOf(rs.getString("origine")), rs.getObject("recue_le", LocalDate.class),
                instant(rs, "enregistree_le"), rs.getObject("enregistree_par", UUID.class),
                rs.getString("reclamation_resume"), rs.getString("reponse_operateur"), rs.getString("demande"));
        s.etat = EtatSaisine.valueOf(rs.getString("etat"));
        s.mediateurId = rs.getObject("mediateur_id", UUID.class);
        s.motifRecevabilite = rs.getString("motif_recevabilite");
        s.statueeLe = instant(rs, "statuee_le");
        s.accesDemandeLe = instant(rs, "acces_demande_le");
        s.accesJusquAu = instant(rs, "acces_jusqu_au");
        var issue = rs.getString("issue");
        s.issue = issue == null ? null : IssueSaisine.valueOf(issue);
        s.issueTexte = rs.getString("issue_texte");
        s.issueLe = instant(rs, "issue_le");
        s.closeLe = instant(rs, "close_le");
        s.version = rs.getLong("version");
        return s;
    }
}
