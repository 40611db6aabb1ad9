package fr.portailcep.parcours;

import static fr.portailcep.parcours.VuesDeTest.AMINA;
import static fr.portailcep.parcours.VuesDeTest.AUJOURDHUI;
import static fr.portailcep.parcours.VuesDeTest.JULIEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The history of a dossier for the team: newest first, names resolved, the system when nobody acted. */
class HistoriqueDossierTest {

    @Test
    void l_historique_va_du_plus_recent_au_plus_ancien_avec_les_noms() {
        var ouvert = VuesDeTest.midi(AUJOURDHUI.minusDays(10));
        var nomme = VuesDeTest.midi(AUJOURDHUI.minusDays(3));
        var clos = VuesDeTest.midi(AUJOURDHUI);
        var dossier = VuesDeTest.dossier(List.of(), List.of(
                VuesDeTest.evenement(ouvert, TypeEvenement.DOSSIER_OUVERT, null, null, null),
                VuesDeTest.evenement(nomme, TypeEvenement.REFERENT_NOMME, AMINA, JULIEN, null),
                VuesDeTest.evenement(clos, TypeEvenement.DOSSIER_CLOS, null, AMINA, null)));

        var lignes = HistoriqueDossier.lignes(dossier, id -> id.equals(AMINA) ? "Amina Keita" : "Julien Weber");

        assertThat(lignes).extracting(LigneHistorique::type).containsExactly(TypeEvenement.DOSSIER_CLOS,
                TypeEvenement.REFERENT_NOMME, TypeEvenement.DOSSIER_OUVERT);
        assertThat(lignes).extracting(LigneHistorique::cible).containsExactly("", "Amina Keita", "");
        assertThat(lignes).extracting(LigneHistorique::auteur).containsExactly(Optional.of("Amina Keita"),
                Optional.of("Julien Weber"), Optional.empty());
    }
}
