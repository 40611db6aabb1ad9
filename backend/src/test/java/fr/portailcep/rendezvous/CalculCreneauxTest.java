package fr.portailcep.rendezvous;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.portailcep.echeance.Territoire;

class CalculCreneauxTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final UUID STRASBOURG = UUID.fromString("00000000-0000-0000-0000-000000000067");
    private static final UUID REIMS = UUID.fromString("00000000-0000-0000-0000-000000000051");
    private static final UUID JULIEN = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID SOPHIE = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID AMINA = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final Map<UUID, Territoire> SITES = Map.of(STRASBOURG, Territoire.ALSACE_MOSELLE, REIMS,
            Territoire.METROPOLE);

    private static CalculCreneaux.Plage plage(UUID conseiller, UUID site, DayOfWeek jour, String debut, String fin,
            int minutes, Set<Modalite> modalites, String valideAu) {
        return new CalculCreneaux.Plage(UUID.randomUUID(), conseiller, site, jour, LocalTime.parse(debut),
                LocalTime.parse(fin), modalites, Duration.ofMinutes(minutes), LocalDate.of(2026, 1, 1),
                valideAu == null ? null : LocalDate.parse(valideAu));
    }

    private static final List<CalculCreneaux.Plage> PLAGES = List.of(
            // Julien, Strasbourg, le lundi matin ; s'arrête fin juin
            plage(JULIEN, STRASBOURG, DayOfWeek.MONDAY, "09:00", "12:00", 60, Set.of(Modalite.SUR_SITE, Modalite.TELEPHONE), "2026-06-30"),
            // Amina, Strasbourg, le vendredi ; une plage qui ne tombe pas juste (9h-11h30 par heure)
            plage(AMINA, STRASBOURG, DayOfWeek.FRIDAY, "09:00", "11:30", 60, Set.of(Modalite.SUR_SITE), null),
            // Sophie, Reims, le vendredi en vidéo, par 45 minutes ; et le samedi matin
            plage(SOPHIE, REIMS, DayOfWeek.FRIDAY, "09:00", "10:30", 45, Set.of(Modalite.VISIO), null),
            plage(SOPHIE, REIMS, DayOfWeek.SATURDAY, "09:00", "10:00", 60, Set.of(Modalite.SUR_SITE), null));

    private static Instant local(String dateHeure) {
        return LocalDateTime.parse(dateHeure).atZone(PARIS).toInstant();
    }

    private static List<String> heures(List<CalculCreneaux.Creneau> creneaux, UUID conseiller) {
        return creneaux.stream().filter(c -> c.conseillerId().equals(conseiller))
                .map(c -> c.debut().atZone(PARIS).toLocalDateTime().toString()).toList();
    }

    private static List<CalculCreneaux.Creneau> libres(String jour, List<CalculCreneaux.Indisponibilite> indispos) {
        var date = LocalDate.parse(jour);
        return new CalculCreneaux(PLAGES, SITES, indispos).libres(date, date, Instant.EPOCH);
    }

    @ParameterizedTest(name = "{0} : {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # un lundi ordinaire : trois créneaux d'une heure
            2026-03-09 | JULIEN | 2026-03-09T09:00 2026-03-09T10:00 2026-03-09T11:00
            # après le passage à l'heure d'été (29/03) : toujours 9h, 10h, 11h à Strasbourg
            2026-03-30 | JULIEN | 2026-03-30T09:00 2026-03-30T10:00 2026-03-30T11:00
            # lundi de Pâques et lundi de Pentecôte : fériés partout
            2026-04-06 | JULIEN | -
            2026-05-25 | JULIEN | -
            # après la fin de validité de la plage
            2026-07-06 | JULIEN | -
            # une plage de 9h à 11h30 par heure : 9h et 10h (10h-11h), pas 11h
            2026-03-13 | AMINA  | 2026-03-13T09:00 2026-03-13T10:00
            # Vendredi saint : férié en Alsace-Moselle (Strasbourg), pas à Reims
            2026-04-03 | AMINA  | -
            2026-04-03 | SOPHIE | 2026-04-03T09:00 2026-04-03T09:45
            # 14 juillet 2028, un vendredi : fermé partout
            2028-07-14 | SOPHIE | -
            # le samedi n'est pas un jour férié : une plage du samedi donne des créneaux
            2026-03-14 | SOPHIE | 2026-03-14T09:00
            # 26 décembre, un samedi en 2026 : férié en Alsace-Moselle seulement ; Reims ouvre
            2026-12-26 | SOPHIE | 2026-12-26T09:00
            """)
    void creneaux_d_un_jour(String jour, String conseiller, String attendus) {
        var id = switch (conseiller) {
            case "JULIEN" -> JULIEN;
            case "AMINA" -> AMINA;
            default -> SOPHIE;
        };
        assertThat(heures(libres(jour, List.of()), id))
                .containsExactlyElementsOf(attendus == null ? List.of() : List.of(attendus.split(" ")));
    }

    @Test
    void une_absence_retire_les_creneaux_qu_elle_touche() {
        var absence = CalculCreneaux.Indisponibilite.duConseiller(JULIEN, local("2026-03-16T10:15"),
                local("2026-03-16T10:45"));
        assertThat(heures(libres("2026-03-16", List.of(absence)), JULIEN))
                .containsExactly("2026-03-16T09:00", "2026-03-16T11:00");
    }

    @Test
    void un_rendez_vous_a_cheval_prend_deux_creneaux_et_ne_touche_pas_les_autres_conseillers() {
        var pris = CalculCreneaux.Indisponibilite.duConseiller(JULIEN, local("2026-03-23T09:30"),
                local("2026-03-23T10:30"));
        var libres = libres("2026-03-23", List.of(pris));
        assertThat(heures(libres, JULIEN)).containsExactly("2026-03-23T11:00");
    }

    @Test
    void un_creneau_qui_finit_quand_un_autre_commence_reste_libre() {
        var pris = CalculCreneaux.Indisponibilite.duConseiller(JULIEN, local("2026-03-23T10:00"),
                local("2026-03-23T11:00"));
        assertThat(heures(libres("2026-03-23", List.of(pris)), JULIEN))
                .containsExactly("2026-03-23T09:00", "2026-03-23T11:00");
    }

    @Test
    void la_fermeture_d_un_site_ferme_tous_ses_conseillers_mais_pas_l_autre_site() {
        var fermeture = CalculCreneaux.Indisponibilite.duSite(STRASBOURG, local("2026-03-13T00:00"),
                local("2026-03-14T00:00"));
        var libres = libres("2026-03-13", List.of(fermeture));
        assertThat(heures(libres, AMINA)).isEmpty();
        assertThat(heures(libres, SOPHIE)).hasSize(2);
    }

    @Test
    void rien_avant_le_delai_de_prevenance() {
        var date = LocalDate.of(2026, 3, 9);
        var libres = new CalculCreneaux(PLAGES, SITES, List.of()).libres(date, date, local("2026-03-09T09:30"));
        assertThat(heures(libres, JULIEN)).containsExactly("2026-03-09T10:00", "2026-03-09T11:00");
    }

    @Test
    void creneaux_tries_par_heure_sur_une_periode_et_modalites_de_la_plage() {
        var libres = new CalculCreneaux(PLAGES, SITES, List.of())
                .libres(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 15), Instant.EPOCH);
        assertThat(libres).extracting(CalculCreneaux.Creneau::debut).isSorted();
        // lundi 3 + vendredi 2 (Amina) + 2 (Sophie) + samedi 1 (Sophie)
        assertThat(libres).hasSize(8);
        assertThat(libres.getFirst().modalites()).containsExactlyInAnyOrder(Modalite.SUR_SITE, Modalite.TELEPHONE);
        assertThat(libres.getFirst().fin()).isEqualTo(local("2026-03-09T10:00"));
    }

    @Test
    void beaucoup_d_occupations_qui_se_chevauchent_sont_fusionnees() {
        var indispos = new ArrayList<CalculCreneaux.Indisponibilite>();
        // des absences qui se chevauchent de 9h à 10h15, dans le désordre
        indispos.add(CalculCreneaux.Indisponibilite.duConseiller(JULIEN, local("2026-03-09T09:40"), local("2026-03-09T10:15")));
        indispos.add(CalculCreneaux.Indisponibilite.duConseiller(JULIEN, local("2026-03-09T09:00"), local("2026-03-09T09:20")));
        indispos.add(CalculCreneaux.Indisponibilite.duConseiller(JULIEN, local("2026-03-09T09:10"), local("2026-03-09T09:50")));
        assertThat(heures(libres("2026-03-09", indispos), JULIEN)).containsExactly("2026-03-09T11:00");
    }

    @Test
    void un_site_hors_des_territoires_connus_n_offre_rien() {
        var date = LocalDate.of(2026, 3, 9);
        var libres = new CalculCreneaux(PLAGES, Map.of(REIMS, Territoire.METROPOLE), List.of()).libres(date, date,
                Instant.EPOCH);
        assertThat(heures(libres, JULIEN)).isEmpty();
    }
}
