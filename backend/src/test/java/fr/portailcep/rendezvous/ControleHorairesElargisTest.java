package fr.portailcep.rendezvous;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.portailcep.echeance.CalendrierJoursOuvres;
import fr.portailcep.echeance.Territoire;
import fr.portailcep.rendezvous.ControleHorairesElargis.Fenetre;
import fr.portailcep.rendezvous.ControleHorairesElargis.Ouverture;

class ControleHorairesElargisTest {

    private static final CalendrierJoursOuvres METROPOLE = CalendrierJoursOuvres.pour(Territoire.METROPOLE);

    /** "08:00-12:00 13:00-14:00" */
    private static List<Ouverture> ouvertures(String texte) {
        if (texte == null || texte.isBlank()) {
            return List.of();
        }
        return Arrays.stream(texte.split(" ")).map(o -> o.split("-"))
                .map(o -> new Ouverture(LocalTime.parse(o[0]), LocalTime.parse(o[1]))).toList();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            08:00-12:00                   | MATIN
            08:15-12:00                   | -
            07:30-09:30                   | MATIN
            12:00-13:00 13:00-14:00       | MIDI
            12:00-13:30                   | -
            12:00-13:00 13:15-14:00       | -
            11:00-13:00 12:30-14:30       | MIDI
            17:00-19:00                   | -
            16:00-19:30                   | SOIR
            08:00-19:30                   | MATIN MIDI SOIR
            09:00-12:00 14:00-17:00       | -
            -                             | -
            """)
    void fenetres_couvertes(String texte, String attendues) {
        var lundi = LocalDate.of(2026, 3, 9);
        var jours = new HashMap<LocalDate, List<Ouverture>>();
        jours.put(lundi, ouvertures(texte));
        var bilan = ControleHorairesElargis.controler(lundi, jours, METROPOLE);
        var fenetres = bilan.jours().getFirst().fenetres();
        assertThat(fenetres).containsExactlyInAnyOrderElementsOf(attendues == null ? List.of()
                : Arrays.stream(attendues.split(" ")).map(Fenetre::valueOf).toList());
    }

    @Test
    void deux_jours_elargis_font_une_semaine_conforme() {
        var lundi = LocalDate.of(2026, 3, 9);
        var jours = new HashMap<LocalDate, List<Ouverture>>();
        jours.put(lundi, ouvertures("09:00-12:00 14:00-17:00"));
        jours.put(lundi.plusDays(1), ouvertures("09:00-12:00 14:00-19:30"));
        assertThat(ControleHorairesElargis.controler(lundi, jours, METROPOLE).conforme()).isFalse();
        jours.put(lundi.plusDays(3), ouvertures("08:00-12:00"));
        var bilan = ControleHorairesElargis.controler(lundi, jours, METROPOLE);
        assertThat(bilan.joursElargis()).isEqualTo(2);
        assertThat(bilan.conforme()).isTrue();
    }

    @Test
    void un_jour_ferie_n_offre_rien() {
        // semaine du lundi de Pâques 2026 : le lundi élargi ne compte pas
        var lundi = LocalDate.of(2026, 4, 6);
        var jours = new HashMap<LocalDate, List<Ouverture>>();
        jours.put(lundi, ouvertures("08:00-19:30"));
        jours.put(lundi.plusDays(2), ouvertures("08:00-12:00"));
        var bilan = ControleHorairesElargis.controler(lundi, jours, METROPOLE);
        assertThat(bilan.jours().getFirst().ferie()).contains("Lundi de Pâques");
        assertThat(bilan.joursElargis()).isEqualTo(1);
        assertThat(bilan.conforme()).isFalse();
    }

    @Test
    void une_absence_coupe_l_ouverture() {
        var zone = ZoneId.of("Europe/Paris");
        var date = LocalDate.of(2026, 3, 10);
        var absence = java.util.List.of(fermeture(LocalDateTime.of(date, LocalTime.of(18, 0)).atZone(zone).toInstant(),
                LocalDateTime.of(date, LocalTime.of(18, 30)).atZone(zone).toInstant()));
        var restes = OffreService.moins(date, LocalTime.of(14, 0), LocalTime.of(19, 30), zone, absence);
        assertThat(restes).containsExactly(new Ouverture(LocalTime.of(14, 0), LocalTime.of(18, 0)),
                new Ouverture(LocalTime.of(18, 30), LocalTime.of(19, 30)));
        var toute = List.of(fermeture(date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant()));
        assertThat(OffreService.moins(date, LocalTime.of(14, 0), LocalTime.of(19, 30), zone, toute)).isEmpty();
    }

    private static Fermeture fermeture(Instant debut, Instant fin) {
        return Fermeture.absence(UUID.randomUUID(), debut, fin, null, Instant.EPOCH);
    }
}
