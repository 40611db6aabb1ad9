package fr.portailcep.operateur;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.compte.ActionAudit;
import fr.portailcep.compte.Compte;
import fr.portailcep.compte.CompteService;
import fr.portailcep.compte.JournalAudit;
import fr.portailcep.compte.Role;
import fr.portailcep.shared.Introuvable;

/**
 * The one access policy of the portal (issue 8, finding 2). Who may see a person is written once, in the database
 * view {@code acces_personne} ({@code R__acces_personne.sql}): the person themself; the staff named on their dossier;
 * the team of the site their dossier is attached to; before a first rendez-vous gives it a site, the teams of the
 * sites of the départements of their home or work (or every team when none is there). Services check one person
 * here, and lists filter on the same view in their query. What staff may do to each other is {@link RegleEquipe}.
 * <p>
 * A read the view does not give may be open for a time ({@link AccesTemporaire}: the médiateur's access to a referred
 * dossier), never an act. Staff reads are journaled ({@link JournalAudit}), refusals too. A person's data refused looks like data that does
 * not exist ({@link Introuvable}, 404); a staff act refused is an {@link AccessDeniedException} (403).
 */
@Component
public class PolitiqueAcces {

    /** Why an account may see a person (the {@code motif} column of the view). */
    public enum Motif {
        SOI, REFERENT, CONSEILLER, UNITE, SITE, RENDEZ_VOUS, TERRITOIRE, OPERATEUR, RECLAMATION
    }

    private final JdbcClient jdbc;
    private final CompteService comptes;
    private final JournalAudit journal;
    private final ObjectProvider<AccesTemporaire> temporaires;

    PolitiqueAcces(JdbcClient jdbc, CompteService comptes, JournalAudit journal,
            ObjectProvider<AccesTemporaire> temporaires) {
        this.jdbc = jdbc;
        this.comptes = comptes;
        this.journal = journal;
        this.temporaires = temporaires;
    }

    // ---------------------------------------------------------------- people

    /** Whether this account may see this person, and why (empty: it may not). */
    @Transactional(readOnly = true)
    public Set<Motif> motifs(UUID compteId, UUID beneficiaireId) {
        if (compteId == null || beneficiaireId == null) {
            return Set.of();
        }
        var motifs = EnumSet.noneOf(Motif.class);
        jdbc.sql("select distinct motif from acces_personne where compte_id = :compte and beneficiaire_id = :personne")
                .param("compte", compteId).param("personne", beneficiaireId)
                .query(String.class).list().forEach(m -> motifs.add(Motif.valueOf(m)));
        return motifs;
    }

    @Transactional(readOnly = true)
    public boolean voit(UUID compteId, UUID beneficiaireId) {
        return compteId != null && beneficiaireId != null && jdbc.sql("""
                select exists (select 1 from acces_personne where compte_id = :compte and beneficiaire_id = :personne)
                """).param("compte", compteId).param("personne", beneficiaireId).query(Boolean.class).single();
    }

    /** Among these people, those this account may see (one query, for a list already read). */
    @Transactional(readOnly = true)
    public Set<UUID> visiblesParmi(UUID compteId, java.util.Collection<UUID> beneficiaires) {
        if (compteId == null || beneficiaires.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                select distinct beneficiaire_id from acces_personne
                where compte_id = :compte and beneficiaire_id in (:personnes)
                """).param("compte", compteId).param("personnes", beneficiaires).query(UUID.class).list());
    }

    /** Every account that may see this person (their team), the person themself excluded. */
    @Transactional(readOnly = true)
    public Set<UUID> equipe(UUID beneficiaireId) {
        return Set.copyOf(jdbc.sql("""
                select distinct compte_id from acces_personne where beneficiaire_id = :personne and motif <> 'SOI'
                """).param("personne", beneficiaireId).query(UUID.class).list());
    }

    /**
     * The person signed in may read this person's data ({@code lecture} names what): a staff read is journaled,
     * a refusal is journaled and answered as "introuvable".
     *
     * @param objet what is read, for the journal (a thread, an attachment…), or null
     */
    @Transactional(readOnly = true)
    public void exigerLecture(UUID beneficiaireId, ActionAudit lecture, String objet) {
        if (!peutLire(beneficiaireId, lecture, objet)) {
            throw new Introuvable();
        }
    }

    /** The same check as {@link #exigerLecture} answering yes or no (the refusal is journaled all the same). */
    @Transactional(readOnly = true)
    public boolean peutLire(UUID beneficiaireId, ActionAudit lecture, String objet) {
        var moi = comptes.compteConnecte();
        if (moi.isPresent() && beneficiaireId != null && !voit(moi.get().id(), beneficiaireId)) {
            // A read the view does not give may be given for a time (the médiateur's access): read-only, journaled
            // with what the access is.
            var temporaire = temporaires.orderedStream()
                    .map(a -> a.ouvert(moi.get().id(), beneficiaireId)).flatMap(java.util.Optional::stream)
                    .findFirst();
            if (temporaire.isPresent()) {
                var note = (objet == null ? "" : objet + " ") + "[" + temporaire.get() + "]";
                journal.lecture(lecture, beneficiaireId, note.length() > 200 ? note.substring(0, 200) : note);
                return true;
            }
        }
        if (!autorise(beneficiaireId, lecture.name() + (objet == null ? "" : " " + objet))) {
            return false;
        }
        journal.lecture(lecture, beneficiaireId, objet);
        return true;
    }

    /** The person signed in may act on this person's data ({@code acte} names it for the journal if refused). */
    @Transactional(readOnly = true)
    public void exigerActe(UUID beneficiaireId, String acte) {
        if (!autorise(beneficiaireId, acte)) {
            throw new Introuvable();
        }
    }

    private boolean autorise(UUID beneficiaireId, String objet) {
        var moi = comptes.compteConnecte();
        if (moi.isPresent() && voit(moi.get().id(), beneficiaireId)) {
            return true;
        }
        journal.refus(beneficiaireId, null, objet, null);
        return false;
    }

    // ---------------------------------------------------------------- staff

    /** The sites the person signed in works at. */
    @Transactional(readOnly = true)
    public Set<UUID> mesSites() {
        return comptes.compteConnecte().map(c -> sites(c.id())).orElse(Set.of());
    }

    /** The member of staff signed in as the team rule sees them. */
    @Transactional(readOnly = true)
    public RegleEquipe.Membre moi() {
        var moi = comptes.exigerCompteConnecte();
        return new RegleEquipe.Membre(moi.id(), moi.role(), sites(moi.id()));
    }

    @Transactional(readOnly = true)
    public RegleEquipe.Membre membre(Compte compte) {
        return new RegleEquipe.Membre(compte.id(), compte.role(), sites(compte.id()));
    }

    /** Throws (403, journaled) unless the person signed in may do {@code acte} to this member of staff. */
    @Transactional(readOnly = true)
    public Compte exiger(RegleEquipe.Acte acte, UUID compteId) {
        var cible = comptes.parId(compteId).filter(c -> c.role().estProfessionnel());
        if (cible.isEmpty() || !RegleEquipe.permis(moi(), membre(cible.get()), acte)) {
            journal.refus(null, compteId, acte.name(), null);
            throw new AccessDeniedException("Refusé : " + acte);
        }
        return cible.get();
    }

    /** The conseillers whose agenda the person signed in may open: theirs, and for a manager those of their sites. */
    @Transactional(readOnly = true)
    public List<Compte> agendasVisibles() {
        var moi = moi();
        return comptes.parRole(Role.CONSEILLER).stream()
                .filter(c -> RegleEquipe.permis(moi, membre(c), RegleEquipe.Acte.AGENDA))
                .toList();
    }

    /** Throws (403, journaled) unless the person signed in is a manager working at this site. */
    @Transactional(readOnly = true)
    public void exigerSite(UUID siteId) {
        var moi = comptes.exigerCompteConnecte();
        if (moi.role() != Role.MANAGER || siteId == null || !sites(moi.id()).contains(siteId)) {
            journal.refus(null, null, "SITE " + siteId, null);
            throw new AccessDeniedException("Ce site n’est pas le vôtre");
        }
    }

    private Set<UUID> sites(UUID compteId) {
        return Set.copyOf(jdbc.sql("select site_id from membre_equipe where compte_id = :compte")
                .param("compte", compteId).query(UUID.class).list());
    }
}
