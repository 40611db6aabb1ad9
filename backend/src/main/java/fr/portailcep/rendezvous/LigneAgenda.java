package fr.portailcep.rendezvous;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * A rendez-vous in a conseiller's agenda: the person, how to reach them, where, and whether it is their first
 * exchange (with the date by which it is due), and what the conseiller may do to it now
 * ({@link RendezVous#actesPossibles}).
 */
public record LigneAgenda(RendezVous rendezVous, String personne, String email, Optional<String> telephone,
        String site, boolean premierEchange, Optional<LocalDate> dateLimite, Set<RendezVous.Acte> actes) {
}
