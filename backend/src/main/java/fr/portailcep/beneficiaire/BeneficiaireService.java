package fr.portailcep.beneficiaire;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.compte.ActionAudit;
import fr.portailcep.compte.CompteCree;
import fr.portailcep.compte.CompteService;
import fr.portailcep.compte.JournalAudit;
import fr.portailcep.compte.Role;
import fr.portailcep.operateur.PolitiqueAcces;
import fr.portailcep.shared.Saisies;
import fr.portailcep.shared.Systeme;

/**
 * The people followed by the service. A bénéficiaire reads only their own record; staff read the records of the
 * people they may see ({@link PolitiqueAcces}), and each read is journaled.
 */
@Service
public class BeneficiaireService {

    /**
     * The conseiller's search (DD013): first the people the caller may see (the access rule, a few thousand at most
     * for a conseiller), then the text on them. Starting from the access set keeps the time flat whatever the text:
     * starting from the trigram index, a two-letter text matching many people made PostgreSQL test the access view
     * person after person (180 ms for « ma » with 100,000 people). Parameters: {@code moi}, {@code motif}, {@code max}.
     */
    public static final String REQUETE_RECHERCHE = """
                with visibles as materialized (
                    select distinct a.beneficiaire_id from acces_personne a where a.compte_id = :moi
                )
                select b.id, b.prenom, b.nom, b.email from visibles v join beneficiaire b on b.id = v.beneficiaire_id
                where b.recherche like texte_recherche(:motif, null, null)
                order by b.recherche
                limit :max
                """;

    /** At most this many people answer a search: type more to narrow it. */
    public static final int RESULTATS_MAX = 30;

    /** The longest text searched. */
    public static final int RECHERCHE_MAX = 100;

    private final BeneficiaireRepository beneficiaires;
    private final CompteService comptes;
    private final PolitiqueAcces politique;
    private final JournalAudit journal;
    private final JdbcClient jdbc;
    private final Clock horloge;

    BeneficiaireService(BeneficiaireRepository beneficiaires, CompteService comptes, PolitiqueAcces politique,
            JournalAudit journal, JdbcClient jdbc, Clock horloge) {
        this.beneficiaires = beneficiaires;
        this.comptes = comptes;
        this.politique = politique;
        this.journal = journal;
        this.jdbc = jdbc;
        this.horloge = horloge;
    }

    /**
     * Every bénéficiaire account has its record, created in the same transaction (DD011: synchronous, the booking
     * reads the record right after creating the account).
     */
    @EventListener
    void compteCree(CompteCree evenement) {
        if (evenement.role() == Role.BENEFICIAIRE && beneficiaires.findByCompteId(evenement.compteId()).isEmpty()) {
            beneficiaires.save(new Beneficiaire(evenement.compteId(), evenement.email(), evenement.prenom(),
                    evenement.nom(), horloge.instant()));
        }
    }

    /** The record of the bénéficiaire signed in. */
    @PreAuthorize("hasRole('BENEFICIAIRE')")
    @Transactional(readOnly = true)
    public Optional<Beneficiaire> moi() {
        return comptes.compteConnecte().flatMap(c -> beneficiaires.findByCompteId(c.id()));
    }

    /** The record of the person signed in if they are a bénéficiaire; empty for anyone else (public pages). */
    @Transactional(readOnly = true)
    public Optional<Beneficiaire> moiSiBeneficiaire() {
        return comptes.compteConnecte().filter(c -> c.role() == Role.BENEFICIAIRE)
                .flatMap(c -> beneficiaires.findByCompteId(c.id()));
    }

    /** A person's record, for a member of their team (journaled); "introuvable" for anyone else. */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public Optional<Beneficiaire> parId(UUID id) {
        politique.exigerLecture(id, ActionAudit.LECTURE_FICHE, null);
        return beneficiaires.findById(id);
    }

    /**
     * The people the member of staff signed in may see whose name or address contains the text, accents and case
     * ignored; the access rule is in the query. The search is journaled with what was typed.
     */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public List<PersonneTrouvee> rechercher(String texte) {
        // A search is not stored: what cannot be searched (a control character…) is cleaned rather than refused.
        var cherche = Saisies.assainir(texte, RECHERCHE_MAX);
        if (cherche == null || cherche.strip().length() < 2) {
            return List.of();
        }
        texte = cherche.strip();
        var moi = comptes.exigerCompteConnecte();
        // The same normal form on both sides (texte_recherche, V150), so that the trigram index answers; the LIKE
        // metacharacters typed are searched as themselves. The access rule is in the query (acces_personne).
        var motif = "%" + texte.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        // A plan for these very values (DD013): a generic plan, which knows neither who searches nor how selective the
        // text is, reads the whole access view (about 0.5 s with 100,000 people instead of 20 ms).
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        var trouves = jdbc.sql(REQUETE_RECHERCHE).param("motif", motif).param("moi", moi.id())
                .param("max", RESULTATS_MAX)
                .query(PersonneTrouvee.class).list();
        journal.lecture(ActionAudit.LECTURE_LISTE, null, "recherche « " + texte + " » : " + trouves.size());
        return trouves;
    }

    /** For other features acting on behalf of the system (booking by an anonymous person, jobs). */
    @Systeme
    @Transactional(readOnly = true)
    public Optional<Beneficiaire> parCompte(UUID compteId) {
        return beneficiaires.findByCompteId(compteId);
    }

    /**
     * For other features acting on behalf of the system (a courriel to the person, a job) or once they have checked
     * the access themselves: the record by its id, without checking who asks. Never call it from a view.
     */
    @Systeme
    @Transactional(readOnly = true)
    public Optional<Beneficiaire> parIdPourLeSysteme(UUID id) {
        return beneficiaires.findById(id);
    }

    /**
     * The names to show of these people, in one query, for a list their access was already checked for (id → name;
     * "?" for an unknown id).
     */
    @Systeme
    @Transactional(readOnly = true)
    public java.util.Map<UUID, String> nomsPourLeSysteme(java.util.Collection<UUID> ids) {
        var noms = new java.util.HashMap<UUID, String>();
        ids.forEach(id -> noms.put(id, "?"));
        beneficiaires.findAllById(java.util.Set.copyOf(ids)).forEach(b -> noms.put(b.id(), b.nomAffiche()));
        return noms;
    }

    @Systeme
    @Transactional
    public void completerIdentite(UUID beneficiaireId, String prenom, String nom, String telephone) {
        var identite = new Beneficiaire.Identite(prenom, nom, telephone);
        beneficiaires.findById(beneficiaireId).ifPresent(b -> b.completerIdentite(identite));
    }
}
