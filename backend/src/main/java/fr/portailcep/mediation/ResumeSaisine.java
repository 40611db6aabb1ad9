package fr.portailcep.mediation;

import java.time.LocalDate;
import java.util.UUID;

/** One line of a list of referrals (the médiateur's, by date of receipt; the correspondant's; the person's). */
public record ResumeSaisine(UUID id, String numero, String personne, OrigineSaisine origine, LocalDate recueLe,
        EtatSaisine etat, boolean accesOuvert) {
}
