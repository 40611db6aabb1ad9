package fr.portailcep.rendezvous;

import java.util.List;

import fr.portailcep.operateur.Site;

/** The §3.3 check of one site, week after week. */
public record BilanSite(Site site, List<ControleHorairesElargis.Bilan> semaines) {

    public boolean toujoursConforme() {
        return semaines.stream().allMatch(ControleHorairesElargis.Bilan::conforme);
    }
}
