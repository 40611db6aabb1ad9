package fr.portailcep.compte;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

import fr.portailcep.test.ConnexionParCode;
import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;
import fr.portailcep.test.SmtpDeTest;

/**
 * Finding 1 of issue 8: staff who own a passkey, and deactivated accounts, have no emailed code or link that can
 * succeed, not even one guessed or read from the database; a ticket is checked again when it is spent; and an
 * address that collects wrong codes is locked for an hour, with one notice by courriel.
 * <p>
 * The codes are found the way an attacker with the database would: from their SHA-256 hash, by trying the million
 * possible codes. On the code before the fix, that code opened a session.
 */
class ConnexionProtegeeIT extends PortailIT {

    private static final OrigineRequete ORIGINE = new OrigineRequete("127.0.0.1", "ConnexionProtegeeIT");

    @Autowired
    ConnexionParCourriel connexion;

    @Autowired
    CompteService comptes;

    @Autowired
    JournalConnexions journal;

    @Autowired
    PublicKeyCredentialUserEntityRepository utilisateursWebAuthn;

    @Autowired
    UserCredentialRepository clesWebAuthn;

    @Autowired
    JdbcClient jdbc;

    @Test
    void un_professionnel_qui_a_une_cle_d_acces_n_a_aucun_code_ni_lien_qui_marche() {
        var email = "pro.avec.cle@equipe.example";
        comptes.creerProfessionnel(new AdresseCourriel(email), Role.CONSEILLER, "Hugo", "Aveccle");
        ajouterCle(email);

        aucunCodeNiLienNeMarche(email, "le code d’un professionnel qui a une clé d’accès");
    }

    @Test
    void un_compte_desactive_n_a_aucun_code_ni_lien_qui_marche() {
        var email = "pro.parti@equipe.example";
        comptes.creerProfessionnel(new AdresseCourriel(email), Role.MANAGER, "Lou", "Parti");
        desactiver(email);

        aucunCodeNiLienNeMarche(email, "le code d’un compte désactivé");
    }

    /** A code asked for this address opens nothing, whatever was stored, even the code it was made from. */
    private void aucunCodeNiLienNeMarche(String email, String quoi) {
        var demande = (DemandeCode.Envoyee) demander(email);
        var code = codeRetrouve(demande.jeton()).orElse("123456");
        assertThat(connexion.verifierCode(demande.jeton(), code, ORIGINE)).as(quoi)
                .isNotInstanceOf(Verification.Valide.class);
        assertThat(lienEnregistre(demande.jeton())).as("aucun lien utilisable").isFalse();
    }

    @Test
    void un_ticket_ne_connecte_plus_si_une_cle_a_ete_ajoutee_entre_le_code_et_le_ticket() {
        var email = "pro.nouvelle.cle@equipe.example";
        comptes.creerProfessionnel(new AdresseCourriel(email), Role.CONSEILLER, "Alix", "Nouvelle");
        var demande = (DemandeCode.Envoyee) demander(email);
        var valide = (Verification.Valide) connexion.verifierCode(demande.jeton(),
                codeRetrouve(demande.jeton()).orElseThrow(), ORIGINE);

        ajouterCle(email);
        assertThat(connexion.consommerTicket(valide.ticket())).as("ticket dépensé après l’ajout d’une clé").isEmpty();
    }

    @Test
    void un_ticket_ne_connecte_plus_si_le_compte_a_ete_desactive_entre_le_code_et_le_ticket() {
        var email = "pro.desactive.entre.temps@equipe.example";
        comptes.creerProfessionnel(new AdresseCourriel(email), Role.CONSEILLER, "Sam", "Entretemps");
        var demande = (DemandeCode.Envoyee) demander(email);
        var valide = (Verification.Valide) connexion.verifierCode(demande.jeton(),
                codeRetrouve(demande.jeton()).orElseThrow(), ORIGINE);

        desactiver(email);
        assertThat(connexion.consommerTicket(valide.ticket())).as("ticket dépensé après la désactivation").isEmpty();
    }

    @Test
    void dix_codes_faux_suspendent_la_connexion_par_courriel_de_l_adresse_pendant_une_heure() {
        var email = "lea.verrou@exemple.fr";
        comptes.creerOuRetrouverBeneficiaire(new AdresseCourriel(email), "Léa", "Verrou");
        horloge.regler(Instant.now());
        // A code the owner asked for before the attack, still valid.
        var avant = (DemandeCode.Envoyee) demander(email);
        var bon = codeRetrouve(avant.jeton()).orElseThrow();

        // Two codes, five wrong tries each (each code locks itself after five): ten wrong codes for the address.
        for (var demande = 0; demande < 2; demande++) {
            var jeton = ((DemandeCode.Envoyee) demander(email)).jeton();
            var faux = autreCode(codeRetrouve(jeton).orElseThrow());
            for (var essai = 0; essai < 5; essai++) {
                horloge.avancer(Duration.ofSeconds(20));
                connexion.verifierCode(jeton, faux, ORIGINE);
            }
        }

        // Even the right code of the courriel received before is refused, and so is its link's use of a ticket.
        assertThat(connexion.verifierCode(avant.jeton(), bon, ORIGINE)).isNotInstanceOf(Verification.Valide.class);
        // No new code either, once the limit per address is past (15 minutes).
        horloge.avancer(Duration.ofMinutes(16));
        assertThat(demander(email)).isNotInstanceOf(DemandeCode.Envoyee.class);

        // One notice by courriel (after the three codes), one line in the journal; the lock is kept in the database.
        // The courriels leave after their commits, each on its own: the notice may arrive before the third code.
        SmtpDeTest.attendre(email, 4);
        var avis = SmtpDeTest.attendreSujet(email, 0, "Des codes faux ont été essayés sur votre compte");
        assertThat(SmtpDeTest.corps(avis)).contains("Si ce n’est pas vous").contains("médiateur")
                .doesNotContainPattern("\\b\\d{6}\\b");
        assertThat(compterJournal(email, "COURRIEL_VERROUILLE")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from verrou_connexion where email = :email and verrouille_jusqua > now()")
                .param("email", email).query(Integer.class).single()).isEqualTo(1);

        // Tries during the lock send nothing more.
        connexion.verifierCode(avant.jeton(), "000000", ORIGINE);
        assertThat(courrielsDeposes(email)).isEqualTo(4);

        // The page says it beside the field, the same for any address.
        var page = telephone();
        Pages.ouvrir(page, url("/connexion"));
        ConnexionParCode.demander(page, email);
        assertThat(ConnexionParCode.autourDe(page, "email")).containsText("pas de code avant");
        assertThat(ConnexionParCode.champ(page, "email")).hasValue(email);
        Pages.verifierPage(page, "compte/17-connexion-par-courriel-suspendue");

        // An hour later, a new code works again.
        horloge.avancer(Duration.ofHours(1));
        var apres = (DemandeCode.Envoyee) demander(email);
        assertThat(connexion.verifierCode(apres.jeton(), codeRetrouve(apres.jeton()).orElseThrow(), ORIGINE))
                .isInstanceOf(Verification.Valide.class);
    }

    private DemandeCode demander(String email) {
        return connexion.demanderCode(new AdresseCourriel(email), null, null, ORIGINE);
    }

    /** The code whose hash is stored for this request, found by trying them all; empty when none matches. */
    private Optional<String> codeRetrouve(UUID jeton) {
        var empreintes = jdbc.sql("select code_empreinte from jeton_connexion where id = :id").param("id", jeton)
                .query((rs, i) -> Optional.ofNullable(rs.getBytes(1))).list();
        if (empreintes.isEmpty() || empreintes.getFirst().isEmpty()) {
            return Optional.empty();
        }
        var empreinte = empreintes.getFirst().get();
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            for (var n = 0; n < 1_000_000; n++) {
                var code = String.format("%06d", n);
                if (Arrays.equals(sha.digest((jeton + ":" + code).getBytes(StandardCharsets.UTF_8)), empreinte)) {
                    return Optional.of(code);
                }
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return Optional.empty();
    }

    private boolean lienEnregistre(UUID jeton) {
        return jdbc.sql("select lien_empreinte is not null from jeton_connexion where id = :id").param("id", jeton)
                .query(Boolean.class).single();
    }

    private static String autreCode(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    private void desactiver(String email) {
        jdbc.sql("update compte set actif = false where email = :email").param("email", email).update();
    }

    /** A passkey in the database, as if created on the account page (its key is never used here). */
    private void ajouterCle(String email) {
        var utilisateur = ImmutablePublicKeyCredentialUserEntity.builder().name(email).displayName(email)
                .id(Bytes.random()).build();
        utilisateursWebAuthn.save(utilisateur);
        clesWebAuthn.save(ImmutableCredentialRecord.builder()
                .credentialId(Bytes.random())
                .userEntityUserId(utilisateur.getId())
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .publicKey(new ImmutablePublicKeyCose(new byte[] {1, 2, 3}))
                .signatureCount(0)
                .uvInitialized(true)
                .transports(Set.of())
                .backupEligible(false)
                .backupState(false)
                .created(Instant.now())
                .lastUsed(Instant.now())
                .label("Clé de test")
                .build());
    }

    private long compterJournal(String email, String evenement) {
        return jdbc.sql("select count(*) from journal_connexion where email = :email and evenement = :evenement")
                .param("email", email).param("evenement", evenement).query(Long.class).single();
    }

    private int courrielsDeposes(String email) {
        return jdbc.sql("select count(*) from courriel_sortant where destinataire = :email").param("email", email)
                .query(Integer.class).single();
    }
}
