package fr.portailcep.parcours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The dossier answers what may be engaged now (the units, what each asks for, the next one, the dates), when a unit
 * may be closed and with which motive, when the dossier may be closed and when a référent may be named.
 */
class DossierTest {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 11, 23);
    private static final Instant MAINTENANT = Instant.parse("2026-11-23T09:00:00Z");
    private static final UUID CONSEILLER = UUID.randomUUID();
    private static int compteur;

    // ------------------------------------------------------------------ what may be engaged

    @ParameterizedTest(name = "après « {0} » : {1}, suggérée {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                           | UO0 UO1 UO2_1       | UO1
            UO0                          | UO0 UO1 UO2_1       | UO1
            UO1                          | ''                  | ''
            UO1:LIVRABLE_SIGNE_PAPIER    | UO0 UO1 UO2_1       | UO2_1
            UO2_1                        | ''                  | ''
            UO2_1:LIVRABLE_SIGNE_PAPIER  | UO0 UO1 UO2_1 UO2_2 | UO2_2
            """)
    void le_dossier_dit_quelles_unites_peuvent_etre_engagees_et_laquelle_vient_ensuite(String parcours,
            String possibles, String suggeree) {
        var dossier = dossierAvec(parcours);
        var reponse = dossier.engagementsPossibles(AUJOURDHUI);
        assertThat(reponse.unites()).extracting(EngagementsPossibles.UnitePossible::uo)
                .containsExactlyElementsOf(unites(possibles));
        assertThat(reponse.suggeree().map(Enum::name).orElse("")).isEqualTo(suggeree);
        if (possibles.isBlank()) {
            assertThat(reponse.aucune()).contains(RefusEngagement.UNITE_EN_COURS);
        } else {
            assertThat(reponse.aucune()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0} demande {1}")
    @CsvSource(delimiter = '|', textBlock = """
            UO0   | ''
            UO1   | ACCORD ELIGIBILITE
            UO2_1 | ACCORD ELIGIBILITE REFERENT
            UO2_2 | ACCORD
            """)
    void chaque_unite_dit_ce_que_son_engagement_demande(UniteOeuvre uo, String champs) {
        var attendus = champs.isBlank() ? EnumSet.noneOf(ChampEngagement.class)
                : Arrays.stream(champs.split(" ")).map(ChampEngagement::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ChampEngagement.class)));
        assertThat(ReglesEngagement.champs(uo)).isEqualTo(attendus);
        var dossier = dossierAvec(uo == UniteOeuvre.UO2_2 ? "UO2_1:LIVRABLE_SIGNE_PAPIER" : "");
        dossier.engagementsPossibles(AUJOURDHUI).de(uo).ifPresent(u -> assertThat(u.champs()).isEqualTo(attendus));
    }

    @Test
    void une_personne_sans_dossier_peut_commencer_par_l_uo0_l_uo1_ou_l_uo2_1() {
        var reponse = Dossier.premiersEngagementsPossibles(AUJOURDHUI);
        assertThat(reponse.unites()).extracting(EngagementsPossibles.UnitePossible::uo)
                .containsExactly(UniteOeuvre.UO0, UniteOeuvre.UO1, UniteOeuvre.UO2_1);
        assertThat(reponse.dates()).isEqualTo(new Bornes(null, AUJOURDHUI));
    }

    @ParameterizedTest(name = "date d’engagement J{0} après une unité engagée à J-40 : {1}")
    @CsvSource(delimiter = '|', textBlock = """
            -41 | DATE_ANTERIEURE
            -40 | ''
            0   | ''
            1   | DATE_FUTURE
            """)
    void les_dates_offertes_sont_celles_que_la_regle_accepte(int jours, String refus) {
        var dossier = dossierAvec("UO1@-40:LIVRABLE_SIGNE_PAPIER@-1");
        var bornes = dossier.engagementsPossibles(AUJOURDHUI).dates();
        var date = AUJOURDHUI.plusDays(jours);
        assertThat(bornes.contient(date)).isEqualTo(refus.isBlank());
        var engagement = new Engagement(UniteOeuvre.UO2_1, date, true, Eligibilite.CONFIRMEE, null, null, null, null);
        assertThat(dossier.verifier(engagement, AUJOURDHUI).map(Enum::name).orElse("")).isEqualTo(refus);
    }

    @Test
    void un_engagement_refuse_par_sa_date_le_dit_a_cote_de_la_date() {
        var dossier = dossierAvec("");
        var engagement = new Engagement(UniteOeuvre.UO1, AUJOURDHUI.plusDays(1), true, Eligibilite.CONFIRMEE, null,
                null, null, null);
        assertThatThrownBy(() -> dossier.engager(engagement, numero(UniteOeuvre.UO1), CONSEILLER, AUJOURDHUI,
                MAINTENANT)).isInstanceOfSatisfying(EngagementRefuse.class, e -> {
                    assertThat(e.raison()).isEqualTo(RefusEngagement.DATE_FUTURE);
                    assertThat(e.champ()).contains("date");
                    assertThat(e.cle()).isEqualTo("parcours.refus.DATE_FUTURE");
                });
        assertThat(dossier.unites()).isEmpty();
    }

    // ------------------------------------------------------------------ closing a unit

    @ParameterizedTest(name = "{0} ne se clôt plus à la main : aucun motif saisissable")
    @CsvSource({"UO1", "UO2_1", "UO2_2"})
    void aucune_unite_ne_propose_de_motif_a_saisir_les_signatures_la_closent(UniteOeuvre uo) {
        var dossier = dossierAvec(uo == UniteOeuvre.UO2_2 ? "UO2_1:LIVRABLE_SIGNE_PAPIER UO2_2" : uo.name());
        assertThat(dossier.uniteEnCours().orElseThrow().motifsSaisissables()).isEmpty();
    }

    @ParameterizedTest(name = "UO1 engagée à J-30, close à J{0} par {1} : {2}")
    @CsvSource(delimiter = '|', textBlock = """
            -31 | LIVRABLE_SIGNE_PAPIER  | le
            -30 | LIVRABLE_SIGNE_PAPIER  | ok
            0   | LIVRABLE_SIGNE_PAPIER  | ok
            1   | LIVRABLE_SIGNE_PAPIER  | le
            0   | ABANDON                | motif
            0   | SOUHAIT_ECRIT_DE_CLORE | motif
            0   | REALISEE               | motif
            0   | LIVRABLE_SIGNE         | ok
            """)
    void une_unite_se_clot_entre_son_engagement_et_aujourd_hui_avec_un_motif_permis(int jours, MotifCloture motif,
            String attendu) {
        var dossier = dossierAvec("UO1@-30");
        var le = AUJOURDHUI.plusDays(jours);
        assertThat(dossier.uniteEnCours().orElseThrow().datesDeCloture(AUJOURDHUI).contient(le))
                .isEqualTo(jours >= -30 && jours <= 0);
        if (attendu.equals("ok")) {
            dossier.clore(UniteOeuvre.UO1, motif, le, CONSEILLER, AUJOURDHUI, MAINTENANT);
            assertThat(dossier.uniteEnCours()).isEmpty();
            assertThat(dossier.ouvert()).isTrue();
        } else {
            assertThatThrownBy(() -> dossier.clore(UniteOeuvre.UO1, motif, le, CONSEILLER, AUJOURDHUI, MAINTENANT))
                    .isInstanceOfSatisfying(OperationRefusee.class, e -> assertThat(e.champ()).contains(attendu));
            assertThat(dossier.uniteEnCours()).isPresent();
        }
    }

    @Test
    void clore_l_uo2_2_clot_le_dossier() {
        var dossier = dossierAvec("UO2_1@-300:LIVRABLE_SIGNE_PAPIER@-200 UO2_2@-200");
        dossier.clore(UniteOeuvre.UO2_2, MotifCloture.SOUHAIT_ECRIT_DE_CLORE, AUJOURDHUI, CONSEILLER, AUJOURDHUI,
                MAINTENANT);
        assertThat(dossier.statut()).isEqualTo(StatutDossier.CLOS);
        assertThat(dossier.referentId()).isEmpty();
    }

    @ParameterizedTest(name = "UO1 engagée à J{0} : abandonnée le {1}")
    @CsvSource(delimiter = '|', textBlock = """
            -62 | true
            -61 | false
            -10 | false
            """)
    void une_unite_echue_est_close_pour_abandon_et_le_dossier_avec(int jours, boolean abandonnee) {
        var dossier = dossierAvec("UO1@" + jours);
        var closes = dossier.cloreUnitesEchues(AUJOURDHUI, MAINTENANT);
        assertThat(closes).hasSize(abandonnee ? 1 : 0);
        assertThat(dossier.ouvert()).isEqualTo(!abandonnee);
        assertThat(dossier.cloreUnitesEchues(AUJOURDHUI, MAINTENANT)).isEmpty();
    }

    // ------------------------------------------------------------------ the dossier and the référent

    @ParameterizedTest(name = "« {0} » : clôturable = {1}, référent possible = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                          | true  | false
            UO1                         | false | false
            UO1:LIVRABLE_SIGNE_PAPIER   | true  | false
            UO2_1                       | false | true
            UO2_1:LIVRABLE_SIGNE_PAPIER | true  | false
            UO2_1:LIVRABLE_SIGNE_PAPIER UO2_2 | false | true
            """)
    void le_dossier_dit_s_il_peut_etre_clos_et_si_un_referent_peut_etre_nomme(String parcours, boolean clos,
            boolean referent) {
        var dossier = dossierAvec(parcours);
        assertThat(dossier.peutEtreClos()).isEqualTo(clos);
        assertThat(dossier.peutNommerReferent()).isEqualTo(referent);
        if (clos) {
            dossier.clore("La personne ne souhaite pas continuer", CONSEILLER, MAINTENANT);
            assertThat(dossier.statut()).isEqualTo(StatutDossier.CLOS);
        } else {
            assertThatThrownBy(() -> dossier.clore("Motif", CONSEILLER, MAINTENANT))
                    .isInstanceOf(OperationRefusee.class);
        }
        var autre = UUID.randomUUID();
        if (referent) {
            dossier.changerReferent(autre, "Elle a déménagé", CONSEILLER, MAINTENANT);
            assertThat(dossier.referentId()).contains(autre);
        } else if (dossier.ouvert()) {
            assertThatThrownBy(() -> dossier.changerReferent(autre, "Motif", CONSEILLER, MAINTENANT))
                    .isInstanceOfSatisfying(OperationRefusee.class,
                            e -> assertThat(e.cle()).isEqualTo("parcours.refus.referent.avantuo21"));
        }
    }

    @ParameterizedTest(name = "motif « {0} »")
    @CsvSource({"''", "'   '"})
    void changer_de_referent_ou_clore_le_dossier_demande_un_motif(String motif) {
        var dossier = dossierAvec("UO2_1");
        assertThatThrownBy(() -> dossier.changerReferent(UUID.randomUUID(), motif, CONSEILLER, MAINTENANT))
                .isInstanceOfSatisfying(OperationRefusee.class, e -> {
                    assertThat(e.cle()).isEqualTo("parcours.refus.motif.vide");
                    assertThat(e.champ()).contains("motif");
                });
        var vide = dossierAvec("");
        assertThatThrownBy(() -> vide.clore(motif, CONSEILLER, MAINTENANT))
                .isInstanceOfSatisfying(OperationRefusee.class, e -> assertThat(e.champ()).contains("motif"));
    }

    @Test
    void l_unite_courante_est_celle_en_cours_sinon_la_derniere() {
        assertThat(dossierAvec("").uniteCourante()).isEmpty();
        assertThat(dossierAvec("UO1@-100:LIVRABLE_SIGNE_PAPIER@-50 UO2_1@-20").uniteCourante().orElseThrow().uo())
                .isEqualTo(UniteOeuvre.UO2_1);
        assertThat(dossierAvec("UO1@-100:LIVRABLE_SIGNE_PAPIER@-50").uniteCourante().orElseThrow().uo())
                .isEqualTo(UniteOeuvre.UO1);
    }

    // ------------------------------------------------------------------ helpers

    /**
     * A dossier whose parcours is written "UO1@-30:LIVRABLE_SIGNE_PAPIER@-5 UO2_1": each unit engaged so many days
     * ago (default: a year ago for a closed one, today for the last one), closed with that motive so many days ago.
     */
    static Dossier dossierAvec(String parcours) {
        var dossier = Dossier.ouvrir(UUID.randomUUID(), null, Dossier.ORIGINE_CONSEILLER, CONSEILLER, MAINTENANT);
        var etapes = parcours.isBlank() ? List.<String>of() : List.of(parcours.trim().split("\\s+"));
        var debut = 360;
        for (var etape : etapes) {
            var parties = etape.split(":");
            var unite = parties[0].split("@");
            var uo = UniteOeuvre.valueOf(unite[0]);
            var engagee = unite.length > 1 ? AUJOURDHUI.plusDays(Integer.parseInt(unite[1]))
                    : parties.length > 1 ? AUJOURDHUI.minusDays(debut) : AUJOURDHUI;
            debut -= 30;
            dossier.engager(new Engagement(uo, engagee, true, Eligibilite.CONFIRMEE, null, null, null, null),
                    numero(uo), CONSEILLER, AUJOURDHUI, MAINTENANT);
            if (parties.length > 1) {
                var cloture = parties[1].split("@");
                var le = cloture.length > 1 ? AUJOURDHUI.plusDays(Integer.parseInt(cloture[1])) : engagee.plusDays(10);
                dossier.clore(uo, MotifCloture.valueOf(cloture[0]), le, CONSEILLER, AUJOURDHUI, MAINTENANT);
            }
        }
        return dossier;
    }

    private static NumeroDossier numero(UniteOeuvre uo) {
        return NumeroDossier.de("GE", YearMonth.from(AUJOURDHUI), uo, ++compteur);
    }

    private static List<UniteOeuvre> unites(String noms) {
        return noms.isBlank() ? List.of() : Arrays.stream(noms.trim().split("\\s+")).map(UniteOeuvre::valueOf).toList();
    }
}
