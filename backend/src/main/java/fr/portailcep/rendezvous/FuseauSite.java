package fr.portailcep.rendezvous;

import java.time.ZoneId;
import java.util.Optional;

import fr.portailcep.echeance.Territoire;
import fr.portailcep.operateur.Site;

/** The time zone of a site, from its département's territory; metropolitan France when unknown. */
final class FuseauSite {

    private FuseauSite() {
    }

    static ZoneId de(Optional<Site> site) {
        return site.map(FuseauSite::de).orElse(Territoire.METROPOLE.fuseauHoraire());
    }

    static ZoneId de(Site site) {
        try {
            return Territoire.duDepartement(site.departement()).fuseauHoraire();
        } catch (IllegalArgumentException e) {
            return Territoire.METROPOLE.fuseauHoraire();
        }
    }
}
