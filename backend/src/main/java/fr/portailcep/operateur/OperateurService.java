package fr.portailcep.operateur;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import fr.portailcep.shared.Systeme;

/** The operator, its sites and who works where. Read by every feature; written by the set-up and the demo. */
@Service
public class OperateurService {

    private final OperateurRepository operateurs;
    private final SiteRepository sites;
    private final JdbcClient jdbc;

    OperateurService(OperateurRepository operateurs, SiteRepository sites, JdbcClient jdbc) {
        this.operateurs = operateurs;
        this.sites = sites;
        this.jdbc = jdbc;
    }

    /** The operator of this portal (one per deployment). */
    @Transactional(readOnly = true)
    public Optional<Operateur> operateur() {
        return operateurs.findAll().stream().findFirst();
    }

    @Transactional(readOnly = true)
    public List<Site> sites() {
        return sites.findByActifTrueOrderByNom();
    }

    @Transactional(readOnly = true)
    public Optional<Site> site(UUID id) {
        return sites.findById(id);
    }

    @Transactional(readOnly = true)
    public List<Site> sitesDe(UUID compteId) {
        return sites.sitesDe(compteId);
    }

    /** The staff (account ids) who work at a site. */
    @Transactional(readOnly = true)
    public List<UUID> equipeDe(UUID siteId) {
        return jdbc.sql("select compte_id from membre_equipe where site_id = :site")
                .param("site", siteId).query(UUID.class).list();
    }

    @Systeme
    @Transactional
    public Operateur enregistrer(Operateur operateur) {
        if (operateurs.count() > 0 && !operateurs.existsById(operateur.code())) {
            throw new IllegalStateException("Ce portail a déjà un opérateur");
        }
        return operateurs.saveAndFlush(operateur);
    }

    @Systeme
    @Transactional
    public Site ajouterSite(Site site) {
        return sites.saveAndFlush(site);
    }

    /** The sites a person works at become exactly these. */
    @Systeme
    @Transactional
    public void affecterSeulement(UUID compteId, java.util.Collection<UUID> siteIds) {
        jdbc.sql("delete from membre_equipe where compte_id = :compte").param("compte", compteId).update();
        siteIds.forEach(site -> affecter(compteId, site));
    }

    @Systeme
    @Transactional
    public void affecter(UUID compteId, UUID siteId) {
        jdbc.sql("insert into membre_equipe (compte_id, site_id) values (:compte, :site) on conflict do nothing")
                .param("compte", compteId).param("site", siteId).update();
    }
}
