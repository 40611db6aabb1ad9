package fr.portailcep.compte;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The life of an emailed code and link: once, for 15 minutes, five wrong codes at most, slower after each. */
class JetonConnexionTest {

    private static final PolitiqueJeton POLITIQUE = PolitiqueJeton.PAR_DEFAUT;
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private static final String CODE = "123456";
    private static final String SECRET = "secret-du-lien";

    private JetonConnexion nouveau() {
        return new JetonConnexion(new AdresseCourriel("ines@exemple.fr"), "Inès", null, CODE, SECRET, "10.0.0.1", T0,
                POLITIQUE);
    }

    @Test
    void le_bon_code_donne_un_ticket_utilisable_une_fois() {
        var jeton = nouveau();
        var resultat = jeton.verifierCode(CODE, T0.plusSeconds(60), POLITIQUE);
        assertThat(resultat).isInstanceOf(Verification.Valide.class);
        var ticket = ((Verification.Valide) resultat).ticket();
        assertThat(ticket).startsWith(jeton.id() + ".");
        var secretTicket = ticket.substring(ticket.indexOf('.') + 1);
        assertThat(jeton.consommerTicket(secretTicket, T0.plusSeconds(70))).isTrue();
        assertThat(jeton.consommerTicket(secretTicket, T0.plusSeconds(71))).isFalse();
    }

    @Test
    void un_code_deja_utilise_est_refuse_et_son_lien_aussi() {
        var jeton = nouveau();
        jeton.verifierCode(CODE, T0, POLITIQUE);
        assertThat(jeton.verifierCode(CODE, T0.plusSeconds(1), POLITIQUE)).isInstanceOf(Verification.DejaUtilise.class);
        assertThat(jeton.verifierLien(SECRET, T0.plusSeconds(2), POLITIQUE)).isInstanceOf(Verification.DejaUtilise.class);
    }

    @Test
    void un_lien_sert_une_fois() {
        var jeton = nouveau();
        assertThat(jeton.verifierLien(SECRET, T0, POLITIQUE)).isInstanceOf(Verification.Valide.class);
        assertThat(jeton.verifierLien(SECRET, T0.plusSeconds(5), POLITIQUE)).isInstanceOf(Verification.DejaUtilise.class);
    }

    @Test
    void code_et_lien_expirent_au_bout_de_15_minutes() {
        assertThat(nouveau().verifierCode(CODE, T0.plus(Duration.ofMinutes(15)), POLITIQUE))
                .isInstanceOf(Verification.Expire.class);
        assertThat(nouveau().verifierLien(SECRET, T0.plus(Duration.ofMinutes(16)), POLITIQUE))
                .isInstanceOf(Verification.Expire.class);
        assertThat(nouveau().verifierCode(CODE, T0.plus(Duration.ofMinutes(14)), POLITIQUE))
                .isInstanceOf(Verification.Valide.class);
    }

    @Test
    void un_lien_faux_est_inconnu() {
        assertThat(nouveau().verifierLien("autre", T0, POLITIQUE)).isInstanceOf(Verification.Inconnu.class);
    }

    @Test
    void les_codes_faux_ralentissent_puis_bloquent_le_code_et_son_lien() {
        var jeton = nouveau();
        var t = T0;
        assertThat(jeton.verifierCode("000000", t, POLITIQUE)).isEqualTo(new Verification.Incorrect(4));
        assertThat(jeton.verifierCode("000001", t, POLITIQUE)).isEqualTo(new Verification.Incorrect(3));
        // After two wrong codes, the next one waits 2 seconds.
        assertThat(jeton.verifierCode("000002", t.plusSeconds(1), POLITIQUE))
                .isEqualTo(new Verification.Patienter(t.plusSeconds(2)));
        t = t.plusSeconds(2);
        assertThat(jeton.verifierCode("000002", t, POLITIQUE)).isEqualTo(new Verification.Incorrect(2));
        t = t.plusSeconds(5);
        assertThat(jeton.verifierCode("000003", t, POLITIQUE)).isEqualTo(new Verification.Incorrect(1));
        t = t.plusSeconds(15);
        assertThat(jeton.verifierCode("000004", t, POLITIQUE)).isInstanceOf(Verification.Bloque.class);
        t = t.plusSeconds(60);
        assertThat(jeton.verifierCode(CODE, t, POLITIQUE)).as("même le bon code").isInstanceOf(Verification.Bloque.class);
        assertThat(jeton.verifierLien(SECRET, t, POLITIQUE)).isInstanceOf(Verification.Bloque.class);
    }

    @Test
    void un_ticket_expire_apres_deux_minutes() {
        var jeton = nouveau();
        var ticket = ((Verification.Valide) jeton.verifierCode(CODE, T0, POLITIQUE)).ticket();
        var secretTicket = ticket.substring(ticket.indexOf('.') + 1);
        assertThat(jeton.consommerTicket(secretTicket, T0.plus(Duration.ofMinutes(2)))).isFalse();
    }

    @Test
    void un_ticket_faux_ne_sert_a_rien() {
        var jeton = nouveau();
        jeton.verifierCode(CODE, T0, POLITIQUE);
        assertThat(jeton.consommerTicket("faux", T0.plusSeconds(1))).isFalse();
    }

    @Test
    void une_demande_sans_secret_refuse_tout_code_comme_un_code_faux_et_ne_connecte_jamais() {
        var jeton = JetonConnexion.sansSecret(new AdresseCourriel("pro@exemple.fr"), "10.0.0.1", T0, POLITIQUE);
        var t = T0;
        // The same answers as a wrong code: who typed the address learns nothing.
        assertThat(jeton.verifierCode(CODE, t, POLITIQUE)).isEqualTo(new Verification.Incorrect(4));
        for (var code = 1; code < 4; code++) {
            t = t.plusSeconds(20);
            assertThat(jeton.verifierCode(String.format("%06d", code), t, POLITIQUE))
                    .isInstanceOf(Verification.Incorrect.class);
        }
        t = t.plusSeconds(20);
        assertThat(jeton.verifierCode("000004", t, POLITIQUE)).isInstanceOf(Verification.Bloque.class);
        assertThat(jeton.essaisRates()).isEqualTo(5);
        assertThat(jeton.verifierLien(SECRET, t, POLITIQUE)).isInstanceOf(Verification.Inconnu.class);
        assertThat(jeton.verifierLien("", t, POLITIQUE)).isInstanceOf(Verification.Inconnu.class);
        assertThat(jeton.consommerTicket("", t)).isFalse();
        assertThat(jeton.demo()).isFalse();
    }

    @Test
    void seul_le_ticket_de_la_demonstration_est_marque_comme_tel() {
        var jeton = nouveau();
        assertThat(jeton.demo()).isFalse();
        jeton.ticketDirect(T0, POLITIQUE);
        assertThat(jeton.demo()).isTrue();
    }
}
