package fr.portailcep.rendezvous;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import fr.portailcep.operateur.FermeturesSites;
import fr.portailcep.operateur.OperateurService;

/** The closures of sites for the sites page, through the offer (and its access rules: manager only). */
@Component
class FermeturesSitesOffre implements FermeturesSites {

    private final OffreService offre;
    private final OperateurService operateurs;

    FermeturesSitesOffre(OffreService offre, OperateurService operateurs) {
        this.offre = offre;
        this.operateurs = operateurs;
    }

    @Override
    public List<FermetureSite> aVenir() {
        return offre.fermeturesDeSites().stream().filter(f -> f.siteId().isPresent())
                .sorted(Comparator.comparing(Fermeture::debut)).map(this::enFermetureSite).toList();
    }

    @Override
    public FermetureSite fermer(UUID siteId, LocalDate du, LocalDate au, String motif) {
        try {
            return enFermetureSite(offre.fermerSite(siteId, du, au, motif == null || motif.isBlank() ? null
                    : motif.strip()));
        } catch (OffreInvalide e) {
            throw new FermetureRefusee(e.champ().orElse(null), e.cleMessage());
        }
    }

    @Override
    public void rouvrir(UUID fermetureId) {
        offre.retirerFermeture(fermetureId);
    }

    @Override
    public long rendezVousAVenir(UUID siteId) {
        return offre.rendezVousAVenirAuSite(siteId);
    }

    private FermetureSite enFermetureSite(Fermeture f) {
        var siteId = f.siteId().orElseThrow();
        var zone = FuseauSite.de(operateurs.site(siteId));
        return new FermetureSite(f.id(), siteId, f.debut().atZone(zone).toLocalDate(),
                f.fin().minusSeconds(1).atZone(zone).toLocalDate(), f.motif(), offre.rendezVousPendant(f));
    }
}
