package fr.portailcep.compte;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.shared.Saisies;
import fr.portailcep.shared.Systeme;

/**
 * The operator's audit journal: who read whose data, who was refused what, who changed staff accounts and sites.
 * The application may only add to it (no update or delete grant, and a trigger, see V140__journal_audit.sql); a
 * manager searches it from the "Journal" page, and that search is journaled too.
 * <p>
 * Reads and refusals are written in a transaction of their own: a read happens in a read-only transaction, and a
 * refusal must stay recorded when the work around it rolls back. Acts are written in the transaction of the act,
 * so that an act and its entry are saved together or not at all.
 */
@Service
public class JournalAudit {

    /** The same read of the same person by the same account is written once in this time. */
    static final Duration LECTURES_REGROUPEES = Duration.ofMinutes(5);

    /** Who acts when nobody is signed in (a job, a start-up task, the operations team). */
    public static final String SYSTEME = "système";

    /** One entry, as the search page shows it. */
    public record Entree(long id, Instant horodatage, String acteur, Role role, ActionAudit action,
            UUID beneficiaireId, String personne, UUID compteCibleId, String compteCible, String objet, String detail,
            String adresseReseau) {
    }

    /** What a manager looks for; every field is optional. */
    public record Recherche(LocalDate du, LocalDate au, ActionAudit action, UUID acteurId, UUID beneficiaireId,
            String texte) {

        public static final Recherche TOUT = new Recherche(null, null, null, null, null, null);

        /** The longest text searched. */
        public static final int LONGUEUR_TEXTE = 100;

        /**
         * @throws fr.portailcep.shared.SaisieRefusee on field {@code au} if the period ends before it starts, on
         *         field {@code texte} if the text cannot be searched
         */
        public Recherche {
            var saisie = Saisies.verification();
            if (du != null && au != null && au.isBefore(du)) {
                saisie.refuser("au", "audit.periode.invalide");
            }
            texte = saisie.ligne("texte", texte, LONGUEUR_TEXTE);
            saisie.exiger();
            texte = Saisies.ouNull(texte);
        }
    }

    private final JdbcClient jdbc;
    private final CompteService comptes;
    private final ObjectProvider<OrigineCourante> origine;
    private final Clock horloge;
    private final Map<String, Instant> dernieresLectures = new ConcurrentHashMap<>();

    JournalAudit(JdbcClient jdbc, CompteService comptes, ObjectProvider<OrigineCourante> origine, Clock horloge) {
        this.jdbc = jdbc;
        this.comptes = comptes;
        this.origine = origine;
        this.horloge = horloge;
    }

    /**
     * A staff read of a person's data. A bénéficiaire reading their own data is not journaled; the same read of the
     * same person by the same account within a few minutes is written once (a page reads a dossier in several calls).
     */
    @Systeme
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void lecture(ActionAudit action, UUID beneficiaireId, String objet) {
        if (!action.lecture()) {
            throw new IllegalArgumentException(action + " n’est pas une lecture");
        }
        var moi = comptes.compteConnecte();
        if (moi.isPresent() && moi.get().role() == Role.BENEFICIAIRE) {
            return;
        }
        var maintenant = horloge.instant();
        var cle = moi.map(Compte::id).orElse(null) + "|" + action + "|" + beneficiaireId + "|" + objet;
        var derniere = dernieresLectures.get(cle);
        if (derniere != null && derniere.plus(LECTURES_REGROUPEES).isAfter(maintenant)
                && !derniere.isAfter(maintenant)) {
            return;
        }
        dernieresLectures.put(cle, maintenant);
        if (dernieresLectures.size() > 10_000) {
            dernieresLectures.entrySet().removeIf(e -> e.getValue().plus(LECTURES_REGROUPEES).isBefore(maintenant));
        }
        ecrire(moi.orElse(null), action, beneficiaireId, null, objet, null);
    }

    /** An access refused: what was asked, on whom. Kept even when the request around it rolls back. */
    @Systeme
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refus(UUID beneficiaireId, UUID compteCibleId, String objet, String detail) {
        ecrire(comptes.compteConnecte().orElse(null), ActionAudit.ACCES_REFUSE, beneficiaireId, compteCibleId, objet,
                detail);
    }

    /** An act on a staff account or a site, in the transaction of the act. */
    @Systeme
    @Transactional(propagation = Propagation.MANDATORY)
    public void acte(ActionAudit action, UUID compteCibleId, String objet, String detail) {
        if (action.lecture() || action == ActionAudit.ACCES_REFUSE) {
            throw new IllegalArgumentException(action + " n’est pas un acte");
        }
        ecrire(comptes.compteConnecte().orElse(null), action, null, compteCibleId, objet, detail);
    }

    /** The entries matching the search, newest first, at most {@code nombre} from {@code depuis}. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public List<Entree> rechercher(Recherche recherche, int depuis, int nombre, ZoneId zone) {
        var sql = new StringBuilder("""
                select j.id, j.horodatage, j.acteur, j.role, j.action, j.beneficiaire_id, j.compte_cible_id, j.objet,
                       j.detail, j.adresse_reseau,
                       nullif(trim(concat_ws(' ', b.prenom, b.nom)), '') as personne, b.email as personne_email,
                       nullif(trim(concat_ws(' ', c.prenom, c.nom)), '') as cible, c.email as cible_email
                from journal_audit j
                left join beneficiaire b on b.id = j.beneficiaire_id
                left join compte c on c.id = j.compte_cible_id
                where true
                """);
        var parametres = new java.util.LinkedHashMap<String, Object>();
        filtrer(recherche, zone, sql, parametres);
        sql.append(" order by j.horodatage desc, j.id desc offset :depuis limit :nombre");
        parametres.put("depuis", Math.max(depuis, 0));
        parametres.put("nombre", Math.clamp(nombre, 1, 500));
        var requete = jdbc.sql(sql.toString());
        for (var p : parametres.entrySet()) {
            requete = requete.param(p.getKey(), p.getValue());
        }
        return requete.query((rs, i) -> new Entree(rs.getLong("id"), rs.getTimestamp("horodatage").toInstant(),
                rs.getString("acteur"), rs.getString("role") == null ? null : Role.valueOf(rs.getString("role")),
                ActionAudit.valueOf(rs.getString("action")), rs.getObject("beneficiaire_id", UUID.class),
                Objects.requireNonNullElse(rs.getString("personne"), Objects.toString(rs.getString("personne_email"), "")),
                rs.getObject("compte_cible_id", UUID.class),
                Objects.requireNonNullElse(rs.getString("cible"), Objects.toString(rs.getString("cible_email"), "")),
                rs.getString("objet"), rs.getString("detail"), rs.getString("adresse_reseau"))).list();
    }

    /** How many entries match the search. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public long compter(Recherche recherche, ZoneId zone) {
        var sql = new StringBuilder("""
                select count(*) from journal_audit j
                left join beneficiaire b on b.id = j.beneficiaire_id
                left join compte c on c.id = j.compte_cible_id
                where true
                """);
        var parametres = new java.util.LinkedHashMap<String, Object>();
        filtrer(recherche, zone, sql, parametres);
        var requete = jdbc.sql(sql.toString());
        for (var p : parametres.entrySet()) {
            requete = requete.param(p.getKey(), p.getValue());
        }
        return requete.query(Long.class).single();
    }

    /** A manager's search is itself an access to personal data: it is journaled, once per distinct search. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void noterRecherche(Recherche recherche) {
        var criteres = new ArrayList<String>();
        if (recherche.du() != null) {
            criteres.add("du " + recherche.du());
        }
        if (recherche.au() != null) {
            criteres.add("au " + recherche.au());
        }
        if (recherche.action() != null) {
            criteres.add(recherche.action().name());
        }
        if (recherche.acteurId() != null) {
            criteres.add("acteur " + recherche.acteurId());
        }
        if (recherche.texte() != null) {
            criteres.add("« " + recherche.texte() + " »");
        }
        ecrire(comptes.compteConnecte().orElse(null), ActionAudit.JOURNAL_CONSULTE, recherche.beneficiaireId(), null,
                null, String.join(", ", criteres));
    }

    private static void filtrer(Recherche r, ZoneId zone, StringBuilder sql, Map<String, Object> parametres) {
        if (r.du() != null) {
            sql.append(" and j.horodatage >= :du");
            parametres.put("du", Timestamp.from(r.du().atStartOfDay(zone).toInstant()));
        }
        if (r.au() != null) {
            sql.append(" and j.horodatage < :au");
            parametres.put("au", Timestamp.from(r.au().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (r.action() != null) {
            sql.append(" and j.action = :action");
            parametres.put("action", r.action().name());
        }
        if (r.acteurId() != null) {
            sql.append(" and j.acteur_id = :acteur");
            parametres.put("acteur", r.acteurId());
        }
        if (r.beneficiaireId() != null) {
            sql.append(" and j.beneficiaire_id = :beneficiaire");
            parametres.put("beneficiaire", r.beneficiaireId());
        }
        if (r.texte() != null) {
            // A name or an address, of the person concerned, the actor or the staff member acted upon.
            sql.append("""
                     and (j.acteur ilike :texte or b.email ilike :texte or c.email ilike :texte
                          or concat_ws(' ', b.prenom, b.nom) ilike :texte or concat_ws(' ', c.prenom, c.nom) ilike :texte
                          or j.objet ilike :texte)
                    """);
            parametres.put("texte", "%" + r.texte().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    + "%");
        }
    }

    private void ecrire(Compte acteur, ActionAudit action, UUID beneficiaireId, UUID compteCibleId, String objet,
            String detail) {
        var source = origine.getIfAvailable();
        var provenance = source == null ? OrigineRequete.INCONNUE : source.lire();
        jdbc.sql("""
                insert into journal_audit (horodatage, acteur_id, acteur, role, action, beneficiaire_id, compte_cible_id,
                  objet, detail, adresse_reseau)
                values (:horodatage, :acteurId, :acteur, :role, :action, :beneficiaire, :cible, :objet, :detail, :ip)
                """)
                .param("horodatage", Timestamp.from(horloge.instant()))
                .param("acteurId", acteur == null ? null : acteur.id())
                .param("acteur", acteur == null ? SYSTEME : acteur.email())
                .param("role", acteur == null ? null : acteur.role().name())
                .param("action", action.name())
                .param("beneficiaire", beneficiaireId)
                .param("cible", compteCibleId)
                // Recorded by the portal, not typed by the person acting: cleaned, never refused.
                .param("objet", Saisies.assainir(objet, 200))
                .param("detail", Saisies.assainir(detail, 500))
                .param("ip", Saisies.assainir(provenance.adresseReseau(), 64))
                .update();
    }
}
