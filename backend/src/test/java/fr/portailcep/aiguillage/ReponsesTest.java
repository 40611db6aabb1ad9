package fr.portailcep.aiguillage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import fr.portailcep.echeance.Territoire;

class ReponsesTest {

    @Test
    void rien_de_repondu_chaque_question_dit_ce_qui_manque() {
        var r = new Reponses(null, null, null, null, null, null, " ", null, null, null);
        assertThat(r.erreurs()).containsOnlyKeys("situation", "age", "handicap", "dejaSuivi", "motif",
                "codePostalDomicile");
        assertThat(r.erreurs().get("codePostalDomicile")).isEqualTo("aiguillage.erreur.codepostal.vide");
        assertThat(r.origine()).isEqualTo(OrigineDemarche.INDIVIDUELLE);
    }

    @Test
    void un_salarie_dit_son_employeur_puis_s_il_est_cadre() {
        var sansEmployeur = new Reponses(Situation.SALARIE, null, null, DejaSuivi.NON, false, TrancheAge.DE_26_A_49,
                "67000", null, Motif.FAIRE_LE_POINT, null);
        assertThat(sansEmployeur.erreurs()).containsOnlyKeys("employeur");
        var prive = new Reponses(Situation.SALARIE, Employeur.PRIVE, null, DejaSuivi.NON, false,
                TrancheAge.DE_26_A_49, "67000", null, Motif.FAIRE_LE_POINT, null);
        assertThat(prive.erreurs()).containsOnlyKeys("cadre");
        // ce qui ne concerne pas la situation est oublié
        var independant = new Reponses(Situation.INDEPENDANT, Employeur.PUBLIC, true, DejaSuivi.NON, false,
                TrancheAge.DE_26_A_49, "67 000", null, Motif.FAIRE_LE_POINT, null);
        assertThat(independant.erreurs()).isEmpty();
        assertThat(independant.employeur()).isNull();
        assertThat(independant.cadre()).isNull();
        assertThat(independant.codePostalDomicile()).isEqualTo("67000");
        assertThat(independant.territoire()).isEqualTo(Territoire.ALSACE_MOSELLE);
    }

    @Test
    void codes_postaux_refuses() {
        var r = new Reponses(Situation.INDEPENDANT, null, null, DejaSuivi.NON, false, TrancheAge.DE_26_A_49, "6700",
                "98000", Motif.FAIRE_LE_POINT, null);
        assertThat(r.erreurs()).containsEntry("codePostalDomicile", "aiguillage.erreur.codepostal")
                .containsEntry("codePostalTravail", "aiguillage.erreur.codepostal");
    }
}
