package fr.portailcep.livrable;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

import fr.portailcep.parcours.Eligibilite;
import fr.portailcep.parcours.Engagement;
import fr.portailcep.parcours.ParcoursService;
import fr.portailcep.parcours.Personnes;
import fr.portailcep.parcours.UniteOeuvre;
import fr.portailcep.test.CleVirtuelle;
import fr.portailcep.test.ConnexionParCode;
import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;
import fr.portailcep.test.SmtpDeTest;

/**
 * Issue 10, a refusal on a real livrable (the État des lieux partagé), end to end: the person refuses on her phone
 * and must say why (an empty reason is refused beside the field, what she typed is kept); the conseillère gets the
 * reason by email and beside the signer in the Livrables tab; nothing is signed and UO1 stays open. She changes the
 * text (version 2, after a confirmation), the person signs version 2 with her passkey, and a page left open on
 * version 1 can no longer sign: it says a new version replaces it.
 */
class RefusLivrableIT extends PortailIT {

    private static final String CONSEILLERE = "amina.keita";
    private static final String RAISON = "La date de mon premier rendez-vous est fausse : c’était le 3 mars.";
    private static final String AJOUT = "Premier rendez-vous le 3 mars.";

    @Autowired
    ParcoursService parcours;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void laConseillereRendSaCle() {
        // Other tests meet this conseillère without a passkey: the one created here goes with the test.
        jdbc.sql("""
                delete from user_credentials where user_entity_user_id in
                    (select id from user_entities where name = :email)""")
                .param("email", CONSEILLERE + Personnes.DOMAINE).update();
    }

    @Test
    void la_personne_refuse_avec_sa_raison_puis_signe_la_version_2() {
        var identifiant = "lina.refus." + UUID.randomUUID().toString().substring(0, 6);
        var email = identifiant + Personnes.DOMAINE;
        var lina = personnes.nouveauBeneficiaire(identifiant, "Lina", "Refus");
        personnes.faire(CONSEILLERE, () -> parcours.engager(lina, new Engagement(UniteOeuvre.UO1,
                LocalDate.now(horloge), true, Eligibilite.CONFIRMEE, null, null, null, null)));

        var telephone = petitTelephone();
        var cleLina = CleVirtuelle.sur(telephone.context(), telephone);
        ConnexionParCode.premiereConnexion(telephone, url("/connexion"), email);
        telephone.locator("#creer-cle").click();
        telephone.waitForURL(Pattern.compile(".*/mon-espace.*"));
        assertThat(cleLina.cles()).hasSize(1);

        var pro = telephone();
        var cleAmina = CleVirtuelle.sur(pro.context(), pro);
        // One click (demo profile): a code by email each time would meet the limit of three codes per quarter hour.
        connecterDemo(pro, CONSEILLERE);
        var emailPro = CONSEILLERE + Personnes.DOMAINE;
        Pages.ouvrir(pro, url("/espace-pro/compte"));
        pro.locator("#libelle-cle input").fill("Téléphone de test");
        pro.locator("#ajouter-cle").click();
        Pages.attendreVaadin(pro);
        assertThat(pro.locator("#liste-cles")).containsText("Téléphone de test");
        assertThat(cleAmina.cles()).hasSize(1);

        LivrablesDeTest.ouvrirOnglet(pro, url("/conseiller/dossiers/" + lina));
        pro.locator("#rediger-ETAT_DES_LIEUX").click();
        Pages.attendreVaadin(pro);
        pro.locator("#situation textarea").fill("Lina est vendeuse depuis huit ans.");
        pro.locator("#decision vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(Pattern.compile("^Continuer")))
                .click();
        pro.locator("#enregistrer-livrable").click();
        Pages.attendreVaadin(pro);
        pro.locator("#soumettre-livrable").click();
        Pages.attendreVaadin(pro);
        var carte = pro.locator("#livrable-ETAT_DES_LIEUX");
        assertThat(carte).containsText("À signer");
        var signataires = carte.locator("[id^=signataires-]");

        // The conseillère's own signing page, opened on version 1 and left open.
        var pageLaissee = pro.context().newPage();
        Pages.ouvrir(pageLaissee, url("/espace-pro/signer/" + livrableDe(lina)));
        assertThat(pageLaissee.locator("#signature-document")).containsText("Version 1");

        var dejaRecus = SmtpDeTest.pour(emailPro).size();
        // The person refuses: without a reason, refused beside the field and what she typed is kept.
        Pages.ouvrir(telephone, url("/mes-documents"));
        telephone.locator("#a-signer a").filter(new Locator.FilterOptions().setHasText("Lire et signer")).click();
        telephone.waitForURL(Pattern.compile(".*/mes-documents/[0-9a-f-]{36}$"));
        Pages.attendreVaadin(telephone);
        var lecture = telephone.url();
        telephone.locator("#lire-et-signer").click();
        Pages.attendreVaadin(telephone);
        telephone.locator("#signature-refuser").click();
        var motif = telephone.locator("#signature-motif");
        motif.locator("textarea").fill("   ");
        telephone.locator("#signature-refus-confirmer").click();
        Pages.attendreVaadin(telephone);
        assertThat(telephone.locator("#signature-refus")).containsText("Dites en quelques mots pourquoi vous refusez");
        assertThat(motif).hasAttribute("invalid", "");
        assertThat(motif.locator("textarea")).hasValue("   ");
        Pages.verifierPage(telephone, "livrable-papier/21-refus-sans-raison");
        Pages.verifierSansDefilementHorizontal(telephone, "refus sans raison");
        motif.locator("textarea").fill(RAISON);
        telephone.locator("#signature-refus-confirmer").click();
        assertThat(telephone.locator("#signature-etat")).containsText("Votre refus et sa raison ont été transmis");
        assertThat(telephone.locator("#signature-signer")).hasCount(0);
        Pages.verifierPage(telephone, "livrable-papier/22-refus-transmis");
        Pages.verifierSansDefilementHorizontal(telephone, "refus transmis");

        // The conseillère gets the reason by email and beside the signer; nothing is signed, UO1 stays open.
        var avis = SmtpDeTest.attendreSujet(emailPro, dejaRecus, "Un document a été refusé : État des lieux partagé");
        assertThat(SmtpDeTest.corps(avis)).contains("Lina Refus").contains("le 3 mars");
        LivrablesDeTest.ouvrirOnglet(pro, url("/conseiller/dossiers/" + lina));
        assertThat(signataires.locator("li").first()).containsText(Pattern.compile("^Lina Refus.*a refusé de signer"));
        assertThat(signataires.locator("li").first()).containsText("Raison donnée : " + RAISON);
        assertThat(signataires).not().containsText("signé le");
        assertThat(LivrablesDeTest.uo1(jdbc, lina)).isEqualTo("EN_COURS null");
        assertThat(signes(lina)).isZero();
        Pages.verifierPage(pro, "livrable-papier/23-refus-dans-l-onglet");

        // She changes the text: a confirmation, then version 2, submitted.
        pro.locator("#modifier-livrable").click();
        var dialogue = pro.getByRole(AriaRole.ALERTDIALOG);
        assertThat(dialogue).containsText("nouvelle version");
        dialogue.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Modifier et créer une nouvelle version")).click();
        Pages.attendreVaadin(pro);
        var situation = pro.locator("#situation textarea");
        situation.fill(situation.inputValue() + "\n" + AJOUT);
        pro.locator("#enregistrer-livrable").click();
        Pages.attendreVaadin(pro);
        assertThat(carte).containsText("Version 2");
        if (pro.locator("#soumettre-livrable").count() > 0) {
            pro.locator("#soumettre-livrable").click();
            Pages.attendreVaadin(pro);
        }
        assertThat(carte).containsText("À signer");

        // The person signs version 2 with her passkey.
        Pages.ouvrir(telephone, lecture);
        assertThat(telephone.locator("#version-document")).containsText("Version 2");
        assertThat(telephone.locator("#document")).containsText(AJOUT);
        telephone.locator("#lire-et-signer").click();
        Pages.attendreVaadin(telephone);
        assertThat(telephone.locator("#signature-document")).containsText("Version 2");
        Pages.verifierPage(telephone, "livrable-papier/24-version-2-a-signer");
        Pages.verifierSansDefilementHorizontal(telephone, "version 2 à signer");
        telephone.locator("#signature-consentement").click();
        telephone.locator("#signature-signer").click();
        assertThat(telephone.locator("#signature-etat")).containsText("C’est signé");
        Pages.verifierPage(telephone, "livrable-papier/25-version-2-signee");
        Pages.verifierSansDefilementHorizontal(telephone, "version 2 signée");

        // The page left open on version 1 cannot sign: a new version replaces it, and nothing is recorded.
        pageLaissee.locator("#signature-consentement").click();
        pageLaissee.locator("#signature-signer").click();
        assertThat(pageLaissee.locator("#signature-etat"))
                .containsText("Une nouvelle version de ce document remplace celle-ci");
        assertThat(pageLaissee.locator("#signature-document")).containsText("Version 2");
        Pages.capturer(pageLaissee, "livrable-papier/26-page-laissee-sur-la-version-1");
        assertThat(signes(lina)).isEqualTo(1);
        assertThat(LivrablesDeTest.uo1(jdbc, lina)).isEqualTo("EN_COURS null");
        LivrablesDeTest.ouvrirOnglet(pro, url("/conseiller/dossiers/" + lina));
        assertThat(signataires).containsText(Pattern.compile("Lina Refus.*signé le"));
        assertThat(signataires).containsText(Pattern.compile("Keita.*signature attendue"));
    }

    /** The livrable of this person, as the portal knows it. */
    private UUID livrableDe(UUID beneficiaire) {
        return jdbc.sql("select id from livrable where beneficiaire_id = :id").param("id", beneficiaire)
                .query(UUID.class).single();
    }

    /** Signatures recorded in the evidence journal for this person's livrable. */
    private long signes(UUID beneficiaire) {
        return jdbc.sql("""
                select count(*) from journal_preuves where document_id = :id and acte like 'SIGN%'""")
                .param("id", livrableDe(beneficiaire)).query(Long.class).single();
    }
}
