package fr.portailcep.operateur;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.compte.ActionAudit;
import fr.portailcep.compte.CompteService;
import fr.portailcep.compte.JournalAudit;
import fr.portailcep.shared.SaisieRefusee;

/**
 * The manager's sites page: correct a site's address, phone, access and accessibility; add a site; deactivate a
 * site the operator leaves (it offers no new slot; rendez-vous already booked there stay) and reactivate it.
 * Closures of a few days belong to the offer ({@code rendezvous.OffreService.fermerSite}). A manager acts on the
 * sites they work at; the one who adds a site works there. Every change is in the audit journal.
 */
@Service
public class SitesService {

    /** The fiche cannot be saved: field → key of the French text, shown beside each field. */
    public static class SiteRefuse extends SaisieRefusee {

        SiteRefuse(Map<String, String> erreurs) {
            super(SaisieRefusee.cles(erreurs));
        }
    }

    private final SiteRepository sites;
    private final OperateurService operateurs;
    private final PolitiqueAcces politique;
    private final CompteService comptes;
    private final JournalAudit journal;

    SitesService(SiteRepository sites, OperateurService operateurs, PolitiqueAcces politique, CompteService comptes,
            JournalAudit journal) {
        this.sites = sites;
        this.operateurs = operateurs;
        this.politique = politique;
        this.comptes = comptes;
        this.journal = journal;
    }

    /** The sites of the manager signed in, the active ones first, then by name. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public List<Site> tous() {
        var miens = politique.mesSites();
        return sites.findAllByOrderByActifDescNomAsc().stream().filter(s -> miens.contains(s.id())).toList();
    }

    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public Site creerSite(FicheSite fiche) {
        verifier(fiche);
        var operateur = operateurs.operateur().orElseThrow(() -> new IllegalStateException("Aucun opérateur"));
        var site = sites.saveAndFlush(new Site(operateur, fiche));
        operateurs.affecter(comptes.exigerCompteConnecte().id(), site.id());
        journal.acte(ActionAudit.SITE_CREE, null, site.nom(), site.commune());
        return site;
    }

    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public Site modifierSite(UUID id, FicheSite fiche) {
        verifier(fiche);
        var site = exiger(id);
        site.modifier(fiche);
        journal.acte(ActionAudit.SITE_MODIFIE, null, site.nom(), null);
        return sites.saveAndFlush(site);
    }

    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public Site desactiver(UUID id) {
        var site = exiger(id);
        site.desactiver();
        journal.acte(ActionAudit.SITE_DESACTIVE, null, site.nom(), null);
        return sites.saveAndFlush(site);
    }

    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public Site activer(UUID id) {
        var site = exiger(id);
        site.activer();
        journal.acte(ActionAudit.SITE_REACTIVE, null, site.nom(), null);
        return sites.saveAndFlush(site);
    }

    private static void verifier(FicheSite fiche) {
        var erreurs = fiche.erreurs();
        if (!erreurs.isEmpty()) {
            throw new SiteRefuse(erreurs);
        }
    }

    private Site exiger(UUID id) {
        var site = sites.findById(id).orElseThrow(() -> new SiteRefuse(Map.of(FicheSite.CHAMP_NOM, "sites.erreur.inconnu")));
        politique.exigerSite(id);
        return site;
    }
}
