package fr.portailcep.reclamation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.portailcep.reclamation.CalculIndicateurs.Ligne;
import fr.portailcep.reclamation.CalculIndicateurs.MotifAvecEtat;
import fr.portailcep.reclamation.IndicateursReclamations.Mois;
import fr.portailcep.reclamation.IndicateursReclamations.ParMotif;

/** The réclamation figures (indicator 8.7, motives, answered within 45 days) for a table of cases. */
class CalculIndicateursTest {

    private static final MotifReclamation ACCUEIL = new MotifReclamation("ACCUEIL", "Accueil");
    private static final MotifReclamation DELAI = new MotifReclamation("DELAI", "Délai");
    private static final MotifReclamation ANCIEN = new MotifReclamation("ANCIEN", "Ancien motif");
    private static final MotifReclamation RETIRE = new MotifReclamation("RETIRE", "Retiré, jamais employé");
    private static final List<MotifAvecEtat> MOTIFS = List.of(new MotifAvecEtat(ACCUEIL, true),
            new MotifAvecEtat(DELAI, true), new MotifAvecEtat(ANCIEN, false), new MotifAvecEtat(RETIRE, false));

    private static Ligne ligne(String recue, String motif, String repondue, boolean mediateur) {
        return new Ligne(LocalDate.parse(recue), motif, repondue == null ? null : LocalDate.parse(repondue), mediateur);
    }

    @Test
    void par_mois_de_reception_recues_portees_au_mediateur_repondues_et_dans_les_45_jours() {
        var lignes = List.of(
                // January: answered on day 45 (in time), on day 46 (late), not answered and referred.
                ligne("2026-01-05", "ACCUEIL", "2026-02-19", false),
                ligne("2026-01-05", "ACCUEIL", "2026-02-20", true),
                ligne("2026-01-31", "DELAI", null, true),
                // February: none. March: one, answered the same day, on a motive no longer offered.
                ligne("2026-03-31", "ANCIEN", "2026-03-31", false),
                // Outside the period: left out.
                ligne("2025-12-31", "ACCUEIL", null, true),
                ligne("2026-04-01", "ACCUEIL", null, false));

        var resultat = CalculIndicateurs.calculer(lignes, YearMonth.of(2026, 1), YearMonth.of(2026, 3), MOTIFS);

        assertThat(resultat.mois()).containsExactly(
                new Mois(YearMonth.of(2026, 1), 3, 2, 2, 1),
                new Mois(YearMonth.of(2026, 2), 0, 0, 0, 0),
                new Mois(YearMonth.of(2026, 3), 1, 0, 1, 1));
        assertThat(resultat.parMotif()).as("les motifs actifs, et un motif retiré seulement s’il a servi")
                .containsExactly(new ParMotif(ACCUEIL, 2), new ParMotif(DELAI, 1), new ParMotif(ANCIEN, 1));
    }

    @Test
    void une_periode_sans_reclamation_donne_des_zeros() {
        var resultat = CalculIndicateurs.calculer(List.of(), YearMonth.of(2026, 11), YearMonth.of(2027, 1), MOTIFS);
        assertThat(resultat.mois()).extracting(Mois::mois)
                .containsExactly(YearMonth.of(2026, 11), YearMonth.of(2026, 12), YearMonth.of(2027, 1));
        assertThat(resultat.mois()).allSatisfy(m -> assertThat(m.recues()).isZero());
        assertThat(resultat.parMotif()).containsExactly(new ParMotif(ACCUEIL, 0), new ParMotif(DELAI, 0));
    }
}
