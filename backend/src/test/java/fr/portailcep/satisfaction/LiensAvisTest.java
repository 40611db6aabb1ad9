package fr.portailcep.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.portailcep.parcours.MotifCloture;
import fr.portailcep.parcours.UniteCloturee;
import fr.portailcep.parcours.UniteOeuvre;
import fr.portailcep.shared.ActeRefuse;

/** The one-tap links: signed, refused when changed or expired, one answer per question by link. */
class LiensAvisTest {

    private static final Instant MAINTENANT = Instant.parse("2026-11-24T10:00:00Z");
    private final LiensAvis liens = new LiensAvis("", "qC6yus6dvNRv01MAVaqSsgR16IWMsPchZ5PoIKEffIg=");
    private final UUID enquete = UUID.randomUUID();

    @Test
    void un_lien_signe_dit_son_enquete_sa_question_et_sa_reponse() {
        var jeton = liens.jeton(enquete, Question.UTILITE, Niveau.PLUTOT_NON, MAINTENANT.plus(Duration.ofDays(30)));
        assertThat(liens.lire(jeton, MAINTENANT))
                .isEqualTo(new LiensAvis.Lecture.Valide(enquete, Question.UTILITE, Niveau.PLUTOT_NON));
        assertThat(jeton).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    }

    @Test
    void un_lien_modifie_est_falsifie() {
        var jeton = liens.jeton(enquete, Question.QUALITE, Niveau.PAS_DU_TOUT, MAINTENANT.plus(Duration.ofDays(30)));
        // The answer changed from "Non, pas du tout" to "Oui, tout à fait" in the payload, the signature kept.
        var charge = Base64.getUrlDecoder().decode(jeton.substring(0, jeton.indexOf('.')));
        charge[18] = 4;
        var change = Base64.getUrlEncoder().withoutPadding().encodeToString(charge) + jeton.substring(jeton.indexOf('.'));
        assertThat(liens.lire(change, MAINTENANT)).isInstanceOf(LiensAvis.Lecture.Falsifie.class);
        // A character of the signature changed.
        var fin = jeton.charAt(jeton.length() - 2) == 'A' ? 'B' : 'A';
        var signatureChangee = jeton.substring(0, jeton.length() - 2) + fin + jeton.charAt(jeton.length() - 1);
        assertThat(liens.lire(signatureChangee, MAINTENANT)).isInstanceOf(LiensAvis.Lecture.Falsifie.class);
        for (var n : new String[] {null, "", "abc", "abc.def", "%%%.%%%", jeton + "x", "x".repeat(500)}) {
            assertThat(liens.lire(n, MAINTENANT)).as("« %s »", n).isInstanceOf(LiensAvis.Lecture.Falsifie.class);
        }
    }

    @Test
    void un_lien_signe_avec_une_autre_cle_est_falsifie() {
        var autre = new LiensAvis(new byte[32]);
        var jeton = autre.jeton(enquete, Question.QUALITE, Niveau.TOUT_A_FAIT, MAINTENANT.plus(Duration.ofDays(30)));
        assertThat(liens.lire(jeton, MAINTENANT)).isInstanceOf(LiensAvis.Lecture.Falsifie.class);
    }

    @Test
    void un_lien_expire_est_refuse_a_sa_date() {
        var expire = MAINTENANT.plus(Duration.ofDays(30));
        var jeton = liens.jeton(enquete, Question.QUALITE, Niveau.TOUT_A_FAIT, expire);
        assertThat(liens.lire(jeton, expire.minusSeconds(1))).isInstanceOf(LiensAvis.Lecture.Valide.class);
        assertThat(liens.lire(jeton, expire)).isEqualTo(new LiensAvis.Lecture.Expire(enquete));
    }

    @Test
    void une_question_ne_se_repond_qu_une_fois_par_lien_puis_se_change_dans_le_portail_pendant_7_jours() {
        var e = new EnqueteSatisfaction(new UniteCloturee(UUID.randomUUID(), UUID.randomUUID(), UniteOeuvre.UO1,
                MotifCloture.ABANDON, null, null, LocalDate.of(2026, 11, 24), MAINTENANT));
        e.repondreParLien(Question.QUALITE, Niveau.PLUTOT_OUI, MAINTENANT.plusSeconds(60));
        assertThatThrownBy(() -> e.repondreParLien(Question.QUALITE, Niveau.PAS_DU_TOUT, MAINTENANT.plusSeconds(120)))
                .isInstanceOf(ActeRefuse.class).hasMessageContaining("satisfaction.refus.lien.utilise");
        assertThat(e.niveau(Question.QUALITE)).contains(Niveau.PLUTOT_OUI);
        // The other question's link still serves once.
        e.repondreParLien(Question.UTILITE, Niveau.TOUT_A_FAIT, MAINTENANT.plusSeconds(180));
        var septJours = MAINTENANT.plusSeconds(60).plus(Duration.ofDays(7));
        e.repondre(Niveau.PLUTOT_NON, null, "Un commentaire", septJours.minusSeconds(1));
        assertThat(e.niveau(Question.QUALITE)).contains(Niveau.PLUTOT_NON);
        assertThatThrownBy(() -> e.repondre(Niveau.TOUT_A_FAIT, null, null, septJours))
                .isInstanceOf(ActeRefuse.class).hasMessageContaining("satisfaction.refus.fermee");
    }
}
