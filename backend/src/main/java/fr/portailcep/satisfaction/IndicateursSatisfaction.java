package fr.portailcep.satisfaction;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import fr.portailcep.parcours.UniteOeuvre;

/**
 * Indicator 8.1 over the manager's sites for a period (by month of closing), by month, by unit of work and by site,
 * with the comments left (named by neither person nor conseiller).
 */
public record IndicateursSatisfaction(Map<YearMonth, Indicateur81.Part> parMois, Map<UniteOeuvre, Indicateur81.Part> parUo,
        Map<String, Indicateur81.Part> parSite, Indicateur81.Part ensemble, int enquetes,
        java.util.List<Commentaire> commentaires) {

    public record Commentaire(LocalDate closeLe, UniteOeuvre uo, String site, Indicateur81.Reponse reponse,
            String texte) {
    }
}
