package fr.portailcep.rendezvous;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import fr.portailcep.operateur.Site;

/**
 * A rendez-vous as the person sees it: where, with whom, what they may still do and what their page says first
 * (the aggregate's answers, {@link RendezVous#actesPossibles}, {@link RendezVous#avisPourLaPersonne}), and the date
 * by which a first exchange is guaranteed if their request is still open.
 */
public record VueRendezVous(RendezVous rendezVous, Optional<Site> site, String conseiller, ZoneId zone,
        Optional<LocalDate> dateLimite, boolean deplacable, boolean annulable, RendezVous.Avis avis) {
}
