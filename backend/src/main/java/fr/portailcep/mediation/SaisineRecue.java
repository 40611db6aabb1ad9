package fr.portailcep.mediation;

import java.time.LocalDate;

/**
 * A referral the médiateur received by post or through France compétences' form, recorded by hand.
 *
 * @param personne the person's dossier number or email address
 * @param recueLe the day it was received (not in the future)
 * @param demande what the person asks
 */
public record SaisineRecue(String personne, OrigineSaisine origine, LocalDate recueLe, String demande) {

    public static final int LONGUEUR_PERSONNE = 254;
}
