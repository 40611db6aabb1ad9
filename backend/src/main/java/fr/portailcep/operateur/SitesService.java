package fr.portailcep.operateur;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager's sites page: correct a site's address, phone, access and accessibility; add a site; deactivate a
 * site the operator leaves (it offers no new slot; rendez-vous already booked there stay) and reactivate it.
 * Closures of a few days belong to the offer ({@code rendezvous.OffreService.fermerSite}).
 */
@Service
public class SitesService {

    /** The fiche cannot be saved: field → key of the French text. */
    public static class SiteRefuse extends RuntimeException {
        private final Map<String, String> erreurs;

        SiteRefuse(Map<String, String> erreurs) {
            super(erreurs.toString());
            this.erreurs = Map.copyOf(erreurs);
        }

        public Map<String, String> erreurs() {
            return erreurs;
        }
    }

    private final SiteRepository sites;
    private final OperateurService operateurs;

    SitesService(SiteRepository sites, OperateurService operateurs) {
        this.sites = sites;
        this.operateurs = operateurs;
    }

    /** Every site, the active ones first, then by name. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public List<Site> tous() {
        return sites.findAllByOrderByActifDescNomAsc();
    }

    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public Site creerSite(FicheSite fiche) {
        verifier(fiche);
        var operateur = operateurs.operateur().orElseThrow(() -> new IllegalStateException("Aucun opérateur"));
        return sites.saveAndFlush(new Site(operateur, fiche));
    }

    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public Site modifierSite(UUID id, FicheSite fiche) {
        verifier(fiche);
        var site = exiger(id);
        site.modifier(fiche);
        return sites.saveAndFlush(site);
    }

    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public Site desactiver(UUID id) {
        var site = exiger(id);
        site.desactiver();
        return sites.saveAndFlush(site);
    }

    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public Site activer(UUID id) {
        var site = exiger(id);
        site.activer();
        return sites.saveAndFlush(site);
    }

    private static void verifier(FicheSite fiche) {
        var erreurs = fiche.erreurs();
        if (!erreurs.isEmpty()) {
            throw new SiteRefuse(erreurs);
        }
    }

    private Site exiger(UUID id) {
        return sites.findById(id).orElseThrow(() -> new SiteRefuse(Map.of(FicheSite.CHAMP_NOM, "sites.erreur.inconnu")));
    }
}
