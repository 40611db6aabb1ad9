package fr.portailcep.rendezvous.ui;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fr.portailcep.echeance.Territoire;
import fr.portailcep.operateur.OperateurService;
import fr.portailcep.operateur.Site;

/** The sites of the operator for one page, and the time zone in which each shows its hours. */
final class Lieux {

    static final ZoneId PAR_DEFAUT = Territoire.METROPOLE.fuseauHoraire();

    private final Map<UUID, Site> sites = new LinkedHashMap<>();

    Lieux(OperateurService operateurs) {
        operateurs.sites().forEach(s -> sites.put(s.id(), s));
    }

    List<Site> tous() {
        return List.copyOf(sites.values());
    }

    Optional<Site> site(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(sites.get(id));
    }

    ZoneId zone(UUID siteId) {
        return site(siteId).map(Lieux::zone).orElse(PAR_DEFAUT);
    }

    static ZoneId zone(Site site) {
        try {
            return Territoire.duDepartement(site.departement()).fuseauHoraire();
        } catch (IllegalArgumentException e) {
            return PAR_DEFAUT;
        }
    }
}
